/**
 * A follower in 防骗查询 sends a screenshot of a scam SMS in WeChat: the adapter answers the push "success"
 * at once, fetches the picture through the temporary media API (served by the emulator), reads it
 * with the OCR reader and sends the verdict as a customer-service message. No OCR, nothing read,
 * a picture too large or gone: a kind reply saying how to paste the text. What was read is never
 * logged. One test runs the real Tesseract on a real screenshot; the others a fake engine behind
 * the real reader (download, size limit, decoding). Outside 防骗查询, as on Telegram, only a
 * picture that plainly holds a message is offered the check; a cow gets a kind reply and the menu.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createScreenshotReader,
  noOcrEngine,
  type OcrEngine,
  tesseractEngine,
} from '../../../src/ocr/index.js';
import { ENGINES } from '../../helpers/store.js';
import { type HarnessOptions, startWechatHarness, type WechatHarness } from './wechat-harness.js';

const SCREENSHOT = readFileSync(new URL('../../ocr/fixtures/scam-sms-light.jpg', import.meta.url));
const SCAM =
  '我是市公安局刑侦支队王警官，你涉嫌洗钱案。请把存款转到我们指定的安全账户核查，不要告诉任何人。详情 http://gov-check.top/a';
const missing = await tesseractEngine().missing();
if (missing) console.warn(`⚠ WeChat screenshot with Tesseract skipped: ${missing}`);

/** An engine that reads `text`, and waits for `release()` first when asked to. */
function fakeEngine(text: string, options: { hold?: boolean } = {}) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started = () => {};
  const startedSignal = new Promise<void>((resolve) => {
    started = resolve;
  });
  const engine: OcrEngine & { runs: number } = {
    runs: 0,
    missing: async () => null,
    async recognise() {
      engine.runs++;
      started();
      if (options.hold) await released;
      return text;
    },
  };
  return { engine, release, started: startedSignal };
}

describe.each(ENGINES)('screenshots on WeChat (%s)', (engine) => {
  let h: WechatHarness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  async function start(options: HarnessOptions): Promise<WechatHarness> {
    h = await startWechatHarness(engine, options);
    await h.wechat.follow('o_wang', { scene: 'wl-hongqi' });
    await h.settled();
    return h;
  }

  /** The follower taps 防骗查询: the next picture is the message to check. */
  async function scamCheck(harness: WechatHarness): Promise<void> {
    await harness.wechat.choose('o_wang', 'main:scam', '防骗查询');
    await harness.settled();
  }

  it('answers the push at once and sends the verdict when the picture is read', async () => {
    const fake = fakeEngine(SCAM, { hold: true });
    const harness = await start({ screenshots: createScreenshotReader(fake.engine) });
    await scamCheck(harness);
    const before = harness.wechat.received('o_wang').length;

    const push = await harness.wechat.image('o_wang', SCREENSHOT, { contentType: 'image/jpeg' });
    // Answered before the picture is read: one try, no retry from WeChat.
    expect(push).toMatchObject({ status: 200, body: 'success', attempts: 1 });
    await fake.started;
    expect(harness.wechat.received('o_wang')).toHaveLength(before);
    expect(harness.wechat.state.calls.some((c) => c.path === '/cgi-bin/media/get')).toBe(true);

    fake.release();
    await harness.settled();
    const [verdict, choices, ...rest] = harness.wechat.texts('o_wang').slice(before);
    expect(choices).toContain('[😟 我已经被骗了]');
    expect(rest).toEqual([]);
    expect(verdict).toContain('我从图片里读到的文字');
    expect(verdict).toContain('🔴');
    expect(verdict).toContain('「安全账户」');
    // The link read from the picture is quoted dead, in the read text and in the verdict.
    expect(verdict).toContain('hxxp://gov-check[.]top/a');
    expect(verdict).not.toContain('http://gov-check.top');
    // Nothing read is logged.
    expect(harness.logs.join('\n')).not.toContain('安全账户');
    expect(harness.logs.join('\n')).not.toContain('gov-check');
  });

  it('in 防骗查询 the picture is the message checked, and the flow ends', async () => {
    const fake = fakeEngine(SCAM);
    const harness = await start({ screenshots: createScreenshotReader(fake.engine) });
    await harness.wechat.choose('o_wang', 'main:scam', '防骗查询');
    await harness.settled();
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    expect(harness.wechat.texts('o_wang').at(-2)).toContain('🔴');
    const row = await harness.store.db
      .selectFrom('wechat_residents')
      .select('flow')
      .where('openid', '=', 'o_wang')
      .executeTakeFirst();
    expect(row).toEqual({ flow: null });
  });

  it('without OCR on this server, or when nothing is read, says how to paste the text', async () => {
    const off = await start({ screenshots: createScreenshotReader(noOcrEngine) });
    await scamCheck(off);
    await off.wechat.image('o_wang', SCREENSHOT);
    await off.settled();
    expect(off.wechat.texts('o_wang').at(-1)).toContain('长按那条短信或聊天消息 → 点“复制”');
    await off.close();

    const none = await start({});
    await scamCheck(none);
    await none.wechat.image('o_wang', SCREENSHOT);
    await none.settled();
    expect(none.wechat.texts('o_wang').at(-1)).toContain('暂时认不出图片里的字');
    await none.close();

    const blank = fakeEngine('   ');
    const empty = await start({ screenshots: createScreenshotReader(blank.engine) });
    await scamCheck(empty);
    await empty.wechat.image('o_wang', SCREENSHOT);
    await empty.settled();
    expect(blank.engine.runs).toBe(1);
    expect(empty.wechat.texts('o_wang').at(-1)).toContain('图片里没认出文字');
  });

  it('a picture over the size limit is refused before it is read', async () => {
    const fake = fakeEngine(SCAM);
    const harness = await start({
      screenshots: createScreenshotReader(fake.engine, { maxBytes: 10_000 }),
    });
    await scamCheck(harness);
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    expect(fake.engine.runs).toBe(0);
    expect(harness.wechat.texts('o_wang').at(-1)).toContain('这张图片太大了');
    expect(
      harness.logs.some((l) => l.includes('screenshot not read') && l.includes('too-large')),
    ).toBe(true);
  });

  it('a media id WeChat no longer has (40007) gets the kind reply; a revoked token is renewed', async () => {
    const fake = fakeEngine(SCAM);
    const harness = await start({ screenshots: createScreenshotReader(fake.engine) });
    await scamCheck(harness);
    await harness.wechat.raw('o_wang', {
      MsgType: 'image',
      MediaId: 'media_gone',
      PicUrl: 'http://mmbiz.qpic.cn/gone/0',
      MsgId: '77001',
    });
    await harness.settled();
    expect(harness.wechat.state.calls).toContainEqual({
      path: '/cgi-bin/media/get',
      errcode: 40007,
    });
    expect(harness.wechat.texts('o_wang').at(-1)).toContain('图片里没认出文字');
    expect(fake.engine.runs).toBe(0);

    await scamCheck(harness);
    harness.wechat.revokeToken();
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    expect(harness.wechat.state.calls).toContainEqual({
      path: '/cgi-bin/media/get',
      errcode: 40001,
    });
    expect(fake.engine.runs).toBe(1);
    expect(harness.wechat.texts('o_wang').at(-2)).toContain('🔴');
  });

  it('outside 防骗查询 a picture that holds a message is offered the check, read again on a tap', async () => {
    const fake = fakeEngine(SCAM);
    const harness = await start({ screenshots: createScreenshotReader(fake.engine) });
    const before = harness.wechat.received('o_wang').length;
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    const [offer, ...rest] = harness.wechat.received('o_wang').slice(before) as Array<{
      msgtype: string;
      msgmenu: { head_content: string; list: Array<{ id: string; content: string }> };
    }>;
    expect(rest).toEqual([]);
    expect(offer?.msgtype).toBe('msgmenu');
    expect(offer?.msgmenu.head_content).toBe(
      '图片里好像是一条短信或聊天记录。要帮您查一查是不是诈骗吗？',
    );
    const [item] = offer?.msgmenu.list ?? [];
    expect(item?.content).toBe('🛡️ 查一查');
    expect(fake.engine.runs).toBe(1);
    // Nothing read is kept for the offer: the tap reads the picture again.
    await harness.wechat.choose('o_wang', item?.id ?? '', item?.content);
    await harness.settled();
    expect(fake.engine.runs).toBe(2);
    expect(harness.wechat.texts('o_wang').at(-2)).toContain('🔴');
    expect(harness.wechat.texts('o_wang').at(-2)).toContain('我从图片里读到的文字');

    // Typing "1" to a fresh offer is the tap; after 30 minutes the offer has expired.
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    await harness.wechat.text('o_wang', '1');
    await harness.settled();
    expect(harness.wechat.texts('o_wang').at(-2)).toContain('🔴');
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    const stale = (harness.wechat.received('o_wang').at(-1) as typeof offer)?.msgmenu.list[0];
    harness.advance(31 * 60_000);
    await harness.wechat.choose('o_wang', stale?.id ?? '', stale?.content);
    await harness.settled();
    expect(harness.wechat.texts('o_wang').at(-1)).toBe('时间过了，请再发一次图片。');
  });

  it('outside 防骗查询 a photo of a cow gets a kind reply and the menu, and no check', async () => {
    const cow = fakeEngine('A 1207');
    const harness = await start({ screenshots: createScreenshotReader(cow.engine) });
    const before = harness.wechat.received('o_wang').length;
    await harness.wechat.image('o_wang', SCREENSHOT);
    await harness.settled();
    const [reply, menu, ...rest] = harness.wechat.texts('o_wang').slice(before);
    expect(reply).toContain('收到您的图片，谢谢');
    expect(menu).toContain('[防骗查询]');
    expect(rest).toEqual([]);
    expect(cow.engine.runs).toBe(1);
    expect(harness.logs.join('\n')).not.toContain('1207');

    // No OCR on this server: the same kind reply, never the check.
    const off = await start({ screenshots: createScreenshotReader(noOcrEngine) });
    await off.wechat.image('o_wang', SCREENSHOT);
    await off.settled();
    expect(off.wechat.texts('o_wang').at(-2)).toContain('收到您的图片，谢谢');
    await off.close();
  });

  it.skipIf(missing !== null)(
    'outside 防骗查询 a real screenshot read by Tesseract is offered the check',
    async () => {
      const harness = await start({ screenshots: createScreenshotReader(tesseractEngine()) });
      await harness.wechat.image('o_wang', SCREENSHOT, { contentType: 'image/jpeg' });
      await harness.settled();
      expect(harness.wechat.texts('o_wang').at(-1)).toContain('要帮您查一查是不是诈骗吗');
    },
    90_000,
  );

  it.skipIf(missing !== null)(
    'reads a real screenshot with Tesseract and sends the verdict',
    async () => {
      const harness = await start({ screenshots: createScreenshotReader(tesseractEngine()) });
      await scamCheck(harness);
      const push = await harness.wechat.image('o_wang', SCREENSHOT, { contentType: 'image/jpeg' });
      expect(push).toMatchObject({ status: 200, body: 'success', attempts: 1 });
      await harness.settled();
      const verdict = harness.wechat.texts('o_wang').at(-2) ?? '';
      expect(verdict).toContain('我从图片里读到的文字');
      expect(verdict).toContain('高风险');
      expect(verdict).toContain('「安全账户」');
      expect(harness.logs.join('\n')).not.toContain('安全账户');
    },
    90_000,
  );
});
