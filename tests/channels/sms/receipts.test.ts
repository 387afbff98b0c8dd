/**
 * Delivery receipts pushed by the providers to PUBLIC_URL/sms/receipts/<token>: Aliyun's and
 * Tencent Cloud's formats mark the stored messages delivered or undelivered; a wrong token or a
 * GET is a 404 that changes nothing; the answer is the one each provider expects.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { smsReceiptsMount } from '../../../src/channels/sms/receipts.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { smsTables } from '../../../src/store/sms.table.js';
import { recordSmsSent } from '../../../src/store/sms-messages.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';
import { startWebChannel } from '../web/web-client.js';

const TOKEN = 'receipt-token-0123456789';
const AT = new Date('2026-12-06T02:00:00Z');

describe.each(ENGINES)('SMS delivery receipts on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  const start = async (provider: string) => {
    store = await createTestStore(engine);
    ({ web, base } = await startWebChannel(store.db, {
      mounts: [
        smsReceiptsMount({
          db: store.db,
          provider,
          token: TOKEN,
          logger: { warn: () => {} },
          now: () => AT,
        }),
      ],
    }));
    for (const id of ['m-1', 'm-2'])
      await recordSmsSent(
        store.db,
        {
          noticeId: 1,
          phone: '+8613800000001',
          provider,
          providerMessageId: id,
          template: 'urgent',
        },
        AT,
      );
  };
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  const statuses = async () =>
    (
      await smsTables(store.db)
        .selectFrom('sms_messages')
        .select(['provider_message_id', 'status', 'error'])
        .orderBy('id')
        .execute()
    ).map((r) => `${r.provider_message_id}:${r.status}:${r.error ?? ''}`);
  const push = (path: string, body: unknown, method = 'POST') =>
    fetch(`${base}${path}`, {
      method,
      ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
      headers: { 'content-type': 'application/json' },
    });

  it('reads Aliyun’s push and answers as Aliyun expects', async () => {
    await start('aliyun');
    const res = await push(`/sms/receipts/${TOKEN}`, [
      { phone_number: '13800000001', success: true, err_code: 'DELIVERED', biz_id: 'm-1' },
      { phone_number: '13800000001', success: false, err_code: 'MK:0001', biz_id: 'm-2' },
      { phone_number: '13800000009', success: true, biz_id: 'unknown' },
    ]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 0, msg: '接收成功' });
    expect(await statuses()).toEqual(['m-1:delivered:', 'm-2:undelivered:MK:0001']);
  });

  it('reads Tencent Cloud’s push, and refuses a wrong token or method', async () => {
    await start('tencent');
    expect((await push('/sms/receipts/wrong-token-0123456789', [])).status).toBe(404);
    expect((await push(`/sms/receipts/${TOKEN}`, null, 'GET')).status).toBe(404);
    expect(await statuses()).toEqual(['m-1:submitted:', 'm-2:submitted:']);
    const res = await push(`/sms/receipts/${TOKEN}`, [
      { mobile: '13800000001', report_status: 'SUCCESS', errmsg: 'DELIVRD', sid: 'm-1' },
      { mobile: '13800000001', report_status: 'FAIL', errmsg: 'MN:0017', sid: 'm-2' },
    ]);
    expect(await res.json()).toEqual({ result: 0, errmsg: 'OK' });
    expect(await statuses()).toEqual(['m-1:delivered:', 'm-2:undelivered:MN:0017']);
  });

  it('refuses a body over 256 KB and anything not JSON, changing nothing', async () => {
    await start('aliyun');
    const huge = [{ biz_id: 'm-1', success: true, pad: 'x'.repeat(300 * 1024) }];
    expect((await push(`/sms/receipts/${TOKEN}`, huge)).status).toBe(413);
    const garbled = await fetch(`${base}/sms/receipts/${TOKEN}`, { method: 'POST', body: '{[' });
    expect(garbled.status).toBe(400);
    expect(await statuses()).toEqual(['m-1:submitted:', 'm-2:submitted:']);
  });
});
