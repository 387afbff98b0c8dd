/**
 * Starts the whole application: content, store, sessions, the Telegram link, then long polling or
 * the webhook server, the health server, delivery and schedules. Without a token, the sandbox
 * (loaded by dynamic import, with its own database) stands in for Telegram.
 *
 * Everything opened is pushed on one stack of closers, so `stop`, a failed start and a SIGTERM
 * while Telegram cannot be reached all shut down the same way, in reverse order.
 */
import { randomUUID } from 'node:crypto';
import { ALLOWED_UPDATES } from '../bot/allowed-updates.js';
import { registerMenus } from '../bot/command-menus.js';
import type { SessionData } from '../bot/context.js';
import { createFileDownloader } from '../bot/download-file.js';
import { createBot } from '../bot/index.js';
import { startPolling } from '../bot/polling.js';
import { sendStoredQuestion } from '../bot/questions/send-to-officer.js';
import type { TelegramApi, TelegramBot, UserFromGetMe } from '../bot/telegram-api.js';
import {
  connectTelegram,
  createTelegramMonitor,
  type TelegramMonitor,
} from '../bot/telegram-link.js';
import { createWebhookServer, WEBHOOK_MAX_CONNECTIONS } from '../bot/webhook-server.js';
import { smsReceiptsMount } from '../channels/sms/receipts.js';
import { smsSettingsOf } from '../channels/sms/settings.js';
import { smsDeliverer } from '../channels/sms/sms-notices.js';
import { createWebTranslate } from '../channels/web/web-translate.js';
import { wechatSettingsOf } from '../channels/wechat/settings.js';
import { type Config, isSandbox, residentChannels, telegramProxy } from '../config.js';
import type { Logger } from '../logger.js';
import { updateSeconds, updatesHandled } from '../metrics/index.js';
import { screenshotReaderFromConfig } from '../ocr/index.js';
import { createBlocklistCache } from '../store/blocklist.repository.js';
import { webhookChatLocks } from '../store/chat-locks.repository.js';
import { createKeyvFactory } from '../store/keyv.js';
import { pruneClaims, webhookClaims } from '../store/processed-updates.repository.js';
import { pruneSmsRecords } from '../store/sms-messages.repository.js';
import { reportAuthor as queueAuthorReport } from '../workflows/broadcasts/report-author.js';
import { startCampaigns } from './campaigns.js';
import { LOCALES_DIR, loadContent } from './content.js';
import { startDelivery } from './delivery.js';
import { startHealthServer } from './health.js';
import { startJobs } from './jobs.js';
import { startNoticeDelivery } from './notice-delivery.js';
import { openAppStore, prepareStore } from './open-store.js';
import { type RetryLater, retryLater } from './retry-later.js';
import type { Sandbox } from './sandbox.js';
import { SANDBOX_TOKEN } from './sandbox-people.js';
import { checkSessions } from './sessions-check.js';
import { type RunningWebChat, startWebChat } from './web-chat.js';
import type { RunningWechat } from './wechat.js';

/** WeChat takes images up to 10 MB as temporary media. */
const WECHAT_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

export { ALLOWED_UPDATES, LOCALES_DIR };

export interface RunningApp {
  bot: TelegramBot;
  sandbox: Sandbox | null;
  /** The villagers' web chat, when HTTP_PORT is set and always in the sandbox. */
  webChat: RunningWebChat | null;
  telegram: TelegramMonitor;
  /** The health server's port, when HEALTH_PORT is set. */
  healthPort: number | null;
  /** The command menus' registration, which runs in the background and is retried. */
  menus: Pick<RetryLater, 'done' | 'firstTry'>;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  botInfo?: UserFromGetMe;
  /** Aborting it (SIGTERM while Telegram cannot be reached) ends start-up cleanly. */
  signal?: AbortSignal;
}

/** Thrown by `startApp` when its signal aborted start-up; everything opened has been closed. */
export class StartAborted extends Error {
  override name = 'StartAborted';
}

type Closer = () => unknown;

async function closeAll(closers: Closer[], logger: Logger): Promise<void> {
  while (closers.length) {
    try {
      await closers.pop()?.();
    } catch (error) {
      logger.warn('error while shutting down', { error });
    }
  }
}

export async function startApp(config: Config, options: StartOptions): Promise<RunningApp> {
  const closers: Closer[] = [];
  try {
    const app = await startInside(config, options, closers);
    let stopping: Promise<void> | null = null;
    return {
      ...app,
      stop() {
        stopping ??= closeAll(closers, options.logger).then(() => options.logger.info('stopped'));
        return stopping;
      },
    };
  } catch (error) {
    await closeAll(closers, options.logger);
    if (options.signal?.aborted) throw new StartAborted('start-up was interrupted');
    throw error;
  }
}

async function startInside(
  config: Config,
  { logger, botInfo, signal }: StartOptions,
  closers: Closer[],
): Promise<Omit<RunningApp, 'stop'>> {
  const sandboxMode = isSandbox(config);
  // Files an admin edits are checked first: a mistake stops start-up before anything runs.
  const { campaigns, services, library } = loadContent(config);
  const store = await openAppStore(config, sandboxMode);
  closers.push(() => store.close());
  const keyv = createKeyvFactory(store.db, config.REDIS_URL, {
    timeoutMs: config.STORE_TIMEOUT_MS,
  });
  closers.push(() => keyv.close());
  const sessions = keyv.create<SessionData>('session');
  await checkSessions(sessions, config.REDIS_URL);
  // Settings, files and connections are good: from here on, the log tells the story.
  logger.info('starting', { mode: config.BOT_MODE, sandbox: sandboxMode, node: process.version });
  await prepareStore(store, config, sandboxMode, logger);

  const sandbox: Sandbox | null = sandboxMode
    ? await (await import('./sandbox.js')).startSandbox(store.db, config, logger)
    : null;
  if (sandbox) closers.push(() => sandbox.stop());
  const adminIds = new Set([...config.ADMIN_IDS, ...(sandbox?.adminIds ?? [])]);
  const apiRoot = sandbox?.apiRoot ?? config.TELEGRAM_API_ROOT;
  const token = config.BOT_TOKEN ?? SANDBOX_TOKEN;

  const blocklist = await createBlocklistCache(store.db);
  closers.push(() => blocklist.stop());

  const proxyUrl = sandbox ? undefined : telegramProxy(config);
  // Loaded only when a proxy is set: undici's proxy agent is not needed on most stations.
  const proxy = proxyUrl ? (await import('./proxy.js')).useTelegramProxy(proxyUrl) : null;
  if (proxy) closers.push(() => proxy.restore());

  const telegram = createTelegramMonitor(apiRoot, logger);
  // Real settings first; else the sandbox's emulated account (SANDBOX_WECHAT).
  const wechatSettings = wechatSettingsOf(config) ?? sandbox?.wechat?.settings ?? null;
  let wechat: RunningWechat | null = null;
  const health = await startHealthServer({
    config,
    store,
    sessions: sessions as never,
    telegram,
    logger,
    ...(wechatSettings ? { wechat: () => wechat?.status() ?? null } : {}),
  });
  if (health) closers.push(() => health.close());

  let delivery: ReturnType<typeof startDelivery> | undefined;
  let notices: ReturnType<typeof startNoticeDelivery> | undefined;
  const wakeNotices = () => notices?.wake();
  // One reader for Telegram and WeChat, so OCR_CONCURRENCY limits both together.
  const screenshots = screenshotReaderFromConfig(config);
  // One cache for the bot and the web chat: a points code given on either is redeemed by /redeem.
  const cache = keyv.create<unknown>('cache');
  const { bot, translate } = createBot(token, {
    deps: {
      config,
      db: store.db,
      logger,
      adminIds,
      services,
      blocklist,
      screenshots,
      campaigns,
      wakeDelivery: () => delivery?.wake(),
      wakeNotices,
    },
    sessions,
    cache,
    localesDir: LOCALES_DIR,
    apiRoot,
    ...(proxy ? { baseFetchConfig: proxy.baseFetchConfig } : {}),
    ...(botInfo ? { botInfo } : {}),
  });
  bot.api.config.use(telegram.transformer);
  countUpdates(bot);

  if (botInfo) telegram.markConnected();
  else await connectTelegram(bot, { apiRoot, logger, monitor: telegram, signal, proxy: proxyUrl });

  // One report per broadcast, when Telegram and the other channels are all done.
  const reportAuthor = async (requestId: number) => {
    const { notices: queued } = await queueAuthorReport(store.db, requestId, new Date());
    if (queued.length) wakeNotices();
  };
  delivery = startDelivery({ store, config, apiRoot, token, logger, translate, reportAuthor });
  const started = delivery;
  closers.push(() => started.stop());

  const menus = retryLater(
    'registering the command menus',
    () => registerMenus(bot.api, store.db, translate, adminIds, logger),
    { logger },
  );
  closers.push(() => menus.stop());

  // The sandbox's bot is not on Telegram: its landing pages offer no "open in Telegram".
  const botUsername = sandboxMode
    ? undefined
    : (config.BOT_USERNAME ?? (bot.isInited() ? bot.botInfo.username : undefined));
  // SMS: the configured provider, or the logging one in the sandbox (SMS_PROVIDER=log).
  const sms = await smsSettingsOf(config, { sandbox: sandboxMode, logger });
  const photoFiles = createFileDownloader(`${apiRoot}/file/bot${token}`);
  // WeChat Official Account: loaded only when configured, and served on the web chat's server
  // (closed after it, so pushes already answered are worked through).
  wechat = wechatSettings
    ? await (await import('./wechat.js')).startWechat(wechatSettings, {
        config,
        db: store.db,
        logger,
        catalog: services,
        blocklist: blocklist.lookup,
        screenshots,
        // A warning's photo is a Telegram file id: fetched from Telegram to upload to WeChat.
        photos: (fileId) => photoFiles.download(bot.api, fileId, WECHAT_IMAGE_MAX_BYTES),
        ...(sms ? { sms: true } : {}),
        library,
      })
    : null;
  const startedWechat = wechat;
  if (startedWechat) closers.push(() => startedWechat.close());

  const webChat = await startWebChat({
    config,
    sandbox: sandboxMode,
    db: store.db,
    catalog: services,
    blocklist: blocklist.lookup,
    logger,
    wakeNotices,
    codes: cache,
    deliverQuestion: (id) =>
      sendStoredQuestion(
        { api: bot.api as TelegramApi, db: store.db, translate, services, logger },
        id,
      ),
    ...(botUsername ? { botUsername } : {}),
    mounts: [
      ...(startedWechat ? [startedWechat.mount] : []),
      ...(sms?.receiptToken
        ? [
            smsReceiptsMount({
              db: store.db,
              provider: sms.provider.name,
              token: sms.receiptToken,
              logger,
            }),
          ]
        : []),
    ],
    ...(sms ? { sms: true } : {}),
  });
  if (webChat) closers.push(() => webChat.channel.close());
  if (webChat && sandbox?.wechat && wechatSettings === sandbox.wechat.settings)
    sandbox.wechat.connect(webChat.url);

  if (sms) {
    // Codes and the numbers on sent messages are kept a day at most (README: SMS).
    const pruner = setInterval(
      () =>
        pruneSmsRecords(store.db, new Date()).catch((error) =>
          logger.warn('sms: pruning old codes and numbers failed', { error }),
        ),
      3600_000,
    );
    pruner.unref();
    closers.push(async () => clearInterval(pruner));
  }
  const smsNotices = sms
    ? smsDeliverer({
        db: store.db,
        provider: sms.provider,
        signName: sms.signName,
        t: createWebTranslate(LOCALES_DIR),
        publicUrl: config.PUBLIC_URL ?? webChat?.url ?? '',
        limits: sms.limits,
      })
    : null;

  // After the web chat: its inbox is one of the places notices go.
  const noticeLoop = startNoticeDelivery({
    store,
    config,
    api: bot.api as TelegramApi,
    translate,
    adminIds,
    kb: services.kb,
    webChannel: webChat?.channel ?? null,
    library,
    wechat: startedWechat?.deliverer ?? null,
    reportAuthor,
    sms: smsNotices,
    logger,
  });
  notices = noticeLoop;
  closers.push(() => noticeLoop.stop());

  if (config.BOT_MODE === 'webhook') {
    const server = createWebhookServer({
      secret: config.WEBHOOK_SECRET,
      claims: webhookClaims(store.db),
      storeTimeoutMs: config.STORE_TIMEOUT_MS,
      // Per-chat order across replicas. A SQLite file serves one process, where `sequentialize`
      // already keeps each chat in order: the two extra writes per update would buy nothing.
      ...(store.engine === 'postgres'
        ? { chatLocks: webhookChatLocks(store.db, randomUUID()) }
        : {}),
      handle: (update) => bot.handleUpdate(update),
      logger,
    });
    const port = await server.listen(config.WEBHOOK_PORT, config.WEBHOOK_HOST);
    closers.push(() => server.close());
    const webhook = retryLater(
      'setting the webhook',
      () =>
        bot.api.setWebhook(config.WEBHOOK_URL, {
          secret_token: config.WEBHOOK_SECRET,
          allowed_updates: [...ALLOWED_UPDATES],
          max_connections: WEBHOOK_MAX_CONNECTIONS,
        }),
      { logger, firstDelayMs: 10_000 },
    );
    closers.push(() => webhook.stop());
    await webhook.firstTry;
    const pruner = setInterval(
      () => pruneClaims(store.db).catch((error) => logger.warn('pruning claims failed', { error })),
      3600_000,
    );
    pruner.unref();
    closers.push(() => clearInterval(pruner));
    logger.info('webhook mode', { port, url: config.WEBHOOK_URL });
  } else {
    // Polling and a webhook exclude each other; a leftover webhook would make getUpdates fail.
    const cleared = retryLater('clearing the webhook', () => bot.api.deleteWebhook(), {
      logger,
      firstDelayMs: 10_000,
    });
    closers.push(() => cleared.stop());
    await cleared.firstTry;
    const polling = startPolling(bot);
    closers.push(() => polling.stop());
    logger.info('polling mode', {
      bot: bot.botInfo.username,
      sandbox: sandbox?.webChatUrl ?? null,
    });
  }

  const jobs = startJobs(
    { db: store.db, logger, adminIds, wakeNotices },
    config.TZ,
    config.REPORT_RETENTION_DAYS,
    {
      engine: store.engine,
      url: sandboxMode ? config.SANDBOX_DATABASE_URL : config.DATABASE_URL,
      dir: config.BACKUP_DIR,
      keepDays: config.BACKUP_KEEP,
    },
  );
  closers.push(() => jobs.stop());
  const campaignRunner = await startCampaigns(
    {
      db: store.db,
      translate,
      library,
      timeZone: config.TZ,
      channels: residentChannels(config),
      logger,
    },
    campaigns,
  );
  closers.push(() => campaignRunner.stop());

  return {
    bot,
    sandbox,
    webChat,
    telegram,
    healthPort: health?.port ?? null,
    menus,
  };
}

/** Counts handled updates by type and their latency, for /metrics, around the whole pipeline. */
function countUpdates(bot: TelegramBot): void {
  const handle = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (update, webhookReplyEnvelope) => {
    const stopTimer = updateSeconds.startTimer();
    const type = Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';
    try {
      return await handle(update, webhookReplyEnvelope);
    } finally {
      stopTimer();
      updatesHandled.inc({ type });
    }
  };
}
