/**
 * A report's later notices through the outbox, end to end: an officer triages on Telegram and a
 * web reporter reads each change in their web inbox, in their own language; a process that dies
 * between the commit and the send loses nothing and sends nothing twice; a card edit that changes
 * nothing counts as done, and a card deleted from the chat is given up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebChannel, type WebChannel } from '../../src/channels/web/web-channel.js';
import { webDeliverer } from '../../src/channels/web/web-notices.js';
import { createWebTranslate } from '../../src/channels/web/web-translate.js';
import { createNoticeLoop } from '../../src/notices/delivery-loop.js';
import { claimDueNotices, noticesOfReport } from '../../src/store/notices.repository.js';
import { listInbox, seeWebResident } from '../../src/store/web-residents.repository.js';
import { type Reporter, submitReport } from '../../src/workflows/reports/submit-report.js';
import { acceptReport } from '../../src/workflows/reports/triage-status.js';
import { textsOf } from '../channels/web/web-client.js';
import { LOCALES_DIR, serviceCatalog, type TestApp } from '../helpers/bot-driver.js';
import { telegramReporter, webReporter } from '../helpers/sample-report.js';
import { COUNTY_GROUP, createStationApp, OFFICER, STATION_GROUP } from '../helpers/station-app.js';
import { ENGINES } from '../helpers/store.js';

const t = createWebTranslate(LOCALES_DIR);
const DEVICE = 'device-bataar';
const VILLAGER = 100001;

describe.each(ENGINES)('reporter news through the outbox on %s', (engine) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createStationApp(engine);
  });
  afterEach(() => app.stop());

  const file = async (reporter: Reporter, locale: string) => {
    const result = await submitReport(
      { db: app.store.db, timeZone: 'Asia/Shanghai' },
      {
        reporter,
        homeVillageCode: 'wl-hongqi',
        submissionKey: `key-${JSON.stringify(reporter)}`,
        locale,
        now: new Date(),
        draft: {
          kind: 'dispute',
          category: 'land',
          description: 'The boundary moved',
          anonymous: true,
        },
      },
    );
    if (result.outcome !== 'stored') throw new Error(result.outcome);
    await app.deliverNotices(); // the cards reach the station and the county
    return result.report;
  };

  it('a web reporter reads the acceptance and the officer’s question in English in the web inbox', async () => {
    await seeWebResident(app.store.db, DEVICE, 'en');
    const report = await file(await webReporter(app.store.db, DEVICE), 'en');
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');
    await officer.tapIn(STATION_GROUP, `tra:${report.id}`);
    await officer.tapIn(STATION_GROUP, `tri:${report.id}:ask`);
    await officer.send('Where was the boundary stone?');
    expect(officer.lastText()).toBe(t('zh-CN', 'triage-relayed'));

    const web: WebChannel = await createWebChannel({
      db: app.store.db,
      catalog: serviceCatalog(),
      localesDir: LOCALES_DIR,
      logger: app.logger,
      publicUrl: 'http://127.0.0.1',
    });
    try {
      const loop = createNoticeLoop({
        db: app.store.db,
        engine,
        workerId: 'web',
        deliverers: { web: webDeliverer(web) },
        logger: app.logger,
      });
      expect(await loop.drain()).toBe(2);
      const inbox = (await listInbox(app.store.db, DEVICE)).flatMap((m) => textsOf(m.body));
      expect(inbox).toEqual([
        t('en', 'reporter-accepted', {
          reference: report.reference,
          status: t('en', 'status-accepted'),
          officer: '李警官',
        }),
        t('en', 'reporter-info-request', {
          reference: report.reference,
          status: t('en', 'status-accepted'),
          text: 'Where was the boundary stone?',
          reportId: String(report.id),
        }),
      ]);
      expect(inbox.join('\n')).toContain('was accepted');
      expect(inbox.join('\n')).not.toMatch(/<b>|<i>/);
    } finally {
      await web.close();
    }
    // The station's card shows the change; no Telegram message went to anyone for the device.
    const edits = app.telegram.calls.filter((c) => c.method === 'editMessageText');
    expect(new Set(edits.map((c) => Number(c.payload.chat_id)))).toEqual(
      new Set([STATION_GROUP, COUNTY_GROUP]),
    );
  });

  it('a crash between the commit and the send still delivers each notice once', async () => {
    const report = await file(await telegramReporter(app.store.db, VILLAGER), 'zh-CN');
    app.telegram.reset();
    // Three minutes ago the officer's change committed, and the process died before it woke the
    // loop. (Times are relative to one instant read here; no assertion depends on the clock.)
    const t0 = Date.now();
    const ago = (minutes: number) => new Date(t0 - minutes * 60_000);
    const officer = { personId: OFFICER, firstName: '李警官', role: 'officer' as const };
    const scope = { kind: 'station' as const, code: 'ST-WULAN' };
    const done = await acceptReport(
      { db: app.store.db, now: () => ago(3) },
      { ...officer, scope },
      report.id,
    );
    expect(done).toMatchObject({ outcome: 'done' });
    // The next process crashed in the middle of each send: the deliverer threw.
    let crashes = 0;
    const crashing = createNoticeLoop({
      db: app.store.db,
      engine,
      workerId: 'crashing',
      deliverers: {
        telegram: async () => {
          crashes++;
          throw new Error('killed mid-send');
        },
      },
      logger: app.logger,
      now: () => new Date(Date.now() - 3 * 60_000),
    });
    await crashing.drain();
    // One edit of both cards, and the reporter's news.
    expect(crashes).toBe(2);
    // The one after claimed them and died too; its lease ran out a minute ago.
    const dead = await claimDueNotices(app.store.db, {
      engine,
      token: 'dead-worker',
      now: ago(2),
      leaseMs: 60_000,
      limit: 10,
    });
    expect(dead).toHaveLength(2);
    expect(app.telegram.calls).toEqual([]);

    // The restarted process delivers them, once each, however often it looks.
    expect(await app.deliverNotices()).toBe(2);
    expect(await app.deliverNotices()).toBe(0);
    const told = app.telegram.calls.filter(
      (c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === VILLAGER,
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.payload.text).toContain(report.reference);
    expect(app.telegram.calls.filter((c) => c.method === 'editMessageText')).toHaveLength(2);
    expect((await noticesOfReport(app.store.db, report.id)).map((n) => n.status)).toEqual([
      'sent',
      'sent',
      'sent',
      'sent',
    ]);
  });

  it('an edit that changes nothing is done; a card deleted from the chat is given up', async () => {
    const report = await file(await telegramReporter(app.store.db, VILLAGER), 'zh-CN');
    app.telegram.failNext('editMessageText', {
      error_code: 400,
      description:
        'Bad Request: message is not modified: specified new message content and reply markup are exactly the same',
    });
    app.telegram.failNext('editMessageText', {
      error_code: 400,
      description: 'Bad Request: message to edit not found',
    });
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');
    await officer.tapIn(STATION_GROUP, `trc:${report.id}:red`);
    const edits = (await noticesOfReport(app.store.db, report.id)).filter(
      (n) => n.kind === 'report-card-edit',
    );
    // One edit for every card: both were tried; the deleted one is passed over, not retried.
    expect(edits.map((n) => [n.recipient, n.status, n.attempts])).toEqual([
      [`cards:${report.id}`, 'sent', 1],
    ]);
    expect(
      app.telegram.calls
        .filter((c) => c.method === 'editMessageText')
        .map((c) => Number(c.payload.chat_id))
        .sort(),
    ).toEqual([STATION_GROUP, COUNTY_GROUP].sort());
  });
});
