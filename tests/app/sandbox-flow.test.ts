import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/database.js';
import { getUser } from '../../src/store/users.repository.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  startEmulatorApp,
} from '../helpers/emulator-driver.js';
import { ENGINES } from '../helpers/store.js';

const VILLAGER = 100001;
const OFFICER = 200001;
const ADMIN = 900001;

describe.each(ENGINES)('the whole app through the emulator, on %s', (engine) => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('onboards a villager by deep link, and gives officers and residents their own command menus', async () => {
    run = await startEmulatorApp({
      engine,
      people: [
        { id: VILLAGER, first_name: '王大妈' },
        { id: OFFICER, first_name: '李警官' },
        { id: ADMIN, first_name: '赵所长' },
      ],
      adminIds: [ADMIN],
    });
    const { emulator } = run;
    const app = run;
    const db = { url: run.databaseUrl };

    await say(app, VILLAGER, '/start v_wl-hongqi');
    expect(lastBotText(emulator, VILLAGER)).toContain('Please choose a language');
    await press(app, VILLAGER, 'lang:zh-CN');
    expect(lastBotText(emulator, VILLAGER)).toContain('红旗村');
    expect(
      emulator
        .replyKeyboard(VILLAGER)
        ?.keyboard.flat()
        .map((b) => (typeof b === 'string' ? b : b.text)),
    ).toContain('👤 我的');

    await say(app, VILLAGER, '👤 我的');
    await press(app, VILLAGER, 'me:officer');
    expect(lastBotText(emulator, VILLAGER)).toMatch(
      /张建军[\s\S]*13804790101[\s\S]*乌兰派出所[\s\S]*96110/,
    );

    // The admin makes an officer; the officer's menu gains officer commands, the villager's does not.
    await say(app, OFFICER, '/start');
    await say(app, ADMIN, `/grant ${OFFICER} station:ST-WULAN`);
    await press(app, ADMIN, `grant:${OFFICER}:station:ST-WULAN`);
    expect(lastBotText(emulator, ADMIN)).toContain('已授权');

    const officerMenu = emulator.commandsFor(OFFICER).map((c) => c.command);
    const villagerMenu = emulator.commandsFor(VILLAGER).map((c) => c.command);
    const adminMenu = emulator.commandsFor(ADMIN).map((c) => c.command);
    expect(officerMenu).toEqual(expect.arrayContaining(['reports', 'broadcast']));
    expect(villagerMenu).toEqual(expect.arrayContaining(['start', 'officer', 'language']));
    expect(villagerMenu).not.toContain('reports');
    expect(adminMenu).toContain('grant');
    expect(emulator.commandsFor(VILLAGER).find((c) => c.command === 'officer')?.description).toBe(
      '我的驻村民警',
    );

    const store = openStore(db.url);
    try {
      expect(await getUser(store.db, VILLAGER)).toMatchObject({
        villageCode: 'wl-hongqi',
        language: 'zh-CN',
      });
      expect(await getUser(store.db, OFFICER)).toMatchObject({ role: 'officer' });
    } finally {
      await store.close();
    }
  });
});
