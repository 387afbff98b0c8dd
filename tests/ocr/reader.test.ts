/**
 * The screenshot reader on rendered fixtures (scripts/render-screenshots.ts) with the real
 * Tesseract, plus its limits. Skips the Tesseract cases, saying why, when it is not installed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../src/domain/fraud/index.js';
import {
  cleanOcrText,
  createScreenshotReader,
  looksLikeMessage,
  OcrError,
  tesseractEngine,
} from '../../src/ocr/index.js';
import { createLimiter } from '../../src/ocr/limiter.js';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const engine = tesseractEngine();
const missing = await engine.missing();
if (missing) console.warn(`⚠ OCR tests skipped: ${missing}`);

describe.skipIf(missing !== null)('reading screenshots with Tesseract', () => {
  const reader = createScreenshotReader(engine, { timeoutMs: 60_000 });

  it('reads a light SMS screenshot (Telegram JPEG) well enough for a high verdict', async () => {
    const text = await reader.read(fixture('scam-sms-light.jpg'));
    expect(text).toContain('安全账户');
    expect(checkMessage(text).risk).toBe('high');
  }, 60_000);

  it('reads a dark chat screenshot', async () => {
    const text = await reader.read(fixture('scam-chat-dark.jpg'));
    expect(text).toContain('别告诉我爸妈');
  }, 60_000);

  it('an ordinary message stays below high', async () => {
    const text = await reader.read(fixture('benign-sms-dark.png'));
    expect(text).toContain('降压药');
    expect(checkMessage(text).risk).not.toBe('high');
  }, 60_000);

  it('gives up after the timeout', async () => {
    const hasty = createScreenshotReader(engine, { timeoutMs: 1 });
    await expect(hasty.read(fixture('scam-sms-light.jpg'))).rejects.toMatchObject({
      reason: 'timeout',
    });
  }, 60_000);
});

describe('reader limits', () => {
  const fake = { missing: async () => null, recognise: async () => '' };

  it('refuses too many bytes, too many pixels and GIFs before OCR', async () => {
    const small = createScreenshotReader(fake, { maxBytes: 1000 });
    await expect(small.read(fixture('scam-sms-light.jpg'))).rejects.toMatchObject({
      reason: 'too-large',
    });
    const few = createScreenshotReader(fake, { maxPixels: 1000 });
    await expect(few.read(fixture('scam-sms-light.jpg'))).rejects.toMatchObject({
      reason: 'too-large',
    });
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1');
    await expect(createScreenshotReader(fake).read(gif)).rejects.toBeInstanceOf(OcrError);
  });

  it('runs one at a time and refuses beyond the queue', async () => {
    const limiter = createLimiter(1, 1);
    let release = () => {};
    const first = limiter.run(() => new Promise<void>((r) => (release = r)));
    const second = limiter.run(async () => 'second');
    await expect(limiter.run(async () => 'third')).rejects.toMatchObject({ reason: 'busy' });
    release();
    await first;
    await expect(second).resolves.toBe('second');
  });
});

describe('OCR text', () => {
  it('joins spaced-out Chinese and wrapped lines, drops chrome', () => {
    const text = cleanOcrText('短信\n请 把 银\n行卡号 发给我\n\nOK\n');
    expect(text).toBe('请把银行卡号发给我');
  });

  it('only message-like text counts as a message', () => {
    expect(looksLikeMessage('请把银行卡号和验证码发给我，马上办理')).toBe(true);
    expect(looksLikeMessage('A-1234 牛')).toBe(false);
  });
});
