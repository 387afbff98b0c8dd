/**
 * Process entry: configuration, then the application, then signal handling. SIGINT/SIGTERM stop
 * taking updates, let the ones in flight finish, and close the store before exiting. A signal
 * during start-up (say, while Telegram cannot be reached) ends it just as cleanly.
 *
 * A failure the installer can fix (settings, files, a database or Redis that cannot be reached)
 * is ONE line on stderr and exit code 1, never a stack trace.
 */
import { StartAborted, startApp } from './app/start.js';
import { fixableMessage } from './app/startup-error.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

export async function main(env: Record<string, string | undefined> = process.env): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (config.BOT_MODE === 'webhook' && !config.BOT_TOKEN) {
    console.error(
      'Config error: BOT_TOKEN is missing: webhook mode needs a real bot token (see .env.example)',
    );
    return 1;
  }
  const logger = createLogger(config.LOG_LEVEL);

  const aborter = new AbortController();
  let stopRequested: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => {
    stopRequested = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    aborter.abort(new StartAborted(`stopped by ${signal}`));
    stopRequested?.();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let app: Awaited<ReturnType<typeof startApp>>;
    try {
      app = await startApp(config, { logger, signal: aborter.signal });
    } catch (error) {
      if (error instanceof StartAborted) return 0;
      const line = fixableMessage(error);
      if (line) {
        console.error(line);
        return 1;
      }
      // Not the installer's to fix: one line, and the details for whoever debugs it.
      console.error(
        `Start-up failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
      );
      logger.debug('start-up failure', { error });
      return 1;
    }
    if (app.sandbox) {
      const village = app.webChat
        ? `\n  Villagers' web chat (the second channel): ${app.webChat.url}/web/`
        : '';
      console.log(`\n  村警通 sandbox is running: open ${app.sandbox.webChatUrl}${village}\n`);
    }
    await stopped;
    await app.stop();
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
