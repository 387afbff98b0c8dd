/**
 * The whole app with WeChat configured: the /wechat handler is served, and a resident who follows
 * by a village QR code is welcomed through the emulator. Without the settings it stays off, and
 * the start path loads none of the channel.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { startWechatEmulator } from '../../src/sandbox/wechat/wechat-emulator.js';
import { ACCOUNT } from '../channels/wechat/wechat-harness.js';

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

describe('the app with WeChat', () => {
  it('loads nothing of the channel on the start path but its settings', () => {
    const start = readFileSync(join(SRC, 'app/start.ts'), 'utf8');
    const wechatImports = [...start.matchAll(/from '(\.\.\/channels\/wechat\/[^']+)'/g)].map(
      (m) => m[1],
    );
    expect(wechatImports).toEqual(['../channels/wechat/settings.js']);
  });

  it('serves /wechat and welcomes a resident who follows by a village QR code', async () => {
    const wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-wechat-'));
    const config = loadConfig(
      {
        SANDBOX_DATABASE_URL: `sqlite:${join(dir, 'sandbox.db')}`,
        SANDBOX_PORT: String(await freePort()),
        WECHAT_APP_ID: ACCOUNT.appId,
        WECHAT_APP_SECRET: ACCOUNT.secret,
        WECHAT_TOKEN: ACCOUNT.token,
        WECHAT_AES_KEY: ACCOUNT.aesKey,
        WECHAT_API_ROOT: wechat.apiRoot,
        WECHAT_PORT: '0',
      },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    try {
      expect(app.wechatPort).not.toBeNull();
      wechat.setServerUrl(`http://127.0.0.1:${app.wechatPort}/wechat`);
      expect(await wechat.verifyUrl()).toEqual({ status: 200, body: 'echostr' });
      const answer = await wechat.follow('o_app', { scene: 'wl-hongqi', safe: true });
      expect(answer.body).toBe('success');
      await wechat.until('o_app', 2);
      expect(wechat.texts('o_app')[0]).toContain('红旗村');
    } finally {
      await app.stop();
      await wechat.close();
    }
  });
});
