import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isSandbox, loadConfig, residentChannels } from '../src/config.js';
import { main } from '../src/main.js';

const TOKEN = '123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345';

describe('config', () => {
  it('defaults to the sandbox on an embedded SQLite file', () => {
    const config = loadConfig({}, undefined);
    expect(config).toMatchObject({
      BOT_MODE: 'polling',
      DATABASE_URL: 'sqlite:data/cunjing.db',
      TZ: 'Asia/Shanghai',
      ADMIN_IDS: [],
    });
    expect(isSandbox(config)).toBe(true);
  });

  it('reads a .env file, with the real environment winning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, '.env');
    writeFileSync(file, `BOT_TOKEN=${TOKEN}\nADMIN_IDS=1, 2\nLOG_LEVEL=debug\nREDIS_URL=\n`);
    const config = loadConfig({ LOG_LEVEL: 'warn' }, file);
    expect(config).toMatchObject({ BOT_TOKEN: TOKEN, ADMIN_IDS: [1, 2], LOG_LEVEL: 'warn' });
    expect(config.REDIS_URL).toBeUndefined();
  });

  it('requires the webhook settings in webhook mode', () => {
    const config = loadConfig(
      {
        BOT_MODE: 'webhook',
        BOT_TOKEN: TOKEN,
        WEBHOOK_URL: 'https://bot.example.org/telegram',
        WEBHOOK_SECRET: 'a'.repeat(32),
      },
      undefined,
    );
    expect(config.BOT_MODE === 'webhook' && config.WEBHOOK_PORT).toBe(3000);
    expect(() =>
      loadConfig(
        { BOT_MODE: 'webhook', BOT_TOKEN: TOKEN, WEBHOOK_SECRET: 'a'.repeat(32) },
        undefined,
      ),
    ).toThrow(/WEBHOOK_URL is missing/);
  });

  it.each([
    [{ BOT_TOKEN: 'nonsense' }, /^Config error: BOT_TOKEN is invalid: must look like/],
    [{ ADMIN_IDS: '12,abc' }, /^Config error: ADMIN_IDS is invalid/],
    [{ DATABASE_URL: 'mysql://x' }, /^Config error: DATABASE_URL is invalid/],
    [{ TZ: 'Mars/Olympus' }, /^Config error: TZ is invalid: must be an IANA time zone/],
    [{ BOT_MODE: 'carrier-pigeon' }, /^Config error: BOT_MODE is invalid/],
  ])('rejects %o with one line that says what to fix', (env, message) => {
    try {
      loadConfig(env, undefined);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('makes the process exit with code 1 and one line on invalid config', async () => {
    const lines: string[] = [];
    const original = console.error;
    console.error = (line: string) => lines.push(line);
    try {
      expect(await main({ LOG_LEVEL: 'loud' })).toBe(1);
    } finally {
      console.error = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Config error: LOG_LEVEL is invalid/);
  });

  it('stops start-up with one line naming a campaign whose cron expression is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const file = join(dir, 'campaigns.yaml');
    writeFileSync(file, 'campaigns:\n  - { id: weekly-law, topic: legal, cron: "0 19 * * 8" }\n');
    const lines: string[] = [];
    const original = console.error;
    console.error = (line: string) => lines.push(line);
    try {
      expect(
        await main({ CAMPAIGNS_FILE: file, DATABASE_URL: `sqlite:${join(dir, 'x.db')}` }),
      ).toBe(1);
    } finally {
      console.error = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Campaign "weekly-law" has an invalid cron expression/);
  });
});

describe('WeChat settings', () => {
  const wechat = {
    WECHAT_APP_ID: 'wx1234567890abcdef',
    WECHAT_APP_SECRET: '0123456789abcdef0123456789abcdef',
    WECHAT_TOKEN: 'cunjingToken2026',
  };

  it('leaves the channel off when nothing is set, and defaults the API root', () => {
    const config = loadConfig({}, undefined);
    expect(config.WECHAT_APP_ID).toBeUndefined();
    expect(config.WECHAT_API_ROOT).toBe('https://api.weixin.qq.com');
  });

  it('accepts a complete set with a 43-character EncodingAESKey', () => {
    const config = loadConfig(
      { ...wechat, WECHAT_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
      undefined,
    );
    expect(config.WECHAT_TOKEN).toBe('cunjingToken2026');
  });

  it('names the variable that is wrong or missing', () => {
    expect(() => loadConfig({ ...wechat, WECHAT_AES_KEY: 'short' }, undefined)).toThrow(
      /WECHAT_AES_KEY is invalid: must be the 43-character EncodingAESKey/,
    );
    expect(() => loadConfig({ ...wechat, WECHAT_APP_ID: 'abc' }, undefined)).toThrow(
      /WECHAT_APP_ID/,
    );
    expect(() => loadConfig({ WECHAT_APP_ID: wechat.WECHAT_APP_ID }, undefined)).toThrow(
      /must be set together/,
    );
  });

  it('needs the web chat server with a bot token, since /wechat is served on it', () => {
    const token = { BOT_TOKEN: TOKEN };
    expect(() => loadConfig({ ...wechat, ...token }, undefined)).toThrow(
      /HTTP_PORT is missing: the WeChat channel is served by the web chat/,
    );
    const served = { ...wechat, ...token, HTTP_PORT: '8090', PUBLIC_URL: 'https://c.example.cn' };
    expect(loadConfig(served, undefined).HTTP_PORT).toBe(8090);
  });
});

describe('the resident channels a deployment delivers on', () => {
  const live = {
    BOT_TOKEN: '5550001:AAtest-token-000000000000000000',
    PUBLIC_URL: 'https://cunjing.example.cn',
  };
  const wechat = {
    WECHAT_APP_ID: 'wx0123456789abcdef',
    WECHAT_APP_SECRET: '0123456789abcdef0123456789abcdef',
    WECHAT_TOKEN: 'station1',
  };
  const channels = (env: Record<string, string>) => [
    ...residentChannels(loadConfig(env, undefined)),
  ];

  it('are none on Telegram alone, the web chat with HTTP_PORT, and WeChat when set up', () => {
    expect(channels(live)).toEqual([]);
    expect(channels({ ...live, HTTP_PORT: '8081' })).toEqual(['web']);
    expect(channels({ ...live, HTTP_PORT: '8081', ...wechat })).toEqual(['web', 'wechat']);
  });

  it('are the web chat in the sandbox, and WeChat there with SANDBOX_WECHAT', () => {
    // The sandbox logs its SMS instead of sending them.
    expect(channels({})).toEqual(['web', 'sms']);
    expect(channels({ SANDBOX_WECHAT: '1' })).toEqual(['web', 'wechat', 'sms']);
  });

  it('include SMS when a provider is set up', () => {
    expect(channels({ ...live, SMS_PROVIDER: 'log' })).toEqual(['sms']);
  });
});

describe('SMS settings', () => {
  const aliyun = {
    SMS_PROVIDER: 'aliyun',
    SMS_KEY_ID: 'LTAI5tExampleKey',
    SMS_KEY_SECRET: 'exampleSecret123',
    SMS_SIGN_NAME: '乌兰县公安局',
    SMS_TEMPLATE_CODE: 'SMS_100',
    SMS_TEMPLATE_URGENT: 'SMS_200',
    SMS_TEMPLATE_REPORT: 'SMS_300',
    PUBLIC_URL: 'https://cunjing.example.cn',
  };

  it('is off by default, and takes a complete Aliyun or Tencent Cloud setting', () => {
    expect(loadConfig({}, undefined).SMS_PROVIDER).toBeUndefined();
    expect(loadConfig(aliyun, undefined)).toMatchObject({
      SMS_PROVIDER: 'aliyun',
      SMS_PER_NUMBER_PER_HOUR: 5,
      SMS_PER_MINUTE: 60,
    });
    expect(
      loadConfig(
        { ...aliyun, SMS_PROVIDER: 'tencent', SMS_TENCENT_APP_ID: '1400123456' },
        undefined,
      ),
    ).toMatchObject({ SMS_PROVIDER: 'tencent', SMS_TENCENT_REGION: 'ap-guangzhou' });
  });

  it('stops with one line naming what a real provider is missing', () => {
    const { SMS_TEMPLATE_URGENT: _u, SMS_SIGN_NAME: _s, ...partial } = aliyun;
    expect(() => loadConfig(partial, undefined)).toThrow(
      /^Config error: SMS_SIGN_NAME, SMS_TEMPLATE_URGENT are missing: SMS_PROVIDER=aliyun needs/,
    );
    expect(() => loadConfig({ ...aliyun, SMS_PROVIDER: 'tencent' }, undefined)).toThrow(
      /SMS_TENCENT_APP_ID is missing/,
    );
    expect(() => loadConfig({ ...aliyun, SMS_PROVIDER: 'twilio' }, undefined)).toThrow(
      /^Config error: SMS_PROVIDER is invalid/,
    );
    expect(() => loadConfig({ ...aliyun, SMS_SIGN_NAME: '【乌兰县公安局】' }, undefined)).toThrow(
      /SMS_SIGN_NAME is invalid: must be the approved signature without 【】/,
    );
  });
});
