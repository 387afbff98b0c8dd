/**
 * The sandbox after a short, typical morning: 王大妈 asks a service question and reports a land
 * dispute, 李警官 asks for /stats and writes an anti-fraud tip, 赵所长 receives it for review.
 * It drives the real app against the emulator exactly as the tests do (tests/helpers, so it runs
 * under vitest: `npm run screens`), and opens the sandbox web chat on the same emulator, so a
 * browser can show each person's screen.
 */
import { createWebChat, type WebChat } from '../../src/sandbox/webchat.js';
import { openStore } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import {
  buttonLike,
  type EmulatorApp,
  press,
  say,
  startEmulatorApp,
  untilText,
} from '../../tests/helpers/emulator-driver.js';
import { routeToGroups } from '../../tests/helpers/store.js';

export const WANG = 100001;
export const LI = 200001;
export const ZHAO = 900001;
export const STATION_GROUP = -100100;
export const COUNTY_GROUP = -100200;

export interface Scenario {
  run: EmulatorApp;
  webChat: WebChat;
  stop(): Promise<void>;
}

/** One screen to capture: who looks at which chat, and what must be on it. */
export interface ScreenSpec {
  name: string;
  viewer: number;
  chat: number;
  /** Text the newest messages must show, so the capture waits for the right moment. */
  expect: string;
}

export const SCREENS: ScreenSpec[] = [
  { name: 'stats', viewer: LI, chat: LI, expect: '反映统计' },
  { name: 'report-card', viewer: LI, chat: STATION_GROUP, expect: '土地' },
  { name: 'review-request', viewer: ZHAO, chat: ZHAO, expect: '待审核提醒' },
  { name: 'service-answer', viewer: WANG, chat: WANG, expect: '身份证' },
];

export async function playScenario(): Promise<Scenario> {
  const run = await startEmulatorApp({ people: [], adminIds: [ZHAO] });
  // The web chat adds the sandbox's personas (王大妈, Bataar, 李警官, 赵所长) and both groups.
  const webChat = createWebChat({ emulator: run.emulator, port: 0 });
  await webChat.start();
  const store = openStore(run.databaseUrl);
  try {
    await routeToGroups(store.db, STATION_GROUP, COUNTY_GROUP);
    await grantOfficer(store.db, LI, { kind: 'station', code: 'ST-WULAN' }, '李警官');
  } finally {
    await store.close();
  }
  await say(run, LI, '/start v_wl-hongqi');
  await press(run, LI, 'lang:zh-CN');
  await say(run, ZHAO, '/start v_wl-hongqi');
  await press(run, ZHAO, 'lang:zh-CN');

  // 王大妈: set up by the poster's link, then a land dispute, then a service question.
  await say(run, WANG, '/start v_wl-hongqi');
  await press(run, WANG, 'lang:zh-CN');
  await say(run, WANG, '📣 我要反映');
  await press(run, WANG, 'rpk:dispute');
  await press(run, WANG, 'rpc:land');
  await say(run, WANG, '邻居家把院墙往我家地里砌了两米，说了几次不听。');
  await press(run, WANG, 'rpn:done');
  await run.handled(run.emulator.sendLocation(WANG, 43.952, 116.071));
  await press(run, WANG, 'rpn:today');
  await press(run, WANG, 'rpn:named');
  await press(run, WANG, buttonLike(run.emulator, WANG, 'rpy:'));
  await untilText(run.emulator, STATION_GROUP, '土地');
  await say(run, WANG, '身份证丢了怎么补办？');

  // 李警官: a tip for 红旗村 goes to review; then the week's figures.
  await say(run, LI, '/broadcast');
  await press(run, LI, 'bck:antifraud');
  await say(
    run,
    LI,
    '近期有人冒充医保局打电话，让您说验证码。要验证码的电话一律挂断，拿不准就问驻村民警。',
  );
  await press(run, LI, 'bcl:done');
  await press(run, LI, 'bcn');
  await press(run, LI, 'bcg:villages');
  await press(run, LI, 'bcp:wl-hongqi');
  await press(run, LI, 'bcg:done');
  await press(run, LI, 'bcw:now');
  await press(run, LI, 'bcs:submit');
  await untilText(run.emulator, ZHAO, '待审核提醒');
  await say(run, LI, '/stats');
  await untilText(run.emulator, LI, '反映统计');

  return {
    run,
    webChat,
    async stop() {
      await webChat.stop();
      await run.stop();
    },
  };
}
