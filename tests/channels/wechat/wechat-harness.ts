/**
 * The real WeChat adapter mounted on the shared HTTP server (the web chat's, as in the app), a
 * real store, and the WeChat emulator posting to it and serving its API. The clock is a value the
 * test moves; nothing waits for real time.
 */
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createWebChannel, type WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWechatChannel, type WechatChannel } from '../../../src/channels/wechat/channel.js';
import type { PhotoSource } from '../../../src/channels/wechat/media-upload.js';
import { wechatMount } from '../../../src/channels/wechat/routes.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import { createWebLink } from '../../../src/channels/wechat/web-link.js';
import { loadServiceCatalog, type ServiceCatalog } from '../../../src/domain/services/catalog.js';
import { createLogger } from '../../../src/logger.js';
import type { ScreenshotReader } from '../../../src/ocr/index.js';
import {
  startWechatEmulator,
  type WechatEmulator,
} from '../../../src/sandbox/wechat/wechat-emulator.js';
import type { Engine } from '../../../src/store/database.js';
import { createTestStore, type TestStore } from '../../helpers/store.js';

export const ACCOUNT = {
  appId: 'wx1234567890abcdef',
  secret: '0123456789abcdef0123456789abcdef',
  token: 'cunjingToken2026',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};

let catalog: ServiceCatalog | undefined;
const t = createPlainTranslate(LOCALES_DIR);

export interface WechatHarness {
  store: TestStore;
  wechat: WechatEmulator;
  channel: WechatChannel;
  /** The shared server: the web chat with WeChat's routes mounted. */
  web: WebChannel;
  /** Its address, e.g. http://127.0.0.1:1234 (WeChat pushes to `${base}/wechat`). */
  base: string;
  logs: string[];
  clock: { at: Date };
  /** Advances the test clock. */
  advance(ms: number): void;
  /** Waits until every push answered so far has been worked through. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** The OCR reader for followers' pictures; without it, pictures get "paste the text". */
  screenshots?: ScreenshotReader;
  /** Where pictures to send come from (a warning's photo); without it none are sent. */
  photos?: PhotoSource;
  /** SMS is configured (followers may give a number: 短信通知). */
  sms?: boolean;
}

export async function startWechatHarness(
  engine: Engine,
  options: HarnessOptions = {},
): Promise<WechatHarness> {
  catalog ??= loadServiceCatalog(LOCALES_DIR);
  const clock = { at: new Date('2026-12-03T02:00:00Z') };
  const now = () => clock.at;
  const store = await createTestStore(engine);
  const logs: string[] = [];
  const logger = createLogger('debug', (line) => logs.push(line));
  const wechat = await startWechatEmulator({ ...ACCOUNT, now, retryDelayMs: 0 });
  const channel = createWechatChannel({
    settings: { ...ACCOUNT, apiRoot: wechat.apiRoot },
    db: store.db,
    logger,
    catalog,
    t,
    now,
    ...(options.screenshots ? { screenshots: options.screenshots } : {}),
    ...(options.photos ? { photos: options.photos } : {}),
    ...(options.sms ? { sms: true } : {}),
  });
  const webLink = createWebLink({
    settings: { ...ACCOUNT, apiRoot: wechat.apiRoot },
    db: store.db,
    logger,
    t,
    now,
  });
  const web = await createWebChannel({
    db: store.db,
    catalog,
    localesDir: LOCALES_DIR,
    logger,
    publicUrl: '',
    mounts: [wechatMount(channel.webhook, webLink)],
  });
  const base = `http://127.0.0.1:${await web.listen(0, '127.0.0.1')}`;
  wechat.setServerUrl(`${base}/wechat`);
  return {
    store,
    wechat,
    channel,
    web,
    base,
    logs,
    clock,
    advance(ms) {
      clock.at = new Date(clock.at.getTime() + ms);
    },
    settled: () => channel.webhook.settled(),
    async close() {
      await web.close();
      await channel.webhook.settled();
      await wechat.close();
      await store.cleanup();
    },
  };
}
