/**
 * The villagers' web chat is served by the same process as the bot: in polling mode, in webhook
 * mode (on HTTP_PORT, at PUBLIC_URL) and in the sandbox; a token without PUBLIC_URL stops the
 * start with the reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { appDatabase, EMULATOR_TOKEN, startEmulator } from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';

describe('the web chat beside the bot', () => {
  let emulator: BotApiEmulator | undefined;
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
    app = undefined;
    emulator = undefined;
  });

  it('needs PUBLIC_URL when a real bot serves it', () => {
    expect(() => loadConfig({ BOT_TOKEN: EMULATOR_TOKEN, HTTP_PORT: '8090' }, undefined)).toThrow(
      ConfigError,
    );
    expect(() => loadConfig({ BOT_TOKEN: EMULATOR_TOKEN, HTTP_PORT: '8090' }, undefined)).toThrow(
      /PUBLIC_URL is missing/,
    );
  });

  for (const mode of ['polling', 'webhook'] as const) {
    it(`serves the village landing page in ${mode} mode, with "open in Telegram"`, async () => {
      emulator = await startEmulator();
      const db = await appDatabase('sqlite');
      const httpPort = await freePort();
      const config = loadConfig(
        {
          BOT_MODE: mode,
          BOT_TOKEN: EMULATOR_TOKEN,
          BOT_USERNAME: 'cunjing_village_bot',
          TELEGRAM_API_ROOT: emulator.apiRoot,
          DATABASE_URL: db.url,
          HTTP_PORT: String(httpPort),
          HTTP_HOST: '127.0.0.1',
          PUBLIC_URL: 'https://cunjing.example.cn/',
          ...(mode === 'webhook'
            ? {
                WEBHOOK_URL: 'https://bot.example.org/telegram',
                WEBHOOK_SECRET: 'webhook-secret-for-tests-0001',
                WEBHOOK_HOST: '127.0.0.1',
                WEBHOOK_PORT: String(await freePort()),
              }
            : {}),
        },
        undefined,
      );
      app = await startApp(config, { logger: createMemoryLogger() });
      expect(app.webChat?.url).toBe('https://cunjing.example.cn');
      const page = await fetch(`http://127.0.0.1:${httpPort}/v/wl-hongqi`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('https://t.me/cunjing_village_bot?start=v_wl-hongqi');
      // Behind https, the device cookie is Secure.
      const session = await fetch(`http://127.0.0.1:${httpPort}/web/api/session`);
      expect(session.headers.get('set-cookie')).toMatch(/; Secure/);
    }, 60_000);
  }

  it('runs in the sandbox on loopback next to the Telegram emulator', async () => {
    const config = loadConfig(
      {
        SANDBOX_DATABASE_URL: 'sqlite::memory:',
        SANDBOX_PORT: String(await freePort()),
        HTTP_PORT: String(await freePort()),
      },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    expect(app.sandbox).not.toBeNull();
    const url = app.webChat?.url ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${url}/v/wl-hongqi`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('t.me/');
  }, 60_000);
});
