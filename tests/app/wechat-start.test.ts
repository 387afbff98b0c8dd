/**
 * The whole app with WeChat configured: the /wechat handler is served on the shared HTTP server
 * (the web chat's), and a resident who follows
 * by a village QR code is welcomed through the emulator. Without the settings it stays off, and
 * the start path loads none of the channel.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import { startWechatEmulator } from '../../src/sandbox/wechat/wechat-emulator.js';
import { openStore } from '../../src/store/database.js';
import { enqueueNotices } from '../../src/store/notices.repository.js';
import { ACCOUNT } from '../channels/wechat/wechat-harness.js';
import { appDatabase, EMULATOR_TOKEN, startEmulator } from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';

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
        HEALTH_PORT: '0',
      },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    try {
      // On the shared server, beside the web chat (the sandbox always runs it).
      expect(app.webChat).not.toBeNull();
      wechat.setServerUrl(`http://127.0.0.1:${app.webChat?.port}/wechat`);
      expect(await wechat.verifyUrl()).toEqual({ status: 200, body: 'echostr' });
      const answer = await wechat.follow('o_app', { scene: 'wl-hongqi', safe: true });
      expect(answer.body).toBe('success');
      await wechat.until('o_app', 2);
      expect(wechat.texts('o_app')[0]).toContain('红旗村');
      const health = await fetch(`http://127.0.0.1:${app.healthPort}/healthz`);
      expect(((await health.json()) as { checks: { wechat: unknown } }).checks.wechat).toEqual({
        ok: true,
      });
      // The outbox has a WeChat deliverer: a notice addressed to the openid reaches WeChat.
      const store = openStore(`sqlite:${join(dir, 'sandbox.db')}`);
      try {
        await enqueueNotices(
          store.db,
          [
            {
              idempotencyKey: 'wechat-start:1',
              channel: 'wechat',
              recipient: 'o_app',
              kind: 'message',
              payload: { key: 'wechat-link-open-web' },
              priority: 10,
            },
          ],
          new Date(),
        );
      } finally {
        await store.close();
      }
      await wechat.state.until(() => wechat.texts('o_app').includes('直接打开网页版'));
    } finally {
      await app.stop();
      await wechat.close();
    }
  });

  it('says on /healthz and in one log line that the AppSecret is wrong', async () => {
    const wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'cunjing-wechat-'));
    const logger = createMemoryLogger();
    const config = loadConfig(
      {
        SANDBOX_DATABASE_URL: `sqlite:${join(dir, 'sandbox.db')}`,
        SANDBOX_PORT: String(await freePort()),
        HEALTH_PORT: '0',
        WECHAT_APP_ID: ACCOUNT.appId,
        WECHAT_APP_SECRET: 'ffffffffffffffffffffffffffffffff',
        WECHAT_TOKEN: ACCOUNT.token,
        WECHAT_API_ROOT: wechat.apiRoot,
      },
      undefined,
    );
    const app = await startApp(config, { logger });
    try {
      await wechat.state.until(() => wechat.state.calls.length > 0);
      const health = async () =>
        (await (await fetch(`http://127.0.0.1:${app.healthPort}/healthz`)).json()) as {
          status: string;
          checks: { wechat: { ok: boolean; error?: string } };
        };
      let answer = await health();
      // The failed token request may still be on its way back: ask until it has been recorded.
      while (answer.checks.wechat.ok) answer = await health();
      expect(answer.status).toBe('failing');
      expect(answer.checks.wechat.error).toContain('WECHAT_APP_SECRET');
      const lines = logger.entries.filter((e) => e.msg.includes('cannot get an access token'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'error', errcode: 40125 });
    } finally {
      await app.stop();
      await wechat.close();
    }
  });

  it('serves /wechat on the web chat server in webhook mode too', async () => {
    const wechat = await startWechatEmulator({ ...ACCOUNT, retryDelayMs: 0 });
    const telegram = await startEmulator();
    const db = await appDatabase('sqlite');
    const httpPort = await freePort();
    const config = loadConfig(
      {
        BOT_MODE: 'webhook',
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: telegram.apiRoot,
        DATABASE_URL: db.url,
        WEBHOOK_URL: 'https://bot.example.org/telegram',
        WEBHOOK_SECRET: 'webhook-secret-for-tests-0001',
        WEBHOOK_HOST: '127.0.0.1',
        WEBHOOK_PORT: String(await freePort()),
        HTTP_PORT: String(httpPort),
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: 'https://cunjing.example.cn',
        WECHAT_APP_ID: ACCOUNT.appId,
        WECHAT_APP_SECRET: ACCOUNT.secret,
        WECHAT_TOKEN: ACCOUNT.token,
        WECHAT_API_ROOT: wechat.apiRoot,
      },
      undefined,
    );
    const app = await startApp(config, { logger: createMemoryLogger() });
    try {
      expect(app.webChat?.port).toBe(httpPort);
      wechat.setServerUrl(`http://127.0.0.1:${httpPort}/wechat`);
      expect(await wechat.verifyUrl()).toEqual({ status: 200, body: 'echostr' });
      const answer = await wechat.follow('o_hook', { scene: 'wl-hongqi' });
      expect(answer.body).toBe('success');
      await wechat.until('o_hook', 2);
      expect(wechat.texts('o_hook')[0]).toContain('红旗村');
      // The web chat itself is still there on the same port.
      expect((await fetch(`http://127.0.0.1:${httpPort}/web/`)).status).toBe(200);
    } finally {
      await app.stop();
      await telegram.stop();
      await wechat.close();
    }
  });
});
