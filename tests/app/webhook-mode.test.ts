import { afterEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import {
  appDatabase,
  EMULATOR_TOKEN,
  startEmulator,
  watchUpdates,
} from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';

const SECRET = 'webhook-secret-for-tests-0001';

describe('webhook mode', () => {
  let emulator: BotApiEmulator;
  let app: RunningApp | undefined;
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
  });

  it('registers the webhook with its secret, handles posted updates once, and refuses strangers', async () => {
    emulator = await startEmulator();
    emulator.addUser({ id: 100001, first_name: '王大妈', language_code: 'zh-hans' });
    const port = await freePort();
    const db = await appDatabase('sqlite');
    const config = loadConfig(
      {
        BOT_MODE: 'webhook',
        BOT_TOKEN: EMULATOR_TOKEN,
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: db.url,
        WEBHOOK_URL: 'https://bot.example.org/telegram',
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_HOST: '127.0.0.1',
        WEBHOOK_PORT: String(port),
      },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    const updates = watchUpdates(app.bot);
    expect(emulator.webhook()).toMatchObject({ url: 'https://bot.example.org/telegram' });

    // The emulator queues the update as Telegram would; here we deliver it to our server by hand.
    const update = emulator.sendText(100001, '/start');
    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(update),
      });
    expect((await post('not-the-secret-at-all-000')).status).toBe(401);
    const reply = emulator.waitForBotMessage(100001);
    expect((await post(SECRET)).status).toBe(200);
    expect((await reply).text).toContain('请选择语言');
    // The server answers a redelivery only after deciding on it, so by now the bot either was
    // given it a second time or never will be.
    expect((await post(SECRET)).status).toBe(200);
    expect(updates.times(update.update_id)).toBe(1);
    expect(emulator.messages(100001).filter((m) => m.from === 'bot')).toHaveLength(1);
  });
});
