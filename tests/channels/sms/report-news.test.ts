/**
 * Report news by SMS: a web reporter whose device verified a number and asked for news by SMS
 * gets the officer's acceptance there too (the report's reference and its status, with the link),
 * besides the web inbox; a reporter who did not ask gets it only on the web.
 */

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { logSms } from '../../../src/channels/sms/log-provider.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { smsDeliverer } from '../../../src/channels/sms/sms-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { webAddress } from '../../../src/domain/people/addresses.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { saveSmsAddress } from '../../../src/store/sms-addresses.repository.js';
import { getUser, grantOfficer } from '../../../src/store/users.repository.js';
import { seeWebResident } from '../../../src/store/web-residents.repository.js';
import { acceptReport } from '../../../src/workflows/reports/triage-status.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const t = createWebTranslate(LOCALES_DIR);
const AT = new Date('2026-12-06T02:00:00Z');

describe.each(ENGINES)('report news by SMS on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
    await grantOfficer(store.db, 200001, { kind: 'station', code: 'ST-WULAN' }, '李警官');
  });
  afterEach(() => store.cleanup());

  async function fileAndAccept(deviceId: string) {
    await seeWebResident(store.db, deviceId, 'zh-CN', AT);
    const { report } = await createSampleReport(
      store.db,
      { reporter: webAddress(deviceId), anonymous: true },
      'Asia/Shanghai',
    );
    const officer = await getUser(store.db, 200001);
    await acceptReport({ db: store.db, now: () => AT }, officer, report.id);
    return report;
  }
  const smsNotices = () =>
    store.db
      .selectFrom('notices')
      .select(['recipient', 'kind', 'status'])
      .where('channel', '=', 'sms')
      .execute();

  it('sends the acceptance by SMS to a reporter who asked for it, and not to one who did not', async () => {
    const asked = await saveSmsAddress(
      store.db,
      {
        phone: '+8613800000001',
        villageCode: 'wl-hongqi',
        language: 'zh-CN',
        consent: 'web',
        deviceId: 'deviceWithSmsNews000001',
        urgent: true,
        reportNews: true,
        verifiedAt: AT,
      },
      AT,
    );
    await saveSmsAddress(
      store.db,
      {
        phone: '+8613800000002',
        villageCode: 'wl-hongqi',
        language: 'zh-CN',
        consent: 'web',
        deviceId: 'deviceWithoutSmsNews002',
        urgent: true,
        reportNews: false,
        verifiedAt: AT,
      },
      AT,
    );
    const report = await fileAndAccept('deviceWithSmsNews000001');
    await fileAndAccept('deviceWithoutSmsNews002');
    expect(await smsNotices()).toEqual([
      { recipient: String(asked.id), kind: 'reporter-status', status: 'pending' },
    ]);

    const texts: SmsMessage[] = [];
    await createNoticeLoop({
      db: store.db,
      engine,
      workerId: 'test',
      deliverers: {
        sms: smsDeliverer({
          db: store.db,
          provider: logSms({ info: () => {} }, (m) => texts.push(m)),
          signName: '乌兰县公安局',
          t,
          publicUrl: 'https://cunjing.example.cn',
          limits: { perNumberPerHour: 5, perMinute: 60 },
          now: () => AT,
        }),
      },
      logger: { warn: () => {}, error: () => {} },
      now: () => AT,
    }).drain();
    expect(texts.map((m) => [m.phone, m.template, m.params])).toEqual([
      [
        '+8613800000001',
        'report',
        [
          ['reference', report.reference],
          ['status', t('zh-CN', 'status-accepted')],
          ['link', 'https://cunjing.example.cn/web/'],
        ],
      ],
    ]);
    expect((await smsNotices())[0]?.status).toBe('sent');
  });
});
