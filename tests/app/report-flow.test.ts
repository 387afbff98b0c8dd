import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit.repository.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import {
  buttonLike,
  type EmulatorApp,
  lastBotText,
  press as pressAs,
  say as sayAs,
  screen,
  startEmulatorApp,
  untilScreen,
} from '../helpers/emulator-driver.js';
import { ENGINES, routeToGroups } from '../helpers/store.js';

const VILLAGER = 100001;
const OFFICER = 200001;
const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;

describe.each(ENGINES)('a report through the emulator, on %s', (engine) => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('reaches the station and county chats; triage reaches the anonymous reporter; the audit log has each step', async () => {
    const app = await startEmulatorApp({
      engine,
      people: [
        { id: VILLAGER, first_name: '王大妈' },
        { id: OFFICER, first_name: '李警官' },
      ],
    });
    run = app;
    const { emulator } = app;
    emulator.addGroup({ id: STATION_GROUP, title: '乌兰派出所', memberIds: [OFFICER] });
    emulator.addGroup({ id: COUNTY_GROUP, title: '旗指挥中心', memberIds: [OFFICER] });
    const db = { url: run.databaseUrl };
    const store = openStore(db.url);
    try {
      await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
      await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');

      const say = (text: string) => sayAs(app, VILLAGER, text);
      const press = (data: string) => pressAs(app, VILLAGER, data);
      const handled = app.handled;
      await say('/start v_wl-hongqi');
      await press('lang:zh-CN');
      await say('📣 我要反映');
      await press('rpk:clue');
      await press('rpc:vice');
      await say('村东头废弃的羊圈里晚上有人聚赌，车停一排。');
      await handled(emulator.sendPhoto(VILLAGER, { caption: '门口的车', mediaGroupId: 'g1' }));
      await handled(emulator.sendPhoto(VILLAGER, { mediaGroupId: 'g1' }));
      await press('rpn:done');
      await handled(emulator.sendLocation(VILLAGER, 43.95, 116.08));
      await press('rpn:today');
      await press('rpn:anon');
      await press(buttonLike(emulator, VILLAGER, 'rpy:'));
      expect(lastBotText(emulator, VILLAGER)).toMatch(/已匿名提交，编号 JF-\d{8}-0001/);

      // The cards are notices, delivered right after the report is stored: wait for them.
      await untilScreen(emulator, STATION_GROUP, (m) => m.length > 0, 'the station card');
      await untilScreen(emulator, COUNTY_GROUP, (m) => m.length > 0, 'the county card');
      const card = screen(emulator, STATION_GROUP).at(-1);
      expect(card?.text).toContain('聚赌');
      expect(card?.text).toContain('匿名');
      const countyCard = screen(emulator, COUNTY_GROUP).at(-1);
      expect(countyCard?.text).toContain('43.95000');

      await sayAs(app, OFFICER, '/start');
      // The reporter's news and the card edits are notices too: wait for the delivery loop.
      const until = (chatId: number, text: string) =>
        untilScreen(emulator, chatId, (m) => !!m.at(-1)?.text?.includes(text), text);
      await pressAs(app, OFFICER, 'tra:1', STATION_GROUP);
      await until(VILLAGER, '已受理');
      expect(lastBotText(emulator, VILLAGER)).toContain('已受理');
      await until(STATION_GROUP, '已受理');
      expect(screen(emulator, STATION_GROUP).at(-1)?.text).toContain('已受理');

      await pressAs(app, OFFICER, 'trs:1:in_progress', STATION_GROUP);
      await until(VILLAGER, '处理中');
      expect(lastBotText(emulator, VILLAGER)).toContain('处理中');
      await pressAs(app, OFFICER, 'trs:1:resolved', STATION_GROUP);
      await until(VILLAGER, '已解决');
      expect(lastBotText(emulator, VILLAGER)).toContain('已解决');
      await press('myf:1:yes');
      expect(lastBotText(emulator, VILLAGER)).toContain('已办结');

      const audit = (await listAudit(store.db, { subject: 'report:1' })).map((a) => a.action);
      expect(audit).toEqual([
        'report.create',
        'report.accept',
        'report.status',
        'report.status',
        'report.feedback.satisfied',
      ]);
      const officerScreens = [
        ...screen(emulator, STATION_GROUP),
        ...screen(emulator, COUNTY_GROUP),
        ...screen(emulator, OFFICER),
      ]
        .map((m) => m.text ?? '')
        .join('\n');
      expect(officerScreens).not.toContain('王大妈');
      expect(officerScreens).not.toContain(String(VILLAGER));
    } finally {
      await store.close();
    }
  });
});
