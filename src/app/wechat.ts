/**
 * Starts the WeChat Official Account channel when it is configured: the channel, its routes for
 * the shared HTTP server (the web chat's, at PUBLIC_URL/wechat), and the hourly prune of
 * remembered pushes. The caller mounts `mount` on the web chat, which is started after this.
 */

import type { WebMount } from '../channels/web/web-channel.js';
import type { WechatTokenStatus } from '../channels/wechat/api-client.js';
import { createWechatChannel } from '../channels/wechat/channel.js';
import type { PhotoSource } from '../channels/wechat/media-upload.js';
import { wechatMount } from '../channels/wechat/routes.js';
import type { WechatSettings } from '../channels/wechat/settings.js';
import { createPlainTranslate } from '../channels/wechat/texts.js';
import { createWebLink, OAUTH_START_PATH } from '../channels/wechat/web-link.js';
import { wechatDeliverer } from '../channels/wechat/wechat-notices.js';
import type { Config } from '../config.js';
import type { AwarenessLibrary } from '../domain/awareness/library.js';
import type { BlocklistLookup } from '../domain/fraud/index.js';
import type { ServiceCatalog } from '../domain/services/catalog.js';
import type { Logger } from '../logger.js';
import type { Deliverer } from '../notices/deliverer.js';
import type { ScreenshotReader } from '../ocr/index.js';
import type { Db } from '../store/database.js';
import { pruneWechatMessages } from '../store/wechat.repository.js';
import { pruneOfferedChoices } from '../store/wechat-choices.repository.js';
import { pruneWechatMedia } from '../store/wechat-media.repository.js';
import { LOCALES_DIR } from './content.js';

export interface RunningWechat {
  /** The `/wechat` routes, for the web chat's server. */
  mount: WebMount;
  /** Delivers outbox notices addressed to an openid (channel 'wechat'). */
  deliverer: Deliverer;
  /** The access token's status for /healthz (a wrong AppSecret shows here). */
  status(): WechatTokenStatus;
  close(): Promise<void>;
}

export async function startWechat(
  settings: WechatSettings,
  deps: {
    config: Config;
    db: Db;
    logger: Logger;
    catalog: ServiceCatalog;
    blocklist: BlocklistLookup;
    /** The OCR reader Telegram's screenshot check uses, shared so one limit covers both. */
    screenshots?: ScreenshotReader;
    /** A warning's photo by its Telegram file id, for followers (uploaded as WeChat media). */
    photos?: PhotoSource;
    /** SMS is configured: followers may give a number in WeChat (短信通知). */
    sms?: boolean;
    /** The awareness library, for campaigns' scheduled tips to followers. */
    library?: AwarenessLibrary;
  },
): Promise<RunningWechat> {
  const t = createPlainTranslate(LOCALES_DIR);
  const channel = createWechatChannel({
    settings,
    db: deps.db,
    logger: deps.logger,
    catalog: deps.catalog,
    t,
    blocklist: deps.blocklist,
    ...(deps.screenshots ? { screenshots: deps.screenshots } : {}),
    ...(deps.photos ? { photos: deps.photos } : {}),
    ...(deps.sms ? { sms: true } : {}),
  });
  const webLink = createWebLink({
    settings,
    db: deps.db,
    logger: deps.logger,
    t,
    publicUrl: deps.config.PUBLIC_URL,
  });
  const { PUBLIC_URL, WECHAT_NOTICE_TEMPLATE_ID, WECHAT_NOTICE_TEMPLATE_FIELD } = deps.config;
  const deliverer = wechatDeliverer({
    db: deps.db,
    api: channel.api,
    customerService: channel.customerService,
    t,
    logger: deps.logger,
    library: deps.library,
    ...(WECHAT_NOTICE_TEMPLATE_ID
      ? {
          template: {
            templateId: WECHAT_NOTICE_TEMPLATE_ID,
            field: WECHAT_NOTICE_TEMPLATE_FIELD,
            // A tap opens "my reports" in the web chat, the WeChat identity carried over.
            url: PUBLIC_URL ? `${PUBLIC_URL}${OAUTH_START_PATH}?page=mine` : undefined,
          },
        }
      : {}),
  });
  const pruner = setInterval(
    () =>
      Promise.all([
        pruneWechatMessages(deps.db),
        // A day, not the 30-minute expiry: a number typed to an expired offer is told so kindly.
        pruneOfferedChoices(deps.db, 24 * 3600_000),
        pruneWechatMedia(deps.db, new Date()),
      ]).catch((error) => deps.logger.warn('wechat: pruning handled pushes failed', { error })),
    3600_000,
  );
  pruner.unref();
  deps.logger.info('wechat channel on', {
    url: deps.config.PUBLIC_URL ? `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/wechat` : null,
    safeMode: Boolean(settings.aesKey),
  });
  // Fetched once at start, so a wrong AppSecret is one clear log line now, not at the first resident.
  channel.api.accessToken().catch(() => {});
  return {
    mount: wechatMount(channel.webhook, webLink),
    deliverer,
    status: () => channel.api.status(),
    async close() {
      clearInterval(pruner);
      // The shared server has stopped taking pushes by now: finish the ones already answered.
      await channel.webhook.settled();
    },
  };
}
