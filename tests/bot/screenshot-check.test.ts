/**
 * A villager sends a screenshot in 防骗查询 and gets the verdict with quoted red flags; bad
 * pictures (no text, a cow, 20 MB, a GIF, a sticker, no OCR here) get a kind reply. The OCR
 * engine is a fake that returns what the test says the picture holds; the reader around it
 * (download, size limits, decoding) is the real one.
 */
import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { createScreenshotReader, type OcrEngine } from '../../src/ocr/index.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { API_ROOT, TEST_TOKEN } from '../helpers/fake-telegram.js';
import { STICKER } from '../helpers/messages.js';

const SCREENSHOT = readFileSync(new URL('../ocr/fixtures/scam-sms-light.jpg', import.meta.url));
const SCAM =
  '我是市公安局刑侦支队王警官，你涉嫌洗钱案。请把存款转到我们指定的安全账户核查，不要告诉任何人。';
const VILLAGER = 300001;

function fakeEngine(text: string, missing: string | null = null): OcrEngine & { runs: number } {
  const engine = {
    runs: 0,
    missing: async () => missing,
    recognise: async () => {
      engine.runs++;
      return text;
    },
  };
  return engine;
}

/** Serves the picture at the path fake getFile hands out. */
function serveFile(fileId: string, bytes: Uint8Array): void {
  nock(API_ROOT).get(`/file/bot${TEST_TOKEN}/files/${fileId}`).reply(200, Buffer.from(bytes));
}

const photo = (fileId: string, fileSize = SCREENSHOT.length) => ({
  photo: [
    { file_id: fileId, file_unique_id: fileId, width: 576, height: 1280, file_size: fileSize },
  ],
});

describe('screenshots in the scam check', () => {
  let app: TestApp | undefined;
  afterEach(() => app?.stop());

  async function villagerInScamCheck(engine: OcrEngine) {
    app = await createTestApp({ screenshots: createScreenshotReader(engine) });
    const villager = app.person({ id: VILLAGER });
    await villager.send('🛡️ 防骗查询');
    return villager;
  }

  it('a screenshot of a scam SMS gets the verdict with the flags quoted, and the text is not logged', async () => {
    const villager = await villagerInScamCheck(fakeEngine(SCAM));
    serveFile('shot1', SCREENSHOT);
    await villager.sendMessage(photo('shot1'));
    const reply = villager.lastText();
    expect(reply).toContain('图片里读到的文字');
    expect(reply).toContain('高风险');
    expect(reply).toContain('「安全账户」');
    expect(JSON.stringify(app?.logger.entries)).not.toContain('安全账户');
  });

  it('a screenshot with no text (or a photo of a cow) asks for the text instead', async () => {
    const villager = await villagerInScamCheck(fakeEngine(' \n~ .\n'));
    serveFile('cow', SCREENSHOT);
    await villager.sendMessage(photo('cow'));
    expect(villager.lastText()).toContain('没看到文字，请把短信文字复制发来');
  });

  it('a 20 MB image is refused before anything is downloaded', async () => {
    const engine = fakeEngine(SCAM);
    const villager = await villagerInScamCheck(engine);
    await villager.sendMessage({
      document: {
        file_id: 'big',
        file_unique_id: 'big',
        file_name: 'shot.png',
        mime_type: 'image/png',
        file_size: 20 * 1024 * 1024,
      },
    });
    expect(villager.lastText()).toContain('图片太大');
    expect(app?.telegram.calls.some((c) => c.method === 'getFile')).toBe(false);
    expect(engine.runs).toBe(0);
  });

  it('a GIF and a sticker get a kind reply', async () => {
    const villager = await villagerInScamCheck(fakeEngine(SCAM));
    await villager.sendMessage({
      animation: {
        file_id: 'gif',
        file_unique_id: 'gif',
        width: 200,
        height: 200,
        duration: 2,
        mime_type: 'video/mp4',
      },
    } as never);
    expect(villager.lastText()).toContain('动图和表情');
    await villager.sendMessage(STICKER as never);
    expect(villager.lastText()).toContain('动图和表情');
  });

  it('without OCR the villager is told how to send the text', async () => {
    const villager = await villagerInScamCheck(fakeEngine('', 'tesseract is not installed'));
    await villager.sendMessage(photo('shot2'));
    expect(villager.lastText()).toContain('长按那条短信');
    expect(app?.telegram.calls.some((c) => c.method === 'getFile')).toBe(false);
  });

  it('a screenshot sent at the menu is offered the check', async () => {
    app = await createTestApp({ screenshots: createScreenshotReader(fakeEngine(SCAM)) });
    const villager = app.person({ id: VILLAGER });
    serveFile('menu1', SCREENSHOT);
    await villager.sendMessage(photo('menu1'));
    expect(villager.lastText()).toContain('要帮您查一查');
    await villager.tap('sso');
    expect(villager.lastText()).toContain('「安全账户」');
  });
});
