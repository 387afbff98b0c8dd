/**
 * The sandbox's WeChat page in a real browser (Debian's Chromium): the follower scans the village
 * poster, sends a picture (shown as theirs, pushed to the adapter as an image message and
 * answered), and sees what the account sends besides text and menu messages: a picture uploaded
 * as temporary media and a template message. The account's side is played through the
 * emulator's real API (token, media upload, custom send, template send). The page's JSON is
 * checked as well, so the view is tested where Chromium is missing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing, launchChromium } from '../../scripts/headless-chromium.js';
import { startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { freePort } from '../helpers/free-port.js';

const PICTURE = readFileSync(new URL('../ocr/fixtures/benign-sms-dark.png', import.meta.url));
const missing = chromiumMissing();
if (missing) console.warn(`⚠ ${CHROMIUM} is absent: the WeChat page is checked by its JSON only.`);

interface Shown {
  msgtype: string;
  src?: string;
  data?: Record<string, { value: string }>;
}

describe('the sandbox WeChat page', () => {
  it('sends a picture and shows the pictures and template messages the follower received', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-wechat-page-'));
    const config = loadConfig(
      {
        SANDBOX_DATABASE_URL: `sqlite:${join(dir, 'sandbox.db')}`,
        SANDBOX_PORT: String(await freePort()),
        SANDBOX_WECHAT: '1',
      },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    const browser = missing ? null : await launchChromium();
    try {
      const base = app.sandbox?.webChatUrl ?? '';
      const account = app.sandbox?.wechat?.settings;
      if (!account) throw new Error('the sandbox has no WeChat account');
      const view = async () =>
        (await (await fetch(`${base}/api/wechat`)).json()) as { received: Shown[] };
      const until = async (check: (shown: Shown[]) => boolean) => {
        let shown = (await view()).received;
        while (!check(shown)) shown = (await view()).received;
        return shown;
      };
      const page = browser
        ? await browser.newPage({ viewport: { width: 390, height: 844 } })
        : null;

      // Follow by the poster, from the page where there is one.
      if (page) {
        await page.goto(`${base}/wechat`);
        await page.locator('#scan select').selectOption('wl-hongqi');
        await page.getByRole('button', { name: '扫码关注 · Scan & follow' }).click();
      } else
        await fetch(`${base}/api/wechat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'follow', scene: 'wl-hongqi' }),
        });
      const welcomed = await until((s) => s.length >= 2);

      // The follower sends a picture: it is pushed to the adapter and answered.
      if (page) {
        await page.locator('#picture').setInputFiles({
          name: 'sms.png',
          mimeType: 'image/png',
          buffer: PICTURE,
        });
        await page.locator('.msg.me.pic img').waitFor();
      } else {
        const sent = await fetch(`${base}/api/wechat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            action: 'image',
            data: PICTURE.toString('base64'),
            contentType: 'image/png',
          }),
        });
        expect(sent.status).toBe(200);
      }
      const answered = await until((s) => s.length > welcomed.length);
      expect(answered.length).toBeGreaterThan(welcomed.length);
      // Anything but a picture is refused by the page's API.
      const refused = await fetch(`${base}/api/wechat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'image', data: 'aGVsbG8=', contentType: 'text/plain' }),
      });
      expect(refused.status).toBe(400);

      // The account sends a picture and a template message, through WeChat's API.
      const api = (path: string) => new URL(path, account.apiRoot);
      const { access_token: token } = (await (
        await fetch(api('/cgi-bin/stable_token'), {
          method: 'POST',
          body: JSON.stringify({
            grant_type: 'client_credential',
            appid: account.appId,
            secret: account.secret,
          }),
        })
      ).json()) as { access_token: string };
      const form = new FormData();
      form.append('media', new Blob([PICTURE], { type: 'image/png' }), 'photo.png');
      const { media_id: mediaId } = (await (
        await fetch(api(`/cgi-bin/media/upload?access_token=${token}&type=image`), {
          method: 'POST',
          body: form,
        })
      ).json()) as { media_id: string };
      const post = async (path: string, body: object) =>
        (await (
          await fetch(api(`${path}?access_token=${token}`), {
            method: 'POST',
            body: JSON.stringify(body),
          })
        ).json()) as { errcode: number };
      expect(
        await post('/cgi-bin/message/custom/send', {
          touser: 'o_sandbox_wang',
          msgtype: 'image',
          image: { media_id: mediaId },
        }),
      ).toMatchObject({ errcode: 0 });
      expect(
        await post('/cgi-bin/message/template/send', {
          touser: 'o_sandbox_wang',
          template_id: 'tpl_status',
          data: { thing1: { value: '已办结：JF-42' } },
        }),
      ).toMatchObject({ errcode: 0 });

      const shown = await until((s) => s.at(-1)?.msgtype === 'template');
      const image = shown.at(-2);
      expect(image?.msgtype).toBe('image');
      expect(image?.src).toBe(`/api/wechat/media/${mediaId}`);
      const bytes = Buffer.from(await (await fetch(`${base}${image?.src}`)).arrayBuffer());
      expect(bytes.equals(PICTURE)).toBe(true);
      expect(shown.at(-1)?.data).toEqual({ thing1: { value: '已办结：JF-42' } });
      expect((await fetch(`${base}/api/wechat/media/media_unknown`)).status).toBe(404);

      if (page) {
        const card = page.locator('.msg.template');
        await card.waitFor();
        expect(await card.textContent()).toContain('已办结：JF-42');
        const received = page.locator('.msg.pic:not(.me) img');
        await received.waitFor();
        await expect
          .poll(() =>
            received.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
          )
          .toBeGreaterThan(0);
      }
    } finally {
      await browser?.close();
      await app.stop();
    }
  }, 60_000);
});
