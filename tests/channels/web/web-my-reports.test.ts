/**
 * 我的反映 in the web chat, on a real database and the real report workflow: a resident files a
 * report, finds it under "my reports" with its status in plain words and the officers' replies
 * and questions (never the alert colour or internal notes), and answers with words and a photo.
 * Another device's forged report id is refused, audited without any device, and changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { createWebSubmitter } from '../../../src/channels/web/submit-report.js';
import type { WebChannel } from '../../../src/channels/web/web-channel.js';
import { createWebTranslate } from '../../../src/channels/web/web-translate.js';
import { createMemoryLogger } from '../../../src/logger.js';
import { listAudit } from '../../../src/store/audit.repository.js';
import { noticesOfReport } from '../../../src/store/notices.repository.js';
import {
  addEvent,
  eventsOf,
  getReport,
  moveReport,
  setColour,
} from '../../../src/store/reports.repository.js';
import { createSampleReport } from '../../helpers/sample-report.js';
import { createTestStore, ENGINES, routeToGroups, type TestStore } from '../../helpers/store.js';
import { jpegWithGps } from './photo.test-data.js';
import { deviceOf, startWebChannel, textsOf, WebClient } from './web-client.js';

const t = createWebTranslate(LOCALES_DIR);
const OFFICER = 200001;
const labels = (message: { choices: { label: string }[] }) => message.choices.map((c) => c.label);

describe.each(ENGINES)('my reports in the web chat on %s', (engine) => {
  let store: TestStore;
  let web: WebChannel;
  let base: string;
  let evidenceDir: string;
  let wakes = 0;
  const logger = createMemoryLogger();

  beforeEach(async () => {
    store = await createTestStore(engine);
    await routeToGroups(store.db, -100100, -100200);
    evidenceDir = await mkdtemp(join(tmpdir(), 'cunjing-evidence-'));
    wakes = 0;
    ({ web, base } = await startWebChannel(store.db, {
      logger,
      timeZone: 'Asia/Shanghai',
      evidenceDir,
      wakeNotices: () => {
        wakes++;
      },
      submitReport: createWebSubmitter({
        db: store.db,
        timeZone: 'Asia/Shanghai',
        evidenceDir,
        wakeNotices: () => {},
      }),
    }));
  });
  afterEach(async () => {
    await web.close();
    await store.cleanup();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  async function resident(): Promise<WebClient> {
    const r = new WebClient(base);
    await r.open();
    await r.post('/web/api/village', { code: 'wl-hongqi' });
    return r;
  }

  async function fileReport(r: WebClient, key = 'k-0123456789abcdef'): Promise<number> {
    const sent = await r.post('/web/api/report', {
      category: 'theft',
      description: '昨晚羊圈里丢了三只羊',
      place: { text: '红旗村东头羊圈' },
      submissionKey: key,
    });
    expect(sent.status).toBe(200);
    const list = await r.get('/web/api/myreports');
    const choice = list.body.message.choices[0];
    return Number(String(choice.action).split(':')[1]);
  }

  it('lists the resident’s reports in plain words, and shows replies and questions but no colour or notes', async () => {
    const wang = await resident();
    const empty = await wang.get('/web/api/myreports');
    expect(textsOf(empty.body.message)).toEqual([t('zh-CN', 'my-reports-none')]);

    const id = await fileReport(wang);
    const report = await getReport(store.db, id);
    if (!report) throw new Error('report not stored');
    // The officers triage it on Telegram: colour, accept, an internal note, a reply, a question.
    await setColour(store.db, id, 'red');
    await moveReport(store.db, id, 'new', 'accepted');
    await addEvent(store.db, id, OFFICER, 'colour', 'red');
    await addEvent(store.db, id, OFFICER, 'status', 'accepted');
    await addEvent(store.db, id, OFFICER, 'note', '内部：疑似惯犯，先别惊动');
    await addEvent(store.db, id, OFFICER, 'reply', '我们明天上午去看看');
    await addEvent(store.db, id, OFFICER, 'info_request', '羊耳朵上有记号吗？');

    const list = await wang.get('/web/api/myreports');
    const status = t('zh-CN', 'status-accepted');
    expect(labels(list.body.message)).toEqual([
      t('zh-CN', 'web-mine-choice', { reference: report.reference, status }),
    ]);
    expect(textsOf(list.body.message)).toContain(t('zh-CN', 'web-mine-device-only'));

    const detail = await wang.get(`/web/api/myreport?id=${id}`);
    expect(detail.status).toBe(200);
    const texts = textsOf(detail.body.message).join('\n');
    expect(texts).toContain(status);
    expect(texts).toContain('昨晚羊圈里丢了三只羊');
    expect(texts).toContain('我们明天上午去看看');
    expect(texts).toContain('羊耳朵上有记号吗？');
    expect(texts).toContain(t('zh-CN', 'web-mine-officer-asks'));
    expect(texts).not.toContain('疑似惯犯');
    expect(texts).not.toMatch(/red|红色|🔴|🟡|🟢/);
    expect(JSON.stringify(list.body) + JSON.stringify(detail.body)).not.toMatch(/red|🔴/);
    expect(labels(detail.body.message)).toEqual([
      t('zh-CN', 'web-mine-add'),
      t('zh-CN', 'web-mine-back'),
    ]);
  });

  it('answers the officer with words and a photo: stored with no actor, metadata removed, cards enqueued', async () => {
    const wang = await resident();
    const id = await fileReport(wang);
    await addEvent(store.db, id, OFFICER, 'info_request', '羊耳朵上有记号吗？');
    const cardsBefore = (await noticesOfReport(store.db, id)).length;

    const answered = await wang.post('/web/api/addinfo', {
      reportId: id,
      text: '<b>有</b>，左耳剪了一个口',
      photo: jpegWithGps().toString('base64'),
    });
    expect(answered.status).toBe(200);
    const reference = (await getReport(store.db, id))?.reference ?? '';
    const texts = textsOf(answered.body.message);
    expect(texts[0]).toBe(t('zh-CN', 'web-mine-added', { reference }));
    expect(texts.join('\n')).toContain('<b>有</b>，左耳剪了一个口');
    expect(texts.join('\n')).toContain(t('zh-CN', 'evidence-kind-photo'));
    expect(texts).not.toContain(t('zh-CN', 'web-mine-officer-asks'));

    const events = (await eventsOf(store.db, id)).filter((e) => e.type.startsWith('reporter_'));
    expect(events.map((e) => [e.type, e.body, e.actor_id])).toEqual([
      ['reporter_info', '<b>有</b>，左耳剪了一个口', null],
      ['reporter_evidence', 'photo', null],
    ]);
    const evidence = (await getReport(store.db, id))?.evidence ?? [];
    expect(evidence).toHaveLength(1);
    const [file] = readdirSync(evidenceDir);
    expect(`web:${file}`).toBe(evidence[0]?.fileId);
    const bytes = readFileSync(join(evidenceDir, file ?? ''));
    expect(bytes.includes('GPSLatitude')).toBe(false);

    // The officers' chats get a fresh card with the addition, from the outbox.
    const cards = await noticesOfReport(store.db, id);
    expect(cardsBefore).toBe(2);
    expect(cards.slice(2).map((c) => [c.kind, c.recipient, c.payload])).toEqual([
      // A fresh card headed "the reporter added information" for the station and the county.
      // (Named by the inboxes of the report's village; the Telegram channel finds the groups.)
      [
        'report-card',
        'station:ST-WULAN@wl-hongqi',
        { reportId: id, exactPlace: false, prefixKey: 'card-new-info' },
      ],
      [
        'report-card',
        'command:county',
        { reportId: id, exactPlace: true, prefixKey: 'card-new-info' },
      ],
    ]);
    expect(wakes).toBe(1);
    // Nothing written anywhere names the device.
    const device = deviceOf(wang);
    const audit = await listAudit(store.db, { subject: `report:${id}` });
    expect(audit.map((a) => a.action)).toContain('report.reporter_info');
    expect(JSON.stringify(audit)).not.toContain(device);
    expect(JSON.stringify(cards)).not.toContain(device);
    expect(JSON.stringify(logger.entries)).not.toContain(device);

    // A photo that is not one, and an empty addition: refused, nothing added.
    const fake = await wang.post('/web/api/addinfo', {
      reportId: id,
      photo: Buffer.from('just text named sheep.jpg').toString('base64'),
    });
    expect(fake.status).toBe(415);
    expect((await wang.post('/web/api/addinfo', { reportId: id, text: '  ' })).status).toBe(400);
    expect((await wang.post('/web/api/addinfo', { reportId: id, text: 'x' }, false)).status).toBe(
      403,
    );
    expect(await eventsOf(store.db, id)).toHaveLength(events.length + 2);
  });

  it('another device’s forged report id is refused and audited without a device, and nothing changes', async () => {
    const wang = await resident();
    const id = await fileReport(wang);
    const telegramReport = (
      await createSampleReport(store.db, { submissionKey: 'tg-1' }, 'Asia/Shanghai')
    ).report;
    const before = await eventsOf(store.db, id);

    const forger = await resident();
    expect(textsOf((await forger.get('/web/api/myreports')).body.message)).toEqual([
      t('zh-CN', 'my-reports-none'),
    ]);
    for (const target of [id, telegramReport.id, 999_999]) {
      const read = await forger.get(`/web/api/myreport?id=${target}`);
      expect(read.status).toBe(404);
      expect(read.body.error.message).toBe(t('zh-CN', 'web-mine-not-found'));
      const add = await forger.post('/web/api/addinfo', { reportId: target, text: '假的补充' });
      expect(add.status).toBe(404);
    }
    expect(await eventsOf(store.db, id)).toEqual(before);
    expect((await eventsOf(store.db, telegramReport.id)).map((e) => e.type)).toEqual(['created']);
    const refused = await listAudit(store.db, { action: 'web.refused' });
    expect(refused.map((a) => a.subject)).toEqual([
      `report:${id}`,
      `report:${id}`,
      `report:${telegramReport.id}`,
      `report:${telegramReport.id}`,
      'report:999999',
      'report:999999',
    ]);
    expect(refused.every((a) => a.actorId === null)).toBe(true);
    const text = JSON.stringify(refused) + JSON.stringify(logger.entries);
    expect(text).not.toContain(deviceOf(forger));
    expect(text).not.toContain(deviceOf(wang));
    // Junk ids are a plain bad request.
    expect((await forger.get('/web/api/myreport?id=abc')).status).toBe(400);
    // Guessing ids in a loop is slowed down before it can flood the audit log.
    const guesses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => forger.get(`/web/api/myreport?id=${1000 + i}`)),
    );
    expect(guesses.filter((g) => g.status === 429).length).toBeGreaterThan(0);
    expect((await listAudit(store.db, { action: 'web.refused', limit: 500 })).length).toBeLessThan(
      56,
    );
  });

  it('a closed report can be read but not added to; a resident who cleared cookies sees nothing', async () => {
    const wang = await resident();
    const id = await fileReport(wang);
    await moveReport(store.db, id, 'new', 'rejected', { reject_reason: '不属于公安管辖' });
    await addEvent(store.db, id, OFFICER, 'status', 'rejected');
    const detail = await wang.get(`/web/api/myreport?id=${id}`);
    const texts = textsOf(detail.body.message);
    expect(texts).toContain('不属于公安管辖');
    expect(texts).toContain(t('zh-CN', 'web-mine-closed'));
    expect(labels(detail.body.message)).toEqual([t('zh-CN', 'web-mine-back')]);
    const refused = await wang.post('/web/api/addinfo', { reportId: id, text: '还有' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(t('zh-CN', 'web-mine-closed'));

    // Cookies cleared: a new device, with none of the old reports.
    wang.cookie = '';
    await wang.open();
    expect(textsOf((await wang.get('/web/api/myreports')).body.message)).toEqual([
      t('zh-CN', 'my-reports-none'),
    ]);
    expect((await wang.get(`/web/api/myreport?id=${id}`)).status).toBe(404);
  });
});
