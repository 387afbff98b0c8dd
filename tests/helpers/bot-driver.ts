/**
 * Drives the real bot with fabricated updates, the way a person would use it: "the villager
 * sends /start, taps 中文, and sees the township list". Telegram is faked with nock.
 */
import { fileURLToPath } from 'node:url';
import type { Message, Update, User, UserFromGetMe } from 'grammy/types';
import type { BaseDeps, SessionData } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/index.js';
import { telegramDeliverer } from '../../src/bot/notices/telegram-deliverer.js';
import { loadConfig } from '../../src/config.js';
import { loadCampaigns } from '../../src/domain/awareness/campaigns.js';
import { loadServiceCatalog, type ServiceCatalog } from '../../src/domain/services/catalog.js';
import { createMemoryLogger } from '../../src/logger.js';
import { createNoticeLoop } from '../../src/notices/delivery-loop.js';
import type { ScreenshotReader } from '../../src/ocr/index.js';
import { createBlocklistCache } from '../../src/store/blocklist.repository.js';
import type { Engine } from '../../src/store/database.js';
import { createKeyvFactory } from '../../src/store/keyv.js';
import { createPlaceCache } from '../../src/store/place-cache.js';
import {
  type ApiCall,
  type FakeTelegram,
  fakeTelegram,
  fetchForNock,
  TEST_TOKEN,
} from './fake-telegram.js';
import { QueryCounter } from './query-counter.js';
import { createTestStore, type TestStore } from './store.js';

export const BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true as const,
  first_name: '村警通',
  username: 'cunjing_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as UserFromGetMe;

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));
export const ADMIN_ID = 900001;

let catalog: ServiceCatalog | undefined;
/** The knowledge base is read-only: load it once per test file. */
export function serviceCatalog(): ServiceCatalog {
  catalog ??= loadServiceCatalog(LOCALES_DIR);
  return catalog;
}

let nextUpdateId = 1;
let nextMessageId = 1;

export interface TestApp {
  store: TestStore;
  telegram: FakeTelegram;
  logger: ReturnType<typeof createMemoryLogger>;
  handle(update: Omit<Update, 'update_id'>): Promise<void>;
  person(user: Partial<User> & { id: number }): TestPerson;
  /** SQL statements run through the bot's store (sessions included) since the last call. */
  takeQueries(): string[];
  /** Delivers the Telegram notices due now (ones a workflow called outside an update left). */
  deliverNotices(): Promise<number>;
  stop(): Promise<void>;
}

export interface TestPerson {
  user: User;
  send(text: string, extra?: Partial<Message>): Promise<void>;
  sendMessage(message: Partial<Message>): Promise<void>;
  /** Taps an inline button on the latest bot message to this person that has it. */
  tap(data: string): Promise<void>;
  /** Taps a button on the newest message in a group that carries it. */
  tapIn(chatId: number, data: string): Promise<void>;
  /** The data of the newest button sent to this person that starts with `prefix` (rpy: ✅). */
  buttonLike(prefix: string): string;
  /** Sends callback data no button carried: what a modified client can do. */
  forge(data: string): Promise<void>;
  /** Bot API calls addressed to this person's chat, oldest first. */
  received(): ApiCall[];
  lastText(): string;
  /** The newest call that showed this person a message (sent or edited). */
  lastMessage(): ApiCall | undefined;
  texts(): string[];
}

export async function createTestApp(
  options: {
    engine?: Engine;
    adminIds?: number[];
    screenshots?: ScreenshotReader;
    /** The place cache's clock, for tests that hold its version check still or move past it. */
    placeClock?: () => number;
  } = {},
): Promise<TestApp> {
  const store = await createTestStore(options.engine ?? 'sqlite');
  const counter = new QueryCounter();
  const db = store.db.withPlugin(counter);
  const telegram = fakeTelegram();
  const logger = createMemoryLogger();
  const config = loadConfig({ BOT_TOKEN: TEST_TOKEN, DATABASE_URL: store.url }, undefined);
  let wakeNotices = () => {};
  let delivering: Promise<unknown> = Promise.resolve();
  const deps: BaseDeps = {
    config,
    db,
    logger,
    adminIds: new Set(options.adminIds ?? [ADMIN_ID]),
    services: serviceCatalog(),
    campaigns: loadCampaigns(fileURLToPath(new URL('../../data/campaigns.yaml', import.meta.url))),
    blocklist: await createBlocklistCache(db, 3_600_000),
    wakeNotices: () => wakeNotices(),
    ...(options.screenshots ? { screenshots: options.screenshots } : {}),
  };
  const keyv = createKeyvFactory(db);
  const { bot, translate } = createBot(TEST_TOKEN, {
    deps,
    sessions: keyv.create<SessionData>('session'),
    cache: keyv.create<unknown>('cache'),
    localesDir: LOCALES_DIR,
    botInfo: BOT_INFO,
    fetch: fetchForNock,
    ...(options.placeClock ? { places: createPlaceCache(db, { now: options.placeClock }) } : {}),
  });
  await bot.init();

  // Notices (report cards) are delivered right after the update that committed them; an update
  // counts as handled once that delivery is done too, the signal tests wait for.
  const notices = createNoticeLoop({
    db,
    engine: store.engine,
    workerId: 'test',
    deliverers: {
      telegram: telegramDeliverer({
        api: bot.api,
        db,
        translate,
        adminIds: deps.adminIds,
        kb: deps.services.kb,
      }),
    },
    logger,
  });
  wakeNotices = () => {
    delivering = delivering.then(() => notices.drain());
  };
  const handle = async (update: Omit<Update, 'update_id'>) => {
    await bot.handleUpdate({ update_id: nextUpdateId++, ...update } as Update);
    await delivering;
  };

  function person(partial: Partial<User> & { id: number }): TestPerson {
    const user: User = {
      is_bot: false,
      first_name: `User${partial.id}`,
      language_code: 'zh-hans',
      ...partial,
    };
    const chat = { id: user.id, type: 'private' as const, first_name: user.first_name };
    const received = () =>
      telegram.calls.filter(
        (c) =>
          Number(c.payload.chat_id) === user.id ||
          c.payload.callback_query_id?.startsWith(`${user.id}-`),
      );
    const sendMessage = (message: Partial<Message>) =>
      handle({
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat,
          from: user,
          ...message,
        } as NonNullable<Update['message']>,
      });
    const callback = (data: string, messageId: number) =>
      handle({
        callback_query: {
          id: `${user.id}-${nextUpdateId}`,
          from: user,
          chat_instance: String(user.id),
          data,
          message: {
            message_id: messageId,
            date: 0,
            chat,
            from: BOT_INFO,
            text: '…',
          } as Message & { chat: typeof chat },
        },
      });
    return {
      user,
      sendMessage,
      send(text, extra = {}) {
        const command = /^\/\w+/.exec(text);
        const entities = command
          ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }]
          : undefined;
        return sendMessage({ text, ...(entities ? { entities } : {}), ...extra });
      },
      async tap(data) {
        const withButton = received()
          .filter((c) =>
            JSON.stringify(c.payload.reply_markup?.inline_keyboard ?? []).includes(
              JSON.stringify(data),
            ),
          )
          .pop();
        if (!withButton) {
          throw new Error(
            `No button with data "${data}" was sent to ${user.id}. Last texts:\n${received()
              .slice(-3)
              .map((c) => c.payload.text)
              .join('\n---\n')}`,
          );
        }
        await callback(
          data,
          Number(withButton.result?.message_id ?? withButton.payload.message_id ?? 1),
        );
      },
      buttonLike(prefix) {
        const all = received().flatMap((c) =>
          (c.payload.reply_markup?.inline_keyboard ?? [])
            .flat()
            .map((b: { callback_data?: string }) => b.callback_data ?? ''),
        );
        const found = all.filter((d) => d.startsWith(prefix)).at(-1);
        if (!found) throw new Error(`No button starting "${prefix}" was sent to ${user.id}`);
        return found;
      },
      forge: (data) => callback(data, 1),
      async tapIn(chatId, data) {
        const call = telegram.calls
          .filter(
            (c) =>
              Number(c.payload.chat_id) === chatId &&
              JSON.stringify(c.payload.reply_markup ?? {}).includes(JSON.stringify(data)),
          )
          .pop();
        if (!call) throw new Error(`No button "${data}" in chat ${chatId}`);
        const group = { id: chatId, type: 'supergroup' as const, title: 'group' };
        await handle({
          callback_query: {
            id: `${user.id}-${nextUpdateId}`,
            from: user,
            chat_instance: String(chatId),
            data,
            message: {
              message_id: Number(call.result?.message_id ?? call.payload.message_id),
              date: 0,
              chat: group,
              from: BOT_INFO,
              text: '…',
            } as never,
          },
        });
      },
      received,
      lastMessage: () =>
        received()
          .filter((c) => /^(send|edit)/.test(c.method) && typeof c.payload.text === 'string')
          .at(-1),
      texts: () =>
        received()
          .filter((c) => /^(send|edit)/.test(c.method))
          .map((c) => c.payload.text)
          .filter((t): t is string => typeof t === 'string'),
      lastText() {
        const texts = received()
          .filter((c) => /^(send|edit)/.test(c.method))
          .map((c) => c.payload.text)
          .filter((t): t is string => typeof t === 'string');
        return texts[texts.length - 1] ?? '';
      },
    };
  }

  return {
    store,
    telegram,
    logger,
    handle,
    person,
    takeQueries: () => counter.take(),
    async deliverNotices() {
      await delivering;
      return notices.drain();
    },
    async stop() {
      telegram.done();
      await store.cleanup();
    },
  };
}
