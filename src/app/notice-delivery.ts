/**
 * The notice loop of this process: report cards and messages to people, on Telegram and (when
 * the web chat runs here) on the web, on WeChat when the account is configured, and by SMS when a provider is. Started in every mode (polling, webhook, sandbox), woken
 * by the workflows right after they commit notices, and polling every few seconds for the rest
 * (another replica's notices, retries that fell due, a lease a dead process left behind).
 */
import { hostname } from 'node:os';
import { telegramDeliverer } from '../bot/notices/telegram-deliverer.js';
import type { TelegramApi } from '../bot/telegram-api.js';
import type { WebChannel } from '../channels/web/web-channel.js';
import { webDeliverer } from '../channels/web/web-notices.js';
import type { Config } from '../config.js';
import type { AwarenessLibrary } from '../domain/awareness/library.js';
import type { BroadcastNoticePayload, Notice } from '../domain/notices/notice.js';
import type { KnowledgeBase } from '../domain/services/knowledge-base.js';
import type { Translate } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import type { Deliverer } from '../notices/deliverer.js';
import { createNoticeLoop, type NoticeLoop } from '../notices/delivery-loop.js';
import type { Store } from '../store/database.js';
import type { ReportAuthor } from '../workflows/broadcasts/report-author.js';

export interface NoticeDeliveryDeps {
  store: Store;
  config: Config;
  api: TelegramApi;
  translate: Translate;
  /** Admins (config and sandbox), for the audience a review request shows. */
  adminIds: ReadonlySet<number>;
  /** Topic titles for the weekly questions report. */
  kb?: KnowledgeBase;
  webChannel: WebChannel | null;
  /** The awareness library, for the scheduled tips web residents receive. */
  library?: AwarenessLibrary;
  /** WeChat's deliverer (src/channels/wechat/wechat-notices.ts), when WeChat is configured. */
  wechat?: Deliverer | null;
  /** Tells a broadcast's author how delivery went, once every channel is done. */
  reportAuthor?: ReportAuthor;
  /** The SMS deliverer (src/channels/sms/sms-notices.ts), when an SMS provider is configured. */
  sms?: Deliverer | null;
  logger: Logger;
}

/** The requests whose `broadcast` notices these are, each once. */
function requestsOf(notices: Notice[]): number[] {
  const ids = notices
    .filter((n) => n.kind === 'broadcast')
    .map((n) => (n.payload as BroadcastNoticePayload).requestId);
  return [...new Set(ids)].filter(Number.isSafeInteger);
}

export function startNoticeDelivery(deps: NoticeDeliveryDeps): NoticeLoop {
  const { store, config } = deps;
  const loop = createNoticeLoop({
    db: store.db,
    engine: store.engine,
    workerId: `${hostname()}:${config.BOT_MODE === 'webhook' ? config.WEBHOOK_PORT : 'polling'}`,
    deliverers: {
      telegram: telegramDeliverer({
        api: deps.api,
        db: store.db,
        translate: deps.translate,
        adminIds: deps.adminIds,
        ...(deps.kb ? { kb: deps.kb } : {}),
        timeZone: config.TZ,
      }),
      ...(deps.webChannel
        ? {
            web: webDeliverer(deps.webChannel, deps.library ? { library: deps.library } : {}),
          }
        : {}),
      ...(deps.webChannel?.pushDeliverer ? { webpush: deps.webChannel.pushDeliverer } : {}),
      ...(deps.wechat ? { wechat: deps.wechat } : {}),
      ...(deps.sms ? { sms: deps.sms } : {}),
    },
    logger: deps.logger,
    // A pass that finished a broadcast's notices may have finished the broadcast.
    ...(deps.reportAuthor
      ? {
          onFinal: async (notices: Notice[]) => {
            for (const id of requestsOf(notices)) await deps.reportAuthor?.(id);
          },
        }
      : {}),
  });
  loop.start();
  return loop;
}
