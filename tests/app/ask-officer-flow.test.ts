import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { openStore } from '../../src/store/database.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  lastBotText,
  screen,
  settle,
  startEmulator,
  tap,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;
const OFFICER = 200001;

describe('ask my village officer, through the emulator', () => {
  let emulator: BotApiEmulator;
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
  });

  it('gets the question to the officer and the answer back to the villager', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: VILLAGER, first_name: '王大妈', language_code: 'zh-hans' });
    emulator.addUser({ id: OFFICER, first_name: '张建军', language_code: 'zh-hans' });
    const db = await appDatabase('sqlite');
    const config = loadConfig(
      { BOT_TOKEN: EMULATOR_TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot, DATABASE_URL: db.url },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    const store = openStore(db.url);
    await store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    await store.close();

    emulator.sendText(OFFICER, '/start');
    await settle(emulator, OFFICER);
    emulator.sendText(VILLAGER, '/start v_wl-hongqi');
    await settle(emulator, VILLAGER);
    tap(emulator, VILLAGER, 'lang:zh-CN');
    await settle(emulator, VILLAGER);

    emulator.sendText(VILLAGER, '邻居家的狗晚上老叫，还咬过人，能管吗');
    await settle(emulator, VILLAGER);
    tap(emulator, VILLAGER, 'ask:none');
    await settle(emulator, VILLAGER);
    tap(emulator, VILLAGER, 'askc:yes');
    await settle(emulator, VILLAGER);
    expect(lastBotText(emulator, VILLAGER)).toContain('已转给驻村民警 张建军');

    await settle(emulator, OFFICER);
    const question = screen(emulator, OFFICER).at(-1);
    expect(question?.text).toContain('邻居家的狗');
    expect(question?.text).toContain('红旗村');

    emulator.sendText(OFFICER, '明天上午我去您家看看，先别和邻居吵。', {
      replyToMessageId: question?.message_id,
    });
    await settle(emulator, OFFICER);
    await settle(emulator, VILLAGER);
    expect(lastBotText(emulator, VILLAGER)).toContain('明天上午我去您家看看');
    expect(lastBotText(emulator, OFFICER)).toContain('已把您的回答转给村民');
  });
});
