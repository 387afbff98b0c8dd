/**
 * 短信通知 in the web chat, on a real database: a resident gives a mobile number, the code comes
 * by SMS through the notices outbox (the logging provider, which sees the text), a wrong code is
 * refused, the right one verifies the number; the settings then show it masked, and the choices
 * are kept. Only the code's hash is stored; asking again at once is refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { logSms } from '../../../src/channels/sms/log-provider.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { smsDeliverer } from '../../../src/channels/sms/sms-notices.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { smsAddressOfDevice } from '../../../src/store/sms-addresses.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
// biome-ignore lint/suspicious/noExplicitAny: test code reads the API's JSON.
const labels = (message: any): string[] => message.choices.map((c: any) => c.label);

describe.each(ENGINES)('SMS verification in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  const texts: SmsMessage[] = [];
  const logs: string[] = [];

  beforeEach(async () => {
    texts.length = 0;
    logs.length = 0;
    store = await createTestStore(engine);
    ({ web, base } = await startWebChannel(store.db, { sms: true }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  const deliver = () =>
    createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      deliverers: {
        sms: smsDeliverer({
          db: store.db,
          provider: logSms(
            { info: (msg, fields) => logs.push(`${msg} ${JSON.stringify(fields)}`) },
            (m) => texts.push(m),
          ),
          signName: '乌兰县公安局',
          t,
          publicUrl: 'https://cunjing.example.cn',
          limits: { perNumberPerHour: 5, perMinute: 60 },
        }),
      },
      logger: { warn: () => {}, error: () => {} },
    }).drain();

  it('sends a code by SMS, refuses a wrong one, verifies the right one, and keeps the choices', async () => {
    const wang = new WebClient(base);
    await wang.open();
    await wang.post('/web/api/village', { code: 'wl-hongqi' });
    const shown = await wang.get('/web/api/sms');
    expect(textsOf(shown.body.message)).toEqual([
      t('zh-CN', 'web-sms-title'),
      t('zh-CN', 'web-sms-intro'),
    ]);
    expect(labels(shown.body.message)).toEqual([t('zh-CN', 'web-sms-add')]);

    const bad = await wang.post('/web/api/smsphone', { phone: '12345' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(t('zh-CN', 'web-sms-bad-phone'));

    const asked = await wang.post('/web/api/smsphone', { phone: '138 0013 8000' });
    expect(asked.status).toBe(200);
    expect(textsOf(asked.body.message)).toEqual([
      t('zh-CN', 'web-sms-code-sent', { phone: '138****8000' }),
    ]);
    expect(asked.body.expect).toBe('smscode');
    // Asking again at once is refused: one code a minute.
    expect((await wang.post('/web/api/smsphone', { phone: '13800138000' })).status).toBe(429);

    await deliver();
    expect(texts).toHaveLength(1);
    const [sms] = texts;
    expect(sms?.phone).toBe('+8613800138000');
    expect(sms?.template).toBe('code');
    const code = sms?.params[0]?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(sms?.preview).toBe(`【乌兰县公安局】${t('zh-CN', 'sms-code', { code })}`);
    // The log shows the number masked, and the code is stored only hashed.
    expect(logs.join('\n')).toContain('138****8000');
    expect(logs.join('\n')).not.toContain('13800138000');
    const stored = await store.db
      .selectFrom('sms_codes' as never)
      .select(['code_hash'] as never)
      .execute();
    expect(JSON.stringify(stored)).not.toContain(code);
    const outbox = await store.db.selectFrom('notices').select(['recipient', 'payload']).execute();
    expect(JSON.stringify(outbox)).not.toContain('13800138000');

    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await wang.post('/web/api/smscode', { code: wrong });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(t('zh-CN', 'web-sms-bad-code'));

    const verified = await wang.post('/web/api/smscode', { code });
    expect(verified.status).toBe(200);
    expect(textsOf(verified.body.message)).toEqual([
      t('zh-CN', 'web-sms-verified', { phone: '138****8000' }),
      t('zh-CN', 'web-sms-title'),
      t('zh-CN', 'web-sms-number', { phone: '138****8000' }),
    ]);
    expect(labels(verified.body.message)).toEqual([
      t('zh-CN', 'web-sms-urgent', { mark: '✅' }),
      t('zh-CN', 'web-sms-reports', { mark: '⬜' }),
      t('zh-CN', 'web-sms-off'),
    ]);
    // The same code cannot be used twice.
    expect((await wang.post('/web/api/smscode', { code })).status).toBe(400);

    const reports = await wang.post('/web/api/sms', { toggle: 'reports' });
    expect(labels(reports.body.message)[1]).toBe(t('zh-CN', 'web-sms-reports', { mark: '✅' }));
    expect(await smsAddressOfDevice(store.db, deviceOf(wang))).toMatchObject({
      phone: '+8613800138000',
      villageCode: 'wl-hongqi',
      consent: 'web',
      urgent: true,
      reportNews: true,
      active: true,
    });

    const off = await wang.post('/web/api/sms', { off: true });
    expect(textsOf(off.body.message)).toEqual([
      t('zh-CN', 'web-sms-now-off', { phone: '138****8000' }),
    ]);
    expect(await smsAddressOfDevice(store.db, deviceOf(wang))).toBeNull();
    // Stopping SMS forgets the number.
    const addresses = await store.db
      .selectFrom('sms_addresses' as never)
      .selectAll()
      .execute();
    expect(addresses).toEqual([]);
  });

  it('gives up on a code after five wrong tries', async () => {
    const li = new WebClient(base);
    await li.open();
    await li.post('/web/api/smsphone', { phone: '13900139000' });
    await deliver();
    const code = texts[0]?.params[0]?.[1] ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await li.post('/web/api/smscode', { code: wrong });
    expect((await li.post('/web/api/smscode', { code })).status).toBe(400);
  });

  it('says SMS is not available when no provider is configured', async () => {
    const plain = await startWebChannel(store.db);
    const zhao = new WebClient(plain.base);
    await zhao.open();
    const reply = await zhao.get('/web/api/sms');
    expect(reply.status).toBe(503);
    expect(reply.body.error.message).toBe(t('zh-CN', 'web-sms-unavailable'));
    await plain.web.close();
  });
});
