/**
 * 回访 in the web chat, on a real database and the real workflows: the officers resolve a web
 * report on Telegram, the resident's inbox gets the news with the question and 😊/😞 choices,
 * and the answer goes through the same workflow as on Telegram (status, history, audit and the
 * officers' cards in one transaction). A second press changes nothing and says so; another
 * device or a forged id is refused, audited without any device, and changes nothing.
 */
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { WebMessage } from '../../../src/channels/web/render.js';
import { createWebSubmitter } from '../../../src/channels/web/submit-report.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import type { Person } from '../../../src/domain/people/roles.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { createNoticeLoop } from '../../../src/notices/delivery-loop.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { noticesOfReport } from '../../../src/store/notices.repository.js';
import {
  eventsOf,
  getReport,
  recordNotification,
  satisfactionOf,
} from '../../../src/store/reports.repository.js';
import { listInbox } from '../../../src/store/web-residents.repository.js';
import { acceptReport, moveStatus } from '../../../src/workflows/reports/triage-status.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const LI: Person = {
  personId: 200001,
  firstName: '李警官',
  language: 'zh-CN',
  villageCode: null,
  role: 'officer',
  scope: { kind: 'station', code: 'ST-WULAN' },
  active: true,
};
const STATION = -100100;
const COUNTY = -100200;

describe.each(ENGINES)('satisfaction feedback in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  let wakes = 0;
  const logger = createMemoryLogger();

  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, STATION, COUNTY);
    wakes = 0;
    ({ web, base } = await startWebChannel(store.db, {
      logger,
      timeZone: 'Asia/Shanghai',
      wakeNotices: () => {
        wakes++;
      },
      submitReport: createWebSubmitter({
        db: store.db,
        timeZone: 'Asia/Shanghai',
        evidenceDir: tmpdir(),
        wakeNotices: () => {},
      }),
    }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
  });

  async function resident(lang = 'zh-CN'): Promise<WebClient> {
    const r = new WebClient(base);
    await r.open(lang);
    await r.post('/web/api/village', { code: 'wl-hongqi' });
    return r;
  }

  /** Files a report from the page, then the officer accepts and resolves it on Telegram. */
  async function resolvedReport(r: WebClient, anonymous: boolean): Promise<number> {
    const sent = await r.post('/web/api/report', {
      category: 'neighbour',
      description: '邻居的牛踩了我家的麦子',
      place: { text: '红旗村二组' },
      anonymous,
      submissionKey: `k-${anonymous ? 'anon' : 'named'}-0123456789`,
    });
    expect(sent.status).toBe(200);
    const list = await r.get('/web/api/myreports');
    const id = Number(String(list.body.message.choices[0].action).split(':')[1]);
    // The report's cards were shown in the station's and the county's groups.
    await recordNotification(store.db, id, STATION, 11);
    await recordNotification(store.db, id, COUNTY, 12);
    const deps = { db: store.db, now: () => new Date() };
    expect(await acceptReport(deps, LI, id)).toMatchObject({ outcome: 'done' });
    expect(await moveStatus(deps, LI, id, 'resolved')).toMatchObject({ outcome: 'done' });
    return id;
  }

  async function deliverToWeb(): Promise<void> {
    const loop = createNoticeLoop({
      db: store.db,
      engine: store.engine,
      workerId: 'test',
      deliverers: { web: webDeliverer(web) },
      logger,
    });
    await loop.drain();
  }

  it.each([
    ['named', false],
    ['anonymous', true],
  ])(
    'a %s reporter is asked with the news, answers 😊 once, and the officers see it',
    async (_, anonymous) => {
      const wang = await resident();
      const id = await resolvedReport(wang, anonymous);
      const reference = (await getReport(store.db, id))?.reference ?? '';
      await deliverToWeb();

      // The closing news asks the question in words, with the two choices under it.
      const inbox = await listInbox(store.db, deviceOf(wang));
      const news = inbox.at(-1)?.body as WebMessage;
      expect(textsOf(news)).toEqual([
        t('zh-CN', 'reporter-status', { reference, status: t('zh-CN', 'status-resolved') }),
        t('zh-CN', 'feedback-question', { reference }),
      ]);
      expect(news.choices).toEqual([
        { label: '😊 满意', action: `feedback:${id}:yes` },
        { label: '😞 不满意', action: `feedback:${id}:no` },
      ]);
      const cardsBefore = (await noticesOfReport(store.db, id)).length;

      const answered = await wang.post('/web/api/feedback', { reportId: id, answer: 'yes' });
      expect(answered.status).toBe(200);
      expect(textsOf(answered.body.message)).toEqual([t('zh-CN', 'feedback-thanks')]);
      expect(await getReport(store.db, id)).toMatchObject({ status: 'closed' });
      expect(await satisfactionOf(store.db, id)).toBe('yes');
      const feedback = (await eventsOf(store.db, id)).filter((e) => e.type === 'feedback');
      expect(feedback.map((e) => [e.body, e.actor_id])).toEqual([['satisfied', null]]);
      // The officers' cards (both: the station's and the county's) are brought up to date from
      // the outbox, as for a Telegram answer: one edit of every card of the report.
      const cards = (await noticesOfReport(store.db, id)).slice(cardsBefore);
      expect(cards.map((c) => [c.kind, c.recipient])).toEqual([
        ['report-card-edit', `cards:${id}`],
      ]);
      expect(wakes).toBe(1);

      // A second press, either way: nothing changes, and the resident is told it is recorded.
      const again = await wang.post('/web/api/feedback', { reportId: id, answer: 'no' });
      expect(again.status).toBe(200);
      expect(textsOf(again.body.message)).toEqual([t('zh-CN', 'feedback-recorded', { reference })]);
      expect(await getReport(store.db, id)).toMatchObject({ status: 'closed' });
      expect(await satisfactionOf(store.db, id)).toBe('yes');
      expect((await eventsOf(store.db, id)).filter((e) => e.type === 'feedback')).toHaveLength(1);
      expect(await noticesOfReport(store.db, id)).toHaveLength(cardsBefore + 1);

      // Nothing written names the device, and nothing names the person.
      const audit = await listAudit(store.db, { subject: `report:${id}` });
      const answer = audit.find((a) => a.action === 'report.feedback.satisfied');
      expect(answer?.actorId).toBeNull();
      const device = deviceOf(wang);
      expect(JSON.stringify(audit) + JSON.stringify(cards)).not.toContain(device);
      expect(JSON.stringify(logger.entries)).not.toContain(device);
    },
  );

  it('😞 reopens the report with a fresh card for the officers, in the resident’s language', async () => {
    const bataar = await resident('en');
    const id = await resolvedReport(bataar, true);
    const reference = (await getReport(store.db, id))?.reference ?? '';
    await deliverToWeb();
    const news = (await listInbox(store.db, deviceOf(bataar))).at(-1)?.body as WebMessage;
    expect(textsOf(news)[1]).toBe(t('en', 'feedback-question', { reference }));
    expect(news.choices.map((c: { label: string }) => c.label)).toEqual([
      t('en', 'feedback-yes'),
      t('en', 'feedback-no'),
    ]);

    const answered = await bataar.post('/web/api/feedback', { reportId: id, answer: 'no' });
    expect(textsOf(answered.body.message)).toEqual([t('en', 'feedback-reopened')]);
    expect(await getReport(store.db, id)).toMatchObject({ status: 'in_progress' });
    expect(await satisfactionOf(store.db, id)).toBe('no');
    const fresh = (await noticesOfReport(store.db, id)).filter((n) => n.kind === 'report-card');
    expect(fresh.at(-1)?.payload).toMatchObject({ prefixKey: 'card-reopened' });
    const again = await bataar.post('/web/api/feedback', { reportId: id, answer: 'no' });
    expect(textsOf(again.body.message)).toEqual([t('en', 'feedback-recorded', { reference })]);
    expect(await getReport(store.db, id)).toMatchObject({ status: 'in_progress' });
  });

  it('another device, a forged id, a missing token or a report not resolved: refused, nothing changes', async () => {
    const wang = await resident();
    const id = await resolvedReport(wang, true);
    const before = await eventsOf(store.db, id);
    const forger = await resident();
    for (const target of [id, 999_999]) {
      const forged = await forger.post('/web/api/feedback', { reportId: target, answer: 'no' });
      expect(forged.status).toBe(404);
      expect(forged.body.error.message).toBe(t('zh-CN', 'web-mine-not-found'));
    }
    expect(
      (await wang.post('/web/api/feedback', { reportId: id, answer: 'yes' }, false)).status,
    ).toBe(403);
    expect((await wang.post('/web/api/feedback', { reportId: id, answer: 'maybe' })).status).toBe(
      400,
    );
    expect((await wang.post('/web/api/feedback', { reportId: 'abc', answer: 'yes' })).status).toBe(
      400,
    );
    expect(await getReport(store.db, id)).toMatchObject({ status: 'resolved' });
    expect(await satisfactionOf(store.db, id)).toBeNull();
    expect(await eventsOf(store.db, id)).toEqual(before);
    const refused = await listAudit(store.db, { action: 'web.refused' });
    expect(refused.map((a) => [a.subject, a.actorId])).toEqual(
      expect.arrayContaining([
        [`report:${id}`, null],
        ['report:999999', null],
      ]),
    );
    const text = JSON.stringify(refused) + JSON.stringify(logger.entries);
    expect(text).not.toContain(deviceOf(forger));
    expect(text).not.toContain(deviceOf(wang));

    // An open report the officers have not resolved asks nothing yet.
    const li = await resident();
    const sent = await li.post('/web/api/report', {
      category: 'theft',
      description: '丢了一辆摩托车',
      place: { text: '红旗村' },
      submissionKey: 'k-open-0123456789abc',
    });
    expect(sent.status).toBe(200);
    const open = Number(
      String((await li.get('/web/api/myreports')).body.message.choices[0].action).split(':')[1],
    );
    const early = await li.post('/web/api/feedback', { reportId: open, answer: 'yes' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe(t('zh-CN', 'feedback-not-due'));
    expect(await getReport(store.db, open)).toMatchObject({ status: 'new' });
  });
});
