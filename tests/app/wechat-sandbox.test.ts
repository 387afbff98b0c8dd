/**
 * The sandbox with SANDBOX_WECHAT: a WeChat follower persona on the sandbox page, played against
 * the real adapter through the WeChat emulator. The follower scans the village poster and is
 * welcomed, then opens the report form from the account's menu, which links their web device
 * through the emulated OAuth page.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/database.js';
import { freePort } from '../helpers/free-port.js';

type Button = { name: string; type?: string; key?: string; url?: string; sub_button?: Button[] };
interface View {
  following: boolean;
  villages: Array<{ code: string; name: string }>;
  received: Array<{ msgtype: string; text?: { content: string } }>;
  menu: { button: Button[] };
}

describe('the sandbox WeChat persona', () => {
  it('follows by the village poster, is welcomed, and opens the report form linked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-wechat-sandbox-'));
    const dbUrl = `sqlite:${join(dir, 'sandbox.db')}`;
    const config = loadConfig(
      { SANDBOX_DATABASE_URL: dbUrl, SANDBOX_PORT: String(await freePort()), SANDBOX_WECHAT: '1' },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    try {
      const page = app.sandbox?.webChatUrl ?? '';
      expect((await fetch(`${page}/wechat`)).status).toBe(200);
      const view = async () => (await (await fetch(`${page}/api/wechat`)).json()) as View;
      const act = (body: object) =>
        fetch(`${page}/api/wechat`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });

      const before = await view();
      expect(before.following).toBe(false);
      expect(before.villages.map((v) => v.code)).toContain('wl-hongqi');
      expect((await act({ action: 'follow', scene: 'wl-hongqi' })).status).toBe(200);
      // The answer is worked through after "success": ask until it has arrived.
      let after = await view();
      while (after.received.length < 2) after = await view();
      expect(after.following).toBe(true);
      expect(after.received[0]?.text?.content).toContain('红旗村');

      // 我的 → 我要反映: our OAuth link, the emulator's authorize page, back to the web chat.
      const report = after.menu.button
        .flatMap((b) => b.sub_button ?? [b])
        .find((b) => b.name === '我要反映');
      expect(report?.url).toBe(`${app.webChat?.url}/wechat/oauth?page=report`);
      const start = await fetch(report?.url ?? '', { redirect: 'manual' });
      const cookie = start.headers.get('set-cookie')?.split(';')[0] ?? '';
      const authorize = await fetch(start.headers.get('location') ?? '', { redirect: 'manual' });
      expect(authorize.status).toBe(302);
      const back = await fetch(authorize.headers.get('location') ?? '', {
        redirect: 'manual',
        headers: { cookie },
      });
      expect(back.headers.get('location')).toBe('/web/?open=report');
      const store = openStore(dbUrl);
      try {
        const links = await store.db.selectFrom('wechat_web_links').select('openid').execute();
        expect(links).toEqual([{ openid: 'o_sandbox_wang' }]);
      } finally {
        await store.close();
      }
    } finally {
      await app.stop();
    }
  });
});
