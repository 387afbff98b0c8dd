import { afterEach, describe, expect, it } from 'vitest';
import {
  type EmulatorApp,
  press,
  say,
  screen,
  startEmulatorApp,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;

describe('scam check through the emulator', () => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('forwarding a scam gives the verdict with quoted red flags and the two buttons', async () => {
    run = await startEmulatorApp({ people: [{ id: VILLAGER, first_name: '王大妈' }] });
    const { emulator } = run;
    const app = run;
    await say(app, VILLAGER, '/start v_wl-hongqi');
    await press(app, VILLAGER, 'lang:zh-CN');
    await say(
      app,
      VILLAGER,
      '【公安局】您涉嫌洗钱，请立即将资金转入安全账户配合调查，不要告诉家人。',
      { forwardSenderName: '陌生号码' },
    );
    const verdict = screen(emulator, VILLAGER).at(-1);
    expect(verdict?.text).toContain('高风险');
    expect(verdict?.text).toContain('「安全账户」');
    expect(JSON.stringify(verdict?.reply_markup)).toContain('报告给警察');
    expect(JSON.stringify(verdict?.reply_markup)).toContain('我已经被骗了');
  });
});
