/**
 * What officers and admins see on the screens issue 12 found confusing: commands in the station
 * and county groups, refusals for another station, broadcast prompts and reviews in plain words,
 * quiet hours explained, delivered said as delivered, and clear errors for unknown codes and ids.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SUBSCRIPTION } from '../../src/domain/awareness/subscription.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { openStore, type Store } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { COUNTY_MORNING, useClockFrom } from '../helpers/clock.js';
import {
  type EmulatorApp,
  lastBotText,
  press,
  say,
  screen,
  startEmulatorApp,
  until,
  untilText,
} from '../helpers/emulator-driver.js';
import { routeToGroups, saveSettingsOf } from '../helpers/store.js';

const QUIET_VILLAGER = 100001; // 红旗村, in quiet hours at 10:00
const AWAKE_VILLAGER = 100002; // 前进村, no quiet hours
const OFFICER = 200001; // 乌兰派出所
const OTHER_OFFICER = 200002; // 新民派出所
const ADMIN = 900001;
const STATION_GROUP = -100100;
const COUNTY_GROUP = -100200;

describe('officer and admin screens', () => {
  // 10:00 in the county, whatever the hour of the run.
  useClockFrom(COUNTY_MORNING);
  let run: EmulatorApp;
  let store: Store;
  afterEach(async () => {
    await store?.close();
    await run?.stop();
  });

  async function setUp() {
    run = await startEmulatorApp({
      people: [
        { id: QUIET_VILLAGER, first_name: '王大妈' },
        { id: AWAKE_VILLAGER, first_name: 'Bataar' },
        { id: OFFICER, first_name: '李警官' },
        { id: OTHER_OFFICER, first_name: '刘警官' },
        { id: ADMIN, first_name: '赵所长' },
      ],
      adminIds: [ADMIN],
    });
    run.emulator.addGroup({
      id: STATION_GROUP,
      title: '乌兰派出所',
      memberIds: [OFFICER, OTHER_OFFICER, QUIET_VILLAGER],
    });
    run.emulator.addGroup({ id: COUNTY_GROUP, title: '旗指挥中心', memberIds: [OFFICER, ADMIN] });
    store = openStore(run.databaseUrl);
    await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
    await grantOfficer(store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
    await grantOfficer(store.db, OTHER_OFFICER, { kind: 'station', code: 'ST-XINMIN' }, '刘警官');
    for (const [id, village] of [
      [QUIET_VILLAGER, 'wl-hongqi'],
      [AWAKE_VILLAGER, 'wl-qianjin'],
    ] as const) {
      await say(run, id, `/start v_${village}`);
      await press(run, id, 'lang:zh-CN');
    }
    const settings = (quietStart: string, quietEnd: string) => ({
      ...structuredClone(DEFAULT_SUBSCRIPTION),
      quietStart,
      quietEnd,
    });
    await saveSettingsOf(store.db, telegramAddress(QUIET_VILLAGER), settings('09:00', '13:00'));
    await saveSettingsOf(store.db, telegramAddress(AWAKE_VILLAGER), settings('00:00', '00:00'));
  }

  const inGroup = (group: number) => lastBotText(run.emulator, group);

  /** The officer writes an anti-fraud tip in Chinese and English for both villages. */
  async function submitTip(villages: string[]) {
    await say(run, OFFICER, '/broadcast');
    expect(JSON.stringify(screen(run.emulator, OFFICER).at(-1)?.reply_markup)).toContain('取消');
    await press(run, OFFICER, 'bck:antifraud');
    const askZh = screen(run.emulator, OFFICER).at(-1);
    expect(askZh?.text).toContain('请输入提醒内容（中文）');
    expect(JSON.stringify(askZh?.reply_markup)).toContain('cflow:broadcast');
    await say(run, OFFICER, '近期有人冒充医保局打电话，要验证码的一律挂断。');
    await press(run, OFFICER, 'bcl:en');
    expect(lastBotText(run.emulator, OFFICER)).toContain('（English）');
    await say(run, OFFICER, 'Hang up on callers who ask for a code.');
    await press(run, OFFICER, 'bcl:done');
    await press(run, OFFICER, 'bcn');
    await press(run, OFFICER, 'bcg:villages');
    for (const v of villages) await press(run, OFFICER, `bcp:${v}`);
    await press(run, OFFICER, 'bcg:done');
    await press(run, OFFICER, 'bcw:now');
    const previews = screen(run.emulator, OFFICER)
      .map((m) => m.text ?? '')
      .filter((t) => t.startsWith('👁'));
    expect(previews.some((t) => t.includes('预览（中文）'))).toBe(true);
    expect(previews.some((t) => t.includes('预览（English）'))).toBe(true);
    expect(previews.join('\n')).not.toMatch(/zh-CN|（en）/);
    await press(run, OFFICER, 'bcs:submit');
  }

  it('answers officer commands in their own groups, refuses others kindly, and lists group menus', async () => {
    await setUp();
    await run.app.menus.firstTry;
    const groupMenu = run.emulator.commandsFor(OFFICER, STATION_GROUP).map((c) => c.command);
    expect(groupMenu).toEqual(['reports', 'stats', 'officer']);
    const privateMenu = run.emulator.commandsFor(QUIET_VILLAGER).map((c) => c.command);
    expect(privateMenu).toContain('village');
    expect(groupMenu).not.toContain('start');

    await say(run, OFFICER, '/officer', { chatId: STATION_GROUP });
    expect(inGroup(STATION_GROUP)).toContain('乌兰派出所');
    expect(inGroup(STATION_GROUP)).toContain('红旗村（乌兰镇）：张建军 13804790101');
    expect(inGroup(STATION_GROUP)).not.toContain('新民派出所');
    await say(run, OFFICER, '/officer', { chatId: COUNTY_GROUP });
    expect(inGroup(COUNTY_GROUP)).toContain('新民派出所');

    await say(run, OTHER_OFFICER, '/reports', { chatId: STATION_GROUP });
    expect(inGroup(STATION_GROUP)).toContain('不属于您的辖区');
    expect(inGroup(STATION_GROUP)).not.toContain('只供民警使用');
    await say(run, QUIET_VILLAGER, '/stats', { chatId: STATION_GROUP });
    expect(inGroup(STATION_GROUP)).toContain('只供民警使用');
  });

  it('names places and languages, explains quiet hours, and refuses another station kindly', async () => {
    await setUp();
    await submitTip(['wl-hongqi', 'wl-qianjin']);
    await untilText(run.emulator, ADMIN, '待审核提醒 #1');
    const review = screen(run.emulator, ADMIN).at(-1)?.text ?? '';
    expect(review).toContain('接收 2 人');
    expect(review).toContain('发送范围：红旗村（乌兰镇）、前进村（乌兰镇）');

    await say(run, OTHER_OFFICER, '/whoami');
    const own = screen(run.emulator, OTHER_OFFICER).at(-1);
    await run.handled(
      run.emulator.sendRawCallback(
        OTHER_OFFICER,
        OTHER_OFFICER,
        own?.message_id ?? 0,
        'brv:1:approve',
      ),
    );
    const refusal = run.emulator.callbackAnswers({ userId: OTHER_OFFICER }).at(-1)?.text ?? '';
    expect(refusal).toContain('不在您的辖区');
    expect(refusal).not.toContain('只供民警使用');

    await press(run, ADMIN, 'brv:1:approve');
    const approved = screen(run.emulator, ADMIN).at(-1)?.text ?? '';
    expect(approved).toContain('免打扰');
    expect(approved).toContain('1 人会在 2026-06-15 13:00');
    expect(approved).toContain('其余 1 人现在就发');
    expect(approved).not.toContain('正在发送给 2 人');
    await untilText(run.emulator, OFFICER, '已由 赵所长 批准');
    expect(lastBotText(run.emulator, OFFICER)).toContain('免打扰');

    await untilText(run.emulator, AWAKE_VILLAGER, '冒充医保局');
    await until(
      async () =>
        (
          await store.db
            .selectFrom('broadcast_recipients')
            .select('user_id')
            .where('user_id', '=', AWAKE_VILLAGER)
            .where('status', 'in', ['pending', 'claimed'])
            .execute()
        ).length === 0,
      'the awake villager’s copy to be recorded as sent',
    );
    await say(run, OFFICER, '/broadcast_status 1');
    expect(lastBotText(run.emulator, OFFICER)).toContain(
      '等待免打扰时段结束，2026-06-15 13:00 发出',
    );
  });

  it('says 已送达 once every copy went', async () => {
    await setUp();
    await submitTip(['wl-qianjin']);
    // The draft is submitted: its old time buttons have expired and say so.
    await press(run, OFFICER, 'bcw:now');
    expect(run.emulator.callbackAnswers({ userId: OFFICER }).at(-1)?.text).toContain(
      '这个按钮已过期',
    );
    await untilText(run.emulator, ADMIN, '待审核提醒 #1');
    await press(run, ADMIN, 'brv:1:approve');
    expect(lastBotText(run.emulator, ADMIN)).toContain('正在发送给 1 人');
    await untilText(run.emulator, AWAKE_VILLAGER, '冒充医保局');
    await until(
      async () =>
        (
          await store.db
            .selectFrom('broadcast_recipients')
            .select('user_id')
            .where('status', 'in', ['pending', 'claimed'])
            .execute()
        ).length === 0,
      'every copy to be recorded as sent',
    );
    await say(run, OFFICER, '/broadcast_status 1');
    expect(lastBotText(run.emulator, OFFICER)).toContain('提醒 #1（已送达）');
    expect(lastBotText(run.emulator, OFFICER)).not.toContain('已批准');
  });

  it('gives clear errors for unknown stations, townships, ids and broadcasts', async () => {
    await setUp();
    await say(run, ADMIN, '/grant 300001 station:ST-NOPE');
    expect(lastBotText(run.emulator, ADMIN)).toContain('没有代码为 ST-NOPE 的派出所');
    expect(lastBotText(run.emulator, ADMIN)).toContain('station:ST-WULAN');
    await say(run, ADMIN, '/grant 300001 township:T-NOPE');
    expect(lastBotText(run.emulator, ADMIN)).toContain('没有代码为 T-NOPE 的乡镇');
    await say(run, ADMIN, '/grant abc station:ST-WULAN');
    expect(lastBotText(run.emulator, ADMIN)).toContain('“abc”不是有效的用户 ID');
    await say(run, ADMIN, '/revoke 424242');
    expect(lastBotText(run.emulator, ADMIN)).toContain('用户 424242 不是民警');
    await say(run, ADMIN, '/broadcast_status 77');
    expect(lastBotText(run.emulator, ADMIN)).toContain('没有编号为 #77 的提醒');
  });

  it('shows officers, campaigns and help in words, not codes or cron', async () => {
    await setUp();
    await say(run, ADMIN, '/officers');
    const officers = lastBotText(run.emulator, ADMIN);
    expect(officers).toContain('李警官（200001）—— 乌兰派出所');
    expect(officers).not.toMatch(/station:|ST-/);

    await say(run, ADMIN, '/campaigns');
    const campaigns = screen(run.emulator, ADMIN).at(-1);
    expect(campaigns?.text).toContain('每日反诈提醒：每天 09:00 · 运行中 · 下次：2026-06-16 09:00');
    expect(campaigns?.text).toContain('每周普法：每周一 19:00');
    expect(campaigns?.text).not.toMatch(/antifraud-daily|\* \*/);
    expect(JSON.stringify(campaigns?.reply_markup)).toContain('⏸ 暂停每日反诈提醒');

    await say(run, OFFICER, '/help');
    const help = screen(run.emulator, OFFICER)
      .slice(-2)
      .map((m) => m.text)
      .join('\n');
    expect(help).toContain('/broadcast_status 编号');
    expect(help).toContain('/redeem 兑换码 积分 物品');
  });
});
