/**
 * The WeChat channel put together: the server URL handler, the conversation and the
 * customer-service sender. A push is answered "success" by the webhook, then worked through
 * here: anything held for the resident goes first (their message has just reopened the 48-hour
 * window), then the answer.
 */
import type { BlocklistLookup } from '../../domain/fraud/index.js';
import type { ServiceCatalog } from '../../domain/services/catalog.js';
import type { Logger } from '../../logger.js';
import type { ScreenshotReader } from '../../ocr/index.js';
import type { Db } from '../../store/database.js';
import { createWechatApi, type WechatApi } from './api-client.js';
import { respond } from './conversation.js';
import { type CustomerService, createCustomerService } from './customer-service.js';
import { createMediaDownloader, type MediaDownloader } from './media-download.js';
import { createMediaUploader, type PhotoSource } from './media-upload.js';
import { aesKeyOf } from './message-crypto.js';
import { createSendWindow, type SendWindowOptions } from './send-window.js';
import type { WechatSettings } from './settings.js';
import type { PlainTranslate } from './texts.js';
import { createWechatWebhook, type WechatWebhook } from './webhook.js';

/** A reply refused by the rate limit is tried this many times more before it is held. */
const REPLY_RETRIES = 3;

export interface WechatChannelDeps {
  settings: WechatSettings;
  db: Db;
  logger: Logger;
  catalog: ServiceCatalog;
  t: PlainTranslate;
  blocklist?: BlocklistLookup;
  /** Reads followers' screenshots for the scam check; shared with Telegram's (one OCR limit). */
  screenshots?: ScreenshotReader;
  /** SMS is configured: followers may give a number for report news (短信通知). */
  sms?: boolean;
  /** The bytes of a picture to send (a warning's photo), by its key; without it none are sent. */
  photos?: PhotoSource;
  /** Replaces the media download (tests); default the temporary media API. */
  downloadMedia?: MediaDownloader;
  now?: () => Date;
  fetch?: typeof fetch;
  /**
   * The account's pace for customer-service sends (default 20 in any second, on the process's
   * clock); tests pass their virtual clock and timers here.
   */
  sendPacing?: SendWindowOptions;
}

export interface WechatChannel {
  webhook: WechatWebhook;
  api: WechatApi;
  customerService: CustomerService;
}

export function createWechatChannel(deps: WechatChannelDeps): WechatChannel {
  const { settings, db, logger } = deps;
  const api = createWechatApi({
    apiRoot: settings.apiRoot,
    appId: settings.appId,
    secret: settings.secret,
    db,
    logger,
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const customerService = createCustomerService({
    api,
    db,
    logger,
    pacer: createSendWindow(deps.sendPacing),
    t: deps.t,
    ...(deps.photos
      ? {
          media: createMediaUploader({
            db,
            api,
            photos: deps.photos,
            ...(deps.now ? { now: deps.now } : {}),
          }),
        }
      : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const downloadMedia = deps.downloadMedia ?? createMediaDownloader(api);
  const webhook = createWechatWebhook({
    token: settings.token,
    appId: settings.appId,
    ...(settings.aesKey ? { aesKey: aesKeyOf(settings.aesKey) } : {}),
    db,
    logger,
    ...(deps.now ? { now: deps.now } : {}),
    async handle(input) {
      const replies = await respond(
        {
          db,
          catalog: deps.catalog,
          t: deps.t,
          ...(deps.blocklist ? { blocklist: deps.blocklist } : {}),
          ...(deps.screenshots ? { screenshots: deps.screenshots } : {}),
          ...(deps.sms ? { sms: true } : {}),
          downloadMedia,
          logger,
        },
        input,
      );
      if (input.action.kind === 'unfollow') return;
      let held = await customerService.sendHeld(input.from);
      for (let i = 0; held === 'throttled' && i < REPLY_RETRIES; i++)
        held = await customerService.sendHeld(input.from);
      if (held === 'inactive' || !replies.length) return;
      // Behind what is still held, the replies wait too, so the resident reads them in order.
      if (held === 'throttled') return customerService.hold(input.from, replies);
      // Over the account's rate limit nothing went: the pacer has backed off, so try again in
      // turn; a reply still refused waits for the resident's next message rather than be lost.
      let outcome = await customerService.send(input.from, replies);
      for (let i = 0; outcome === 'throttled' && i < REPLY_RETRIES; i++)
        outcome = await customerService.send(input.from, replies);
      if (outcome === 'throttled') await customerService.hold(input.from, replies);
    },
  });
  return { webhook, api, customerService };
}
