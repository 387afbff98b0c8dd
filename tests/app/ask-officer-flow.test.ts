import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
  settle,
  startEmulatorApp,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;
const OFFICER = 200001;

describe('ask my village officer, through the emulator', () => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('gets the question to the officer and the answer back to the villager', async () => {
    run = await startEmulatorApp({
      people: [
        { id: VILLAGER, first_name: '王大妈' },
        { id: OFFICER, first_name: '张建军' },
      ],
    });
    const { emulator } = run;
    const store = openStore(run.databaseUrl);
    await store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    await store.close();

    await say(emulator, OFFICER, '/start');
    await say(emulator, VILLAGER, '/start v_wl-hongqi');
    await press(emulator, VILLAGER, 'lang:zh-CN');
    await say(emulator, VILLAGER, '邻居家的狗晚上老叫，还咬过人，能管吗');
    await press(emulator, VILLAGER, 'ask:none');
    await press(emulator, VILLAGER, 'askc:yes');
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
