/**
 * Process entry: configuration, then the application, then signal handling. SIGINT/SIGTERM stop
 * taking updates, let the ones in flight finish, and close the store before exiting.
 */

import { startApp } from './app/start.js';
import { ConfigError, loadConfig } from './config.js';
import { CampaignFileError } from './domain/awareness/campaigns.js';
import { CountyFileError } from './domain/people/county-file.js';
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
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp(config, { logger });
  } catch (error) {
    // Mistakes in the files an admin edits stop start-up with one line naming what to fix.
    if (error instanceof CampaignFileError || error instanceof CountyFileError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (app.sandbox) console.log(`\n  村警通 sandbox is running: open ${app.sandbox.webChatUrl}\n`);

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info('shutting down', { signal });
      resolve();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  await app.stop();
  return 0;
}
