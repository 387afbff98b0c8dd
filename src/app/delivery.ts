/**
 * The broadcast delivery engine for this process: sends through the Bot API within Telegram's
 * limits, marks people who blocked the bot inactive, and when the last part of an officer's
 * broadcast is done, tells the author how it went.
 */
import { hostname } from 'node:os';
import { requestReport } from '../bot/features/broadcast-review.js';
import type { Translate } from '../bot/i18n.js';
import type { TelegramApi } from '../bot/telegram-api.js';
import { createDeliveryEngine } from '../broadcast/engine.js';
import { createTelegramSender } from '../broadcast/telegram-sender.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { markReported, requestOfBroadcast } from '../store/broadcast-requests.repository.js';
import type { Store } from '../store/database.js';
import { localeOfUser, markInactive } from '../store/users.repository.js';

export interface DeliveryDeps {
  store: Store;
  config: Config;
  apiRoot: string;
  token: string;
  logger: Logger;
  /** Bound after the bot exists: the author's report goes through the bot's API. */
  api: () => TelegramApi;
  translate: () => Translate;
}

export function startDelivery(deps: DeliveryDeps): { wake(): void; stop(): Promise<void> } {
  const { store, config, logger } = deps;
  const engine = createDeliveryEngine({
    db: store.db,
    engine: store.engine,
    send: createTelegramSender(deps.apiRoot, deps.token),
    // Stable per replica, so a restarted replica takes back its own claims at once.
    workerId: `${hostname()}:${config.BOT_MODE === 'webhook' ? config.WEBHOOK_PORT : 'polling'}`,
    rate: config.BROADCAST_RATE,
    paid: config.BROADCAST_PAID,
    paidRate: config.BROADCAST_PAID_RATE,
    logger,
    onInactive: (userId) => markInactive(store.db, userId),
    onFinished: async (report) => {
      const request = await requestOfBroadcast(store.db, report.broadcastId);
      if (!request) return;
      const totals = await requestReport(store.db, request.broadcastIds);
      if (totals.pending > 0 || !(await markReported(store.db, request.id))) return;
      const text = deps.translate()(
        await localeOfUser(store.db, request.authorId),
        'broadcast-finished',
        {
          id: String(request.id),
          sent: totals.sent,
          blocked: totals.blocked,
          failed: totals.failed,
          seconds: Math.round(totals.durationMs / 1000),
        },
      );
      await deps
        .api()
        .sendMessage(request.authorId, text)
        .catch((error) => logger.warn('author report failed', { error }));
    },
  });
  engine.start();
  return { wake: () => engine.wake(), stop: () => engine.stop() };
}
