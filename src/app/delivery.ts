/**
 * The broadcast delivery engine for this process: sends through the Bot API within Telegram's
 * limits, marks people who blocked the bot inactive, and when the last part of an officer's
 * broadcast is done, asks for the author's report (sent once the other channels are done too).
 */
import { hostname } from 'node:os';
import { telegramBroadcastRenderer } from '../bot/broadcasts/outbox-html.js';
import { createDeliveryEngine } from '../broadcast/engine.js';
import { createTelegramSender } from '../broadcast/telegram-sender.js';
import type { Config } from '../config.js';
import type { Translate } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import { requestOfBroadcast } from '../store/broadcast-requests.repository.js';
import type { Store } from '../store/database.js';
import { markInactive } from '../store/users.repository.js';
import type { ReportAuthor } from '../workflows/broadcasts/report-author.js';

export interface DeliveryDeps {
  store: Store;
  config: Config;
  apiRoot: string;
  token: string;
  logger: Logger;
  /** The HTML flavour, for rendering each stored broadcast into Telegram HTML once. */
  translate: Translate;
  /** Tells a request's author how delivery went, once every channel is done. */
  reportAuthor: ReportAuthor;
}

export function startDelivery(deps: DeliveryDeps): { wake(): void; stop(): Promise<void> } {
  const { store, config, logger } = deps;
  const engine = createDeliveryEngine({
    db: store.db,
    engine: store.engine,
    send: createTelegramSender(deps.apiRoot, deps.token),
    render: telegramBroadcastRenderer(deps.translate),
    // Stable per replica, so a restarted replica takes back its own claims at once.
    workerId: `${hostname()}:${config.BOT_MODE === 'webhook' ? config.WEBHOOK_PORT : 'polling'}`,
    rate: config.BROADCAST_RATE,
    paid: config.BROADCAST_PAID,
    paidRate: config.BROADCAST_PAID_RATE,
    logger,
    onInactive: (userId) => markInactive(store.db, userId),
    // The author hears once every channel is done (report-author.ts).
    onFinished: async (report) => {
      const request = await requestOfBroadcast(store.db, report.broadcastId);
      if (request) await deps.reportAuthor(request.id);
    },
  });
  engine.start();
  return { wake: () => engine.wake(), stop: () => engine.stop() };
}
