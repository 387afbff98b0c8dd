/**
 * A follower sends a screenshot of a scam SMS in WeChat: the adapter answers the push "success"
 * at once, fetches the picture through the temporary media API (served by the emulator), reads it
 * with the OCR reader and sends the verdict as a customer-service message. No OCR, nothing read,
 * a picture too large or gone: a kind reply saying how to paste the text. What was read is never
 * logged. One test runs the real Tesseract on a real screenshot; the others a fake engine behind
 * the real reader (download, size limit, decoding).
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

  it('answers the push at once and sends the verdict when the picture is read', async () => {
    const fake = fakeEngine(SCAM, { hold: true });
    const harness = await start({ screenshots: createScreenshotReader(fake.engine) });
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
    await off.wechat.image('o_wang', SCREENSHOT);
    await off.settled();
    expect(off.wechat.texts('o_wang').at(-1)).toContain('长按那条短信或聊天消息 → 点“复制”');
    await off.close();

    const none = await start({});
    await none.wechat.image('o_wang', SCREENSHOT);
    await none.settled();
    expect(none.wechat.texts('o_wang').at(-1)).toContain('暂时认不出图片里的字');
    await none.close();

    const blank = fakeEngine('   ');
    const empty = await start({ screenshots: createScreenshotReader(blank.engine) });
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

  it.skipIf(missing !== null)(
    'reads a real screenshot with Tesseract and sends the verdict',
    async () => {
      const harness = await start({ screenshots: createScreenshotReader(tesseractEngine()) });
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
