import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { openStore } from '../../src/store/database.js';
import { getUser } from '../../src/store/users.repository.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  hasButton,
  lastBotText,
  startEmulator,
  tap,
  until,
  untilScreen,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;
const BIN = new URL('../../bin/cunjing.js', import.meta.url).pathname;

function startBotProcess(emulator: BotApiEmulator, databaseUrl: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'start'], {
    env: {
      PATH: process.env.PATH,
      BOT_TOKEN: EMULATOR_TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** The process is ready once it has cleared any webhook, its last step before polling. */
function waitForPolling(emulator: BotApiEmulator, after: number): Promise<void> {
  return until(
    () => emulator.calls.slice(after).some((c) => c.method === 'deleteWebhook'),
    'the bot process to start polling',
    30_000,
  );
}

/**
 * The bot runs in another process here, so the signal is what the villager's screen shows:
 * a bot message offering this button.
 */
function untilButton(emulator: BotApiEmulator, data: string): Promise<void> {
  return untilScreen(
    emulator,
    VILLAGER,
    () => hasButton(emulator, VILLAGER, data),
    `button ${data}`,
  );
}

describe('kill -9 halfway through onboarding', () => {
  let emulator: BotApiEmulator;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    child?.kill('SIGKILL');
    await emulator?.stop();
  });

  it('loses nothing: after a restart the villager continues where they were', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-hans' });
    const db = await appDatabase('sqlite');

    child = startBotProcess(emulator, db.url);
    await waitForPolling(emulator, 0);
    emulator.sendText(VILLAGER, '/start');
    await untilButton(emulator, 'lang:zh-CN');
    tap(emulator, VILLAGER, 'lang:zh-CN');
    await untilButton(emulator, 'twp:T-BAYAN');
    tap(emulator, VILLAGER, 'twp:T-BAYAN');
    await untilButton(emulator, 'vil:by-chagan');
    expect(lastBotText(emulator, VILLAGER)).toContain('巴音苏木');

    const killed = new Promise((r) => child?.once('exit', r));
    child.kill('SIGKILL');
    await killed;

    const callsBefore = emulator.calls.length;
    child = startBotProcess(emulator, db.url);
    await waitForPolling(emulator, callsBefore);
    // The same village buttons, still on the villager's screen from before the crash.
    tap(emulator, VILLAGER, 'vil:by-chagan');
    await untilScreen(
      emulator,
      VILLAGER,
      () => lastBotText(emulator, VILLAGER).includes('其木格'),
      'the village officer card',
    );
    expect(lastBotText(emulator, VILLAGER)).toContain('查干嘎查');
    expect(lastBotText(emulator, VILLAGER)).toContain('其木格');

    const store = openStore(db.url);
    try {
      expect(await getUser(store.db, VILLAGER)).toMatchObject({
        language: 'zh-CN',
        villageCode: 'by-chagan',
      });
    } finally {
      await store.close();
    }
  }, 90_000);
});
