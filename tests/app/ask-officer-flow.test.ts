import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
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
    const app = run;
    const store = openStore(run.databaseUrl);
    await store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    await store.close();

    await say(app, OFFICER, '/start');
    await say(app, VILLAGER, '/start v_wl-hongqi');
    await press(app, VILLAGER, 'lang:zh-CN');
    await say(app, VILLAGER, '邻居家的狗晚上老叫，还咬过人，能管吗');
    await press(app, VILLAGER, 'ask:none');
    await press(app, VILLAGER, 'askc:yes');
    expect(lastBotText(emulator, VILLAGER)).toContain('已转给驻村民警 张建军');

    // The question reaches the officer while the villager's confirmation is handled.
    const question = screen(emulator, OFFICER).at(-1);
    expect(question?.text).toContain('邻居家的狗');
    expect(question?.text).toContain('红旗村');

    await say(app, OFFICER, '明天上午我去您家看看，先别和邻居吵。', {
      replyToMessageId: question?.message_id,
    });
    expect(lastBotText(emulator, VILLAGER)).toContain('明天上午我去您家看看');
    expect(lastBotText(emulator, OFFICER)).toContain('已把您的回答转给村民');
  });
});
