/**
 * SMS wired into the running app: with SMS_PROVIDER=aliyun the web chat offers phone
 * verification, the code goes out through the app's own notice loop to Aliyun's real endpoint
 * (answered by nock) with the configured signature and template, the code from that request
 * verifies the number, and the receipt push at PUBLIC_URL/sms/receipts/<token> is served.
 */
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app/start.js';
import { loadConfig } from '../../src/config.js';
import { createMemoryLogger } from '../../src/logger.js';
import type { BotApiEmulator } from '../../src/sandbox/emulator.js';
import { WebClient } from '../channels/web/web-client.js';
import { appDatabase, EMULATOR_TOKEN, startEmulator } from '../helpers/emulator-driver.js';
import { freePort } from '../helpers/free-port.js';

describe('SMS in the running app', () => {
  let emulator: BotApiEmulator | undefined;
  let app: RunningApp | undefined;
  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  });
  afterEach(async () => {
    await app?.stop();
    await emulator?.stop();
    app = undefined;
    emulator = undefined;
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('verifies a phone number with a code sent through Aliyun, and takes receipts', async () => {
    let seen: (q: URLSearchParams) => void = () => {};
    const request = new Promise<URLSearchParams>((resolve) => {
      seen = resolve;
    });
    nock('https://dysmsapi.aliyuncs.com')
      .post(/.*/)
      .reply((uri) => {
        seen(new URL(uri, 'https://x').searchParams);
        return [200, { Code: 'OK', BizId: 'biz-app-1', RequestId: 'r' }];
      });
    emulator = await startEmulator();
    const db = await appDatabase('sqlite');
    const httpPort = await freePort();
    const config = loadConfig(
      {
        BOT_TOKEN: EMULATOR_TOKEN,
        BOT_USERNAME: 'cunjing_village_bot',
        TELEGRAM_API_ROOT: emulator.apiRoot,
        DATABASE_URL: db.url,
        HTTP_PORT: String(httpPort),
        HTTP_HOST: '127.0.0.1',
        PUBLIC_URL: 'https://cunjing.example.cn',
        SMS_PROVIDER: 'aliyun',
        SMS_KEY_ID: 'LTAI5tTestKeyId',
        SMS_KEY_SECRET: 'TestKeySecret123',
        SMS_SIGN_NAME: '乌兰县公安局',
        SMS_TEMPLATE_CODE: 'SMS_100',
        SMS_TEMPLATE_URGENT: 'SMS_200',
        SMS_TEMPLATE_REPORT: 'SMS_300',
        SMS_RECEIPT_TOKEN: 'receipt-token-0123456789',
      },
      undefined,
    );
    app = await startApp(config, { logger: createMemoryLogger() });
    const base = `http://127.0.0.1:${httpPort}`;
    const wang = new WebClient(base);
    expect((await wang.open()).body.sms).toBe(true);
    const asked = await wang.post('/web/api/smsphone', { phone: '13800138000' });
    expect(asked.status).toBe(200);

    const sent = await request;
    expect(sent.get('PhoneNumbers')).toBe('13800138000');
    expect(sent.get('SignName')).toBe('乌兰县公安局');
    expect(sent.get('TemplateCode')).toBe('SMS_100');
    const { code } = JSON.parse(sent.get('TemplateParam') ?? '{}');
    expect(code).toMatch(/^\d{6}$/);
    // The code's hash is stored before the SMS goes, so it verifies as soon as it arrives.
    const verified = await wang.post('/web/api/smscode', { code });
    expect(verified.status).toBe(200);

    const receipt = await fetch(`${base}/sms/receipts/receipt-token-0123456789`, {
      method: 'POST',
      body: JSON.stringify([{ biz_id: 'biz-app-1', success: true, err_code: 'DELIVERED' }]),
    });
    expect(await receipt.json()).toEqual({ code: 0, msg: '接收成功' });
  }, 60_000);
});
