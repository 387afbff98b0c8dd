/**
 * What a villager sees on the screens issue 12 found confusing: expired buttons, prompts without
 * a cancel button, a bare number, a harmless notice, quotes and links in a verdict. Each test
 * plays the villager in the emulator and reads their screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/sandbox/chat-message.js';
import { openStore, type Store } from '../../src/store/database.js';
import { getUser } from '../../src/store/users.repository.js';
import {
  type EmulatorApp,
  press,
  say,
  screen,
  startEmulatorApp,
} from '../helpers/emulator-driver.js';

const VILLAGER = 100001;
const ADMIN = 900001;

function lastAnswer(run: EmulatorApp): string {
  return run.emulator.callbackAnswers({ userId: VILLAGER }).at(-1)?.text ?? '';
}

/** Taps a button on one particular message, as a thumb on an old message would. */
async function tapOn(run: EmulatorApp, message: ChatMessage | undefined, data: string) {
  if (!message) throw new Error(`no message with ${data}`);
  await run.handled(run.emulator.pressButton(VILLAGER, VILLAGER, message.message_id, data));
}

function withButton(run: EmulatorApp, data: string): ChatMessage[] {
  return screen(run.emulator, VILLAGER).filter((m) =>
    JSON.stringify(m.reply_markup ?? {}).includes(JSON.stringify(data)),
  );
}

function buttons(message: ChatMessage | undefined): string[] {
  const rows = (message?.reply_markup as { inline_keyboard?: Array<Array<{ text: string }>> })
    ?.inline_keyboard;
  return (rows ?? []).flat().map((b) => b.text);
}

describe('villager screens', () => {
  let run: EmulatorApp;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await run?.stop();
  });

  /** The app's own database, opened beside it to check what was stored. */
  function db() {
    store ??= openStore(run.databaseUrl);
    return store.db;
  }

  async function onboard(
    people = [
      { id: VILLAGER, first_name: '王大妈' },
      { id: ADMIN, first_name: '赵所长' },
    ],
  ) {
    run = await startEmulatorApp({ people, adminIds: [ADMIN] });
    await say(run, VILLAGER, '/start');
    await press(run, VILLAGER, 'lang:zh-CN');
    await press(run, VILLAGER, 'twp:T-WULAN');
    await press(run, VILLAGER, 'vil:wl-hongqi');
  }

  it('refuses an old onboarding village button kindly instead of moving the villager', async () => {
    await onboard();
    const oldList = withButton(run, 'vil:wl-qianjin').at(-1);
    await tapOn(run, oldList, 'vil:wl-qianjin');
    expect(lastAnswer(run)).toContain('这个按钮已过期');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).not.toContain('已更改');
    expect((await getUser(db(), VILLAGER))?.villageCode).toBe('wl-hongqi');
  });

  it('keeps the village when the poster question is answered "不改", and says so', async () => {
    await onboard();
    await say(run, VILLAGER, '/start v_wl-qianjin');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).toContain('要改成');
    const question = screen(run.emulator, VILLAGER).at(-1);
    await press(run, VILLAGER, 'keepvil');
    const after = screen(run.emulator, VILLAGER).find((m) => m.message_id === question?.message_id);
    expect(after?.text).toContain('不改');
    expect(after?.text).toContain('红旗村');
    expect(screen(run.emulator, VILLAGER).some((m) => m.text?.includes('已更改'))).toBe(false);
    // The question is over (its buttons are gone); a stale client pressing "改成" moves nobody.
    expect(buttons(after)).toEqual([]);
    await run.handled(
      run.emulator.sendRawCallback(VILLAGER, VILLAGER, question?.message_id ?? 0, 'vil:wl-qianjin'),
    );
    expect(lastAnswer(run)).toContain('这个按钮已过期');
    expect((await getUser(db(), VILLAGER))?.villageCode).toBe('wl-hongqi');

    // Typing a question instead of answering the poster's question gets the question answered.
    await say(run, VILLAGER, '/start v_wl-qianjin');
    await say(run, VILLAGER, '身份证丢了怎么补办？');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).toContain('身份证');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).not.toContain('村名');
    await press(run, VILLAGER, 'vil:wl-qianjin');
    expect(lastAnswer(run)).toContain('这个按钮已过期');
    expect((await getUser(db(), VILLAGER))?.villageCode).toBe('wl-hongqi');
  });

  it('stops an old language list from acting after a switch', async () => {
    await onboard();
    await say(run, VILLAGER, '/language');
    const picker = screen(run.emulator, VILLAGER).at(-1);
    await tapOn(run, picker, 'lang:en');
    expect((await getUser(db(), VILLAGER))?.language).toBe('en');
    await tapOn(run, picker, 'lang:zh-CN');
    expect(lastAnswer(run)).toContain('This button has expired');
    expect((await getUser(db(), VILLAGER))?.language).toBe('en');
  });

  it('gives the ask-officer prompt a cancel button, which an old copy cannot reuse', async () => {
    await onboard();
    await say(run, VILLAGER, '📋 办事咨询');
    await press(run, VILLAGER, 'svcc:hukou');
    await press(run, VILLAGER, 'svct:hukou.birth');
    await press(run, VILLAGER, 'ask:hukou.birth');
    const prompt = screen(run.emulator, VILLAGER).at(-1);
    expect(prompt?.text).toContain('驻村民警');
    expect(prompt?.text).not.toContain('/cancel');
    expect(buttons(prompt)).toEqual(['取消']);
    await press(run, VILLAGER, 'cflow:ask');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).toBe('已取消。');
    expect(
      buttons(screen(run.emulator, VILLAGER).find((m) => m.message_id === prompt?.message_id)),
    ).toEqual([]);

    // Asked again, then the villager turns to the scam check without answering: the ask
    // prompt's cancel button, still on screen, must not cancel the scam check.
    await press(run, VILLAGER, 'ask:hukou.birth');
    const second = screen(run.emulator, VILLAGER).at(-1);
    await say(run, VILLAGER, '🛡️ 防骗查询');
    const scamPrompt = screen(run.emulator, VILLAGER).at(-1);
    expect(buttons(scamPrompt)).toEqual(['取消']);
    await tapOn(run, second, 'cflow:ask');
    expect(lastAnswer(run)).toContain('这个按钮已过期');
    await press(run, VILLAGER, 'cflow:scam-check');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).toBe('已取消。');
  });

  it('gives /village a cancel button and leaves the village as it was', async () => {
    await onboard();
    await say(run, VILLAGER, '/village');
    expect(buttons(screen(run.emulator, VILLAGER).at(-1))).toContain('取消');
    await press(run, VILLAGER, 'cflow:village');
    expect(screen(run.emulator, VILLAGER).at(-1)?.text).toBe('已取消。');
    expect((await getUser(db(), VILLAGER))?.villageCode).toBe('wl-hongqi');
  });

  it('checks a bare phone number sent at the menu, with the county blocklist', async () => {
    await onboard();
    await say(run, VILLAGER, '13800138000');
    const clean = screen(run.emulator, VILLAGER).at(-1)?.text ?? '';
    expect(clean).toContain('号码查询');
    expect(clean).toContain('号码库里没有这个号码');
    expect(clean).not.toContain('没有把握');

    await say(run, ADMIN, '/block 17012345678');
    await say(run, VILLAGER, '170-1234-5678');
    const listed = screen(run.emulator, VILLAGER).at(-1)?.text ?? '';
    expect(listed).toContain('号码查询');
    expect(listed).toMatch(/1 次|1 time/);
    expect(listed).not.toContain('号码库里没有这个号码');
  });

  it('shows a harmless notice without a list of danger signs or report buttons', async () => {
    await onboard();
    await say(run, VILLAGER, '🛡️ 防骗查询');
    await say(run, VILLAGER, '村委会通知：明天上午9点在村部开会，请各户派一人参加。');
    const verdict = screen(run.emulator, VILLAGER).at(-1);
    expect(verdict?.text).toContain('未发现明显风险');
    expect(verdict?.text).not.toContain('危险信号');
    expect(buttons(verdict)).not.toContain('🚨 报告给警察');
    expect(buttons(verdict)).not.toContain('😟 我已经被骗了');
  });

  it('quotes whole phrases, not a word from the wrong flag', async () => {
    await onboard();
    await say(run, VILLAGER, '🛡️ 防骗查询');
    await say(
      run,
      VILLAGER,
      '您好，我是农业局的，您的种粮补贴马上要发到您卡上了，等下会收到一个验证码，您把验证码告诉我就行。',
    );
    const verdict = screen(run.emulator, VILLAGER).at(-1);
    expect(verdict?.text).toContain('高风险');
    expect(verdict?.text).toContain('危险信号');
    expect(verdict?.text).toContain('「您把验证码告诉我就行」');
    expect(verdict?.text).not.toContain('「验证码，您把验证码告诉」');
    expect(verdict?.text).not.toContain('「马上」');
    expect(buttons(verdict)).toEqual(['🚨 报告给警察', '😟 我已经被骗了']);
  });

  it('never repeats a phishing link as a live link, and turns previews off', async () => {
    await onboard();
    await say(run, VILLAGER, '🛡️ 防骗查询');
    await say(run, VILLAGER, '医保局通知：请访问 http://ybj-gov.cn/login 领取补贴');
    const verdict = screen(run.emulator, VILLAGER).at(-1);
    expect(verdict?.text).toContain('ybj-gov[.]cn');
    expect(verdict?.text).toContain('hxxp://');
    expect(verdict?.text).not.toContain('ybj-gov.cn');
    expect(verdict?.entities.some((e) => e.type === 'url')).toBe(false);
    expect(verdict?.message.link_preview_options).toEqual({ is_disabled: true });
  });
});
