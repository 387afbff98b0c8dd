/**
 * A frozen Redis (SIGSTOP: connected, silent) must not hang updates: the store's timeout gives up,
 * the villager gets the "not saved, please try again" message, the log names the store at warn
 * level, and after SIGCONT everything works again. Uses a real redis-server on a spare port,
 * started here; skipped with a message when redis-server is not installed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realClockEnv } from '../../scripts/real-clock-env.js';
import type { BaseDeps, SessionData } from '../../src/bot/context.js';
import { createBot } from '../../src/bot/index.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { createKeyvFactory, type KeyvFactory } from '../../src/store/keyv.js';
import { storeFailureOf } from '../../src/store/store-errors.js';
import { BOT_INFO, LOCALES_DIR, serviceCatalog } from '../helpers/bot-driver.js';
import { fakeTelegram, fetchForNock, TEST_TOKEN } from '../helpers/fake-telegram.js';
import { freePort } from '../helpers/free-port.js';
import { createTestStore, type TestStore } from '../helpers/store.js';

// The machine's redis-server, not code under test: it runs without test:clock's faked clock.
const realClock = realClockEnv();
const hasRedis =
  spawnSync('redis-server', ['--version'], { env: realClock, timeout: 10_000 }).status === 0;
if (!hasRedis) console.warn('frozen-redis test skipped: redis-server is not installed');

describe.skipIf(!hasRedis)('a frozen Redis', () => {
  let redis: ChildProcess;
  let store: TestStore;
  let keyv: KeyvFactory;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    redis = spawn(
      'redis-server',
      ['--port', String(port), '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      { env: realClock },
    );
    await new Promise<void>((resolve) => {
      redis.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Ready to accept connections')) resolve();
      });
    });
    store = await createTestStore('sqlite');
  });
  afterAll(async () => {
    redis.kill('SIGCONT');
    await keyv?.close().catch(() => {});
    redis.kill('SIGKILL');
    await store.cleanup();
  });

  it('gets the retry message when the store’s time limit gives up, and works again after SIGCONT', async () => {
    const telegram = fakeTelegram();
    const logger = createMemoryLogger();
    keyv = createKeyvFactory(store.db, `redis://127.0.0.1:${port}`, { timeoutMs: 1_000 });
    const deps: BaseDeps = {
      config: loadConfig({ BOT_TOKEN: TEST_TOKEN, DATABASE_URL: store.url }, undefined),
      db: store.db,
      logger,
      adminIds: new Set(),
      services: serviceCatalog(),
    };
    const { bot } = createBot(TEST_TOKEN, {
      deps,
      sessions: keyv.create<SessionData>('session'),
      cache: keyv.create<unknown>('cache'),
      localesDir: LOCALES_DIR,
      botInfo: BOT_INFO,
      fetch: fetchForNock,
    });
    await bot.init();
    const user = { id: 31, is_bot: false, first_name: 'A', language_code: 'zh-hans' };
    let nextId = 1;
    const send = async (text: string) => {
      const update = {
        update_id: nextId++,
        message: {
          message_id: nextId,
          date: 0,
          chat: { id: 31, type: 'private', first_name: 'A' },
          from: user,
          text,
          entities: [{ type: 'bot_command', offset: 0, length: text.length }],
        },
      } as unknown as Update;
      await bot.handleUpdate(update);
      return update;
    };
    const lastText = () =>
      String(telegram.calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text ?? '');

    await send('/start');
    expect(lastText()).not.toContain('暂时连不上');

    redis.kill('SIGSTOP');
    // The update completes (a hang fails the test at its 60 s hang timeout) through the fallback:
    // the store's own 1 s timeout gave up on Redis, the update is marked as a store failure, and
    // the villager is told it was not saved. How long that takes is the store timeout's job.
    const frozen = await send('/start');
    expect(lastText()).toContain('没有保存');
    expect(storeFailureOf(frozen)).toBe('sessions (redis)');
    const warning = logger.entries.find((e) => e.msg === 'store unavailable during update');
    expect(warning).toMatchObject({
      level: 'warn',
      store: 'sessions (redis)',
      reason: expect.stringContaining('no answer within 1000 ms'), // the time limit, not a hang
    });
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);

    redis.kill('SIGCONT');
    const after = await send('/start');
    expect(storeFailureOf(after)).toBeUndefined();
    expect(lastText()).not.toContain('没有保存');
    telegram.done();
  });
});
