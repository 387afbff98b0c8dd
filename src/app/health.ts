/**
 * Wires the health and metrics server to this process: the database, the session store and the
 * Telegram link are the three things that, failing, stop villagers from being answered.
 */

import type { Keyv } from 'keyv';
import { sql } from 'kysely';
import type { TelegramMonitor } from '../bot/telegram-link.js';
import type { Config } from '../config.js';
import { createHealthServer } from '../http/health-server.js';
import type { Logger } from '../logger.js';
import { createMetricsRegistry } from '../metrics/index.js';
import type { Store } from '../store/database.js';
import { StartupError } from './startup-error.js';

export async function startHealthServer(options: {
  config: Config;
  store: Store;
  sessions: Keyv<unknown>;
  telegram: TelegramMonitor;
  logger: Logger;
  /** The WeChat channel's token status, when WeChat is configured (it starts after this server). */
  wechat?: () => { ok: boolean; error?: string } | null;
}): Promise<{ port: number; close(): Promise<void> } | null> {
  const { config, store, sessions, telegram, logger } = options;
  if (config.HEALTH_PORT === undefined) return null;
  const server = createHealthServer({
    logger,
    metrics: createMetricsRegistry(store.db),
    checks: {
      database: async () => {
        await sql`select 1`.execute(store.db);
        return { ok: true, engine: store.engine };
      },
      sessions: async () => {
        await sessions.get('cunjing:health');
        return { ok: true, engine: config.REDIS_URL ? 'redis' : store.engine };
      },
      telegram: async () => {
        const status = telegram.status();
        return { ...status, ok: status.ok === true, api_root: config.TELEGRAM_API_ROOT };
      },
      ...(options.wechat
        ? {
            // A wrong AppSecret or a missing IP-whitelist entry shows here, with the fix.
            wechat: async () => options.wechat?.() ?? { ok: true, starting: true },
          }
        : {}),
    },
  });
  let port: number;
  try {
    port = await server.listen(config.HEALTH_PORT, config.HEALTH_HOST);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    throw new StartupError(
      `The health server cannot listen on ${config.HEALTH_HOST}:${config.HEALTH_PORT} (${code}): choose another HEALTH_PORT or HEALTH_HOST.`,
    );
  }
  logger.info('health server listening', { url: `http://${config.HEALTH_HOST}:${port}/healthz` });
  return { port, close: () => server.close() };
}
