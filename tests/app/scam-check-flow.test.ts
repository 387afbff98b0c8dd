import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  screen,
  settle,
  startEmulator,
  tap,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;

describe('scam check through the emulator', () => {
  let emulator: BotApiEmulator;
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
  });

  it('forwarding a scam gives the verdict with quoted red flags and the two buttons', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-hans' });
    const db = await appDatabase('sqlite');
    app = await startApp(
      loadConfig(
        { BOT_TOKEN: EMULATOR_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, DATABASE_URL: db.url },
        undefined,
      ),
      {
        logger: createMemoryLogger(),
      },
    );
    emulator.sendText(VILLAGER, '/start v_wl-hongqi');
    await settle(emulator, VILLAGER);
    tap(emulator, VILLAGER, 'lang:zh-CN');
    await settle(emulator, VILLAGER);
    emulator.sendText(
      VILLAGER,
      '【公安局】您涉嫌洗钱，请立即将资金转入安全账户配合调查，不要告诉家人。',
      {
        forwardSenderName: '陌生号码',
      },
    );
    await settle(emulator, VILLAGER);
    const verdict = screen(emulator, VILLAGER).at(-1);
    expect(verdict?.text).toContain('高风险');
    expect(verdict?.text).toContain('「安全账户」');
    expect(JSON.stringify(verdict?.reply_markup)).toContain('报告给警察');
    expect(JSON.stringify(verdict?.reply_markup)).toContain('我已经被骗了');
  });
});
