import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tesseractEngine } from '../../src/ocr/index.js';
import { type EmulatorApp, press, say, startEmulatorApp } from '../helpers/emulator-driver.js';

const VILLAGER = 100001;
const SCREENSHOT = readFileSync(new URL('../ocr/fixtures/scam-sms-light.jpg', import.meta.url));
const missing = await tesseractEngine().missing();
if (missing) console.warn(`⚠ screenshot flow skipped: ${missing}`);

describe.skipIf(missing !== null)('a screenshot through the emulator', () => {
  let run: EmulatorApp | undefined;
  afterEach(() => run?.stop());

  it('a villager sends a screenshot of a scam SMS and gets the verdict with quoted flags', async () => {
    run = await startEmulatorApp({ people: [{ id: VILLAGER, first_name: '王大妈' }] });
    const { emulator } = run;
    await say(run, VILLAGER, '/start v_wl-hongqi');
    await press(run, VILLAGER, 'lang:zh-CN');
    await say(run, VILLAGER, '🛡️ 防骗查询');
    const verdict = emulator.waitForBotMessage(
      VILLAGER,
      (m) => (m.text ?? '').includes('风险'),
      60_000,
    );
    emulator.sendPhoto(VILLAGER, { bytes: SCREENSHOT });
    const message = await verdict;
    expect(message.text).toContain('图片里读到的文字');
    expect(message.text).toContain('高风险');
    expect(message.text).toContain('「安全账户」');
    expect(JSON.stringify(message.reply_markup)).toContain('报告给警察');
  }, 90_000);
});
