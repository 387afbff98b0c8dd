/**
 * Starts the whole application: store, migrations, sessions, the bot, and either long polling,
 * webhook server, or (without a token) the local sandbox. Returns a handle whose `stop` shuts
 * everything down in order: no new updates, in-flight updates finish, then the store closes.
 */
import { fileURLToPath } from 'node:url';
import { run } from '@grammyjs/runner';
import type { Api, Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { registerPersonCommands, registerResidentCommands } from '../bot/commands.js';
import type { BotContext, SessionData } from '../bot/context.js';
import type { Translate } from '../bot/i18n.js';
import { createBot } from '../bot/index.js';
import { type Config, isSandbox } from '../config.js';
import { loadCampaigns } from '../domain/awareness/campaigns.js';
import { loadAwarenessLibrary } from '../domain/awareness/library.js';
import { loadServiceCatalog } from '../domain/services/catalog.js';
import { createWebhookServer } from '../http/webhook-server.js';
import type { Logger } from '../logger.js';
import { screenshotReaderFromConfig } from '../ocr/index.js';
import { createBlocklistCache } from '../store/blocklist.repository.js';
import { openStore } from '../store/database.js';
import { createKeyvFactory } from '../store/keyv.js';
import { migrateToLatest } from '../store/migrate.js';
import { claimUpdate, pruneClaims } from '../store/processed-updates.repository.js';
import { getUser, listOfficers } from '../store/users.repository.js';
import { startCampaigns } from './campaigns.js';
import { startDelivery } from './delivery.js';
import { startJobs } from './jobs.js';
import { SANDBOX_TOKEN, type Sandbox, startSandbox } from './sandbox.js';
import { seedVillagesIfEmpty } from './seed.js';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

export const ALLOWED_UPDATES = [
  'message',
  'edited_message',
  'callback_query',
  'my_chat_member',
] as const;

export interface RunningApp {
  bot: Bot<BotContext>;
  sandbox: Sandbox | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger: Logger;
  botInfo?: UserFromGetMe;
}

export async function startApp(
  config: Config,
  { logger, botInfo }: StartOptions,
): Promise<RunningApp> {
  // Files an admin edits are checked first: a mistake stops start-up before anything runs.
  const campaigns = loadCampaigns(config.CAMPAIGNS_FILE);
  const store = openStore(config.DATABASE_URL);
  const applied = await migrateToLatest(store.db);
  if (applied.length) logger.info('migrations applied', { applied });
  await seedVillagesIfEmpty(store.db, config.VILLAGES_FILE, logger);

  const sandbox = isSandbox(config) ? await startSandbox(store.db, config, logger) : null;
  const adminIds = new Set([...config.ADMIN_IDS, ...(sandbox?.adminIds ?? [])]);
  const keyv = createKeyvFactory(store.db, config.REDIS_URL);
  const services = loadServiceCatalog(LOCALES_DIR);
  const blocklist = await createBlocklistCache(store.db);
  const library = loadAwarenessLibrary(LOCALES_DIR);
  let botApi: Api | undefined;
  let botTranslate: Translate | undefined;
  const delivery = startDelivery({
    store,
    config,
    apiRoot: sandbox?.apiRoot ?? config.TELEGRAM_API_ROOT,
    token: config.BOT_TOKEN ?? SANDBOX_TOKEN,
    logger,
    api: () => botApi as Api,
    translate: () => botTranslate as Translate,
  });
  const { bot, translate } = createBot(config.BOT_TOKEN ?? SANDBOX_TOKEN, {
    deps: {
      config,
      db: store.db,
      logger,
      adminIds,
      services,
      blocklist,
      screenshots: screenshotReaderFromConfig(config),
      campaigns,
      wakeDelivery: delivery.wake,
    },
    sessions: keyv.create<SessionData>('session'),
    cache: keyv.create<unknown>('cache'),
    localesDir: LOCALES_DIR,
    ...(sandbox ? { apiRoot: sandbox.apiRoot } : {}),
    ...(botInfo ? { botInfo } : {}),
  });
  await bot.init();
  botApi = bot.api;
  botTranslate = translate;

  await registerResidentCommands(bot.api, translate);
  const staff = [...(await listOfficers(store.db))];
  for (const id of adminIds) {
    const admin = await getUser(store.db, id);
    staff.push({
      ...(admin ?? {
        telegramId: id,
        firstName: '',
        language: null,
        villageCode: null,
        scope: null,
        active: true,
      }),
      role: 'admin',
    });
  }
  for (const person of staff) await registerPersonCommands(bot.api, translate, person, logger);

  let stopUpdates: () => Promise<void>;
  if (config.BOT_MODE === 'webhook') {
    const server = createWebhookServer({
      secret: config.WEBHOOK_SECRET,
      claim: (id) => claimUpdate(store.db, id),
      handle: (update) => bot.handleUpdate(update),
      logger,
    });
    const port = await server.listen(config.WEBHOOK_PORT, config.WEBHOOK_HOST);
    await bot.api.setWebhook(config.WEBHOOK_URL, {
      secret_token: config.WEBHOOK_SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    const pruner = setInterval(
      () => pruneClaims(store.db).catch((error) => logger.warn('pruning claims failed', { error })),
      3600_000,
    );
    pruner.unref();
    logger.info('webhook mode', { port, url: config.WEBHOOK_URL });
    stopUpdates = async () => {
      clearInterval(pruner);
      await server.close();
    };
  } else {
    // Polling and a webhook exclude each other; a leftover webhook would make getUpdates fail.
    await bot.api.deleteWebhook();
    const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    logger.info('polling mode', {
      bot: bot.botInfo.username,
      sandbox: sandbox?.webChatUrl ?? null,
    });
    stopUpdates = async () => {
      if (runner.isRunning()) await runner.stop();
    };
  }

  const jobs = startJobs(
    { api: bot.api, db: store.db, translate, logger, adminIds },
    config.TZ,
    config.REPORT_RETENTION_DAYS,
  );
  const campaignRunner = await startCampaigns(
    { db: store.db, translate, library, timeZone: config.TZ, logger },
    campaigns,
  );

  let stopping: Promise<void> | null = null;
  return {
    bot,
    sandbox,
    stop() {
      stopping ??= (async () => {
        await stopUpdates();
        await jobs.stop();
        await campaignRunner.stop();
        await delivery.stop();
        blocklist.stop();
        await sandbox?.stop();
        await keyv.close();
        await store.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
