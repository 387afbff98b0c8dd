/**
 * 我的积分 in the web chat, on a real database and the real report and triage workflows: a
 * resident's reports earn points from an officer on Telegram (whose words are Mongolian), and
 * 我的 → 我的积分 shows the balance, each ledger line with its date and reason in the resident's
 * own language, and how points are earned and exchanged. The anonymous report's line names no
 * reference, another device sees nothing of either. At the village shop the resident shows a
 * code got with a POST (CSRF applies), the officer's /redeem workflow takes the points once, and
 * the resident hears of it in the web chat; an item typed with markup stays text.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createWebSubmitter } from '../../../src/channels/web/submit-report.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import type { Person } from '../../../src/domain/people/roles.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { createKeyvFactory } from '../../../src/store/keyv.js';
import { getReport } from '../../../src/store/reports.repository.js';
import { listInbox } from '../../../src/store/web-residents.repository.js';
import { type CodeStore, redeemWithCode } from '../../../src/workflows/points/redeem.js';
import { countyTime } from '../../../src/workflows/reports/report-history.js';
import { awardReportPoints } from '../../../src/workflows/reports/triage-points.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const LI: Person = {
  personId: 200001,
  firstName: '李警官',
  language: 'mn',
  villageCode: null,
  role: 'officer',
  scope: { kind: 'station', code: 'ST-WULAN' },
  active: true,
};
const NOW = new Date('2026-12-04T02:00:00Z');

describe.each(ENGINES)('my points in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  let codes: CodeStore;

  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, -100100, -100200);
    codes = createKeyvFactory(store.db).create<unknown>('cache');
    ({ web, base } = await startWebChannel(store.db, {
      timeZone: 'Asia/Shanghai',
      codes,
      submitReport: createWebSubmitter({
        db: store.db,
        timeZone: 'Asia/Shanghai',
        // Reports here carry no photos: nothing is ever written under this directory.
        evidenceDir: join(tmpdir(), 'cunjing-web-points-unused'),
        wakeNotices: () => {},
      }),
    }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  async function fileReport(r: WebClient, anonymous: boolean, key: string): Promise<number> {
    const sent = await r.post('/web/api/report', {
      category: 'theft',
      description: '昨晚羊圈里丢了三只羊',
      place: { text: '红旗村东头羊圈' },
      anonymous,
      submissionKey: key,
    });
    expect(sent.status).toBe(200);
    const list = await r.get('/web/api/myreports');
    return Number(String(list.body.message.choices[0].action).split(':')[1]);
  }

  /** The officer's 🎁 on the report card, pressed in the officer's (Mongolian) words. */
  async function award(reportId: number, reason: 'clue' | 'mediation') {
    const result = await awardReportPoints({ db: store.db, now: () => NOW }, LI, reportId, {
      points: 10,
      reason,
      reasonText: t('mn', `points-reason-${reason}`),
    });
    expect(result).toMatchObject({ outcome: 'done' });
  }

  /** The day each ledger line was written, newest first, on the county's clock. */
  async function ledgerDays(): Promise<string[]> {
    const rows = await store.db
      .selectFrom('point_ledger')
      .select('at')
      .orderBy('id', 'desc')
      .execute();
    return rows.map((r) => countyTime(r.at, 'Asia/Shanghai').slice(0, 10));
  }

  it('shows the balance and the ledger lines in the resident’s language, to that resident alone', async () => {
    const wang = new WebClient(base);
    await wang.open();
    await wang.post('/web/api/village', { code: 'wl-hongqi' });

    // Before any points: the balance is 0 and the page says how to earn and exchange them.
    const none = await wang.get('/web/api/points');
    expect(none.status).toBe(200);
    expect(textsOf(none.body.message)).toEqual([
      t('zh-CN', 'points-title'),
      t('zh-CN', 'points-balance', { balance: 0 }),
      t('zh-CN', 'points-history-none'),
      t('zh-CN', 'points-how'),
    ]);

    const named = await fileReport(wang, false, 'k-named-0123456789');
    await award(named, 'clue');
    const anonymous = await fileReport(wang, true, 'k-anon-0123456789');
    await award(anonymous, 'mediation');
    const reference = (await getReport(store.db, named))?.reference ?? '';
    const anonymousReference = (await getReport(store.db, anonymous))?.reference ?? '';
    expect(reference).not.toBe(anonymousReference);
    // At the village shop: the resident gets a code (a POST: without the CSRF token, none), the
    // officer records the exchange with it, the item typed with markup.
    expect((await wang.post('/web/api/pointscode', {}, false)).status).toBe(403);
    const coded = await wang.post('/web/api/pointscode', {});
    const code = /\d{6}/.exec(textsOf(coded.body.message)[0] ?? '')?.[0] ?? '';
    expect(textsOf(coded.body.message)).toEqual([t('zh-CN', 'points-code', { code })]);
    const redeem = (points: number) =>
      redeemWithCode({ db: store.db, codes, now: () => NOW }, LI, {
        code,
        points,
        item: '<b>一桶</b>食用油',
      });
    expect(await redeem(50)).toEqual({ outcome: 'insufficient', balance: 20 });
    expect(await redeem(5)).toMatchObject({ outcome: 'done', balance: 15 });
    expect(await redeem(1)).toEqual({ outcome: 'bad-code' });
    // The resident hears of it in the web chat, in their language, the item as typed.
    const loop = createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      deliverers: { web: webDeliverer(web) },
      logger: createMemoryLogger(),
    });
    // (After the news of the two awards, which waited in the outbox too.)
    expect(await loop.drain()).toBe(3);
    const inbox = await listInbox(store.db, deviceOf(wang));
    expect(textsOf(inbox.at(-1)?.body)).toEqual([
      t('zh-CN', 'redeem-done-resident', { points: 5, balance: 15, item: '<b>一桶</b>食用油' }),
    ]);

    const [redeemedOn, mediationOn, clueOn] = await ledgerDays();
    const shown = await wang.get('/web/api/points');
    expect(textsOf(shown.body.message)).toEqual([
      t('zh-CN', 'points-title'),
      t('zh-CN', 'points-balance', { balance: 15 }),
      t('zh-CN', 'points-history-title'),
      t('zh-CN', 'points-history-line', {
        date: redeemedOn ?? '',
        delta: '-5',
        reason: '<b>一桶</b>食用油',
      }),
      // Credited through the anonymous report's relay, as on Telegram: the line names the
      // resident's own reference, which their 我的反映 shows them anyway.
      t('zh-CN', 'points-history-award', {
        date: mediationOn ?? '',
        delta: '+10',
        reason: t('zh-CN', 'points-reason-mediation'),
        reference: anonymousReference,
      }),
      t('zh-CN', 'points-history-award', {
        date: clueOn ?? '',
        delta: '+10',
        reason: t('zh-CN', 'points-reason-clue'),
        reference,
      }),
      t('zh-CN', 'points-how'),
    ]);
    // The Mongolian words the officer's award was stored in are not what a Chinese reader sees.
    const body = JSON.stringify(shown.body);
    expect(body).not.toContain(t('mn', 'points-reason-clue'));

    // In English, the same lines in English.
    await wang.post('/web/api/language', { locale: 'en' });
    const english = textsOf((await wang.get('/web/api/points')).body.message);
    expect(english).toContain(
      t('en', 'points-history-award', {
        date: clueOn ?? '',
        delta: '+10',
        reason: t('en', 'points-reason-clue'),
        reference,
      }),
    );
    expect(english).toContain(t('en', 'points-balance', { balance: 15 }));

    // Another device (another person) sees no points and nothing of these reports.
    const other = new WebClient(base);
    await other.open();
    const theirs = await other.get('/web/api/points');
    expect(theirs.body.message.choices).toEqual([
      { label: t('zh-CN', 'points-code-button'), action: 'pointscode' },
    ]);
    expect(textsOf(theirs.body.message)).toEqual([
      t('zh-CN', 'points-title'),
      t('zh-CN', 'points-balance', { balance: 0 }),
      t('zh-CN', 'points-history-none'),
      t('zh-CN', 'points-how'),
    ]);
    expect(JSON.stringify(theirs.body)).not.toContain(reference);
    expect(JSON.stringify(theirs.body)).not.toContain(anonymousReference);
    // Without the device cookie, nothing is read.
    expect((await new WebClient(base).get('/web/api/points')).status).toBe(403);
  });
});
