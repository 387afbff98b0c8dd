/**
 * Report cards reach officers' inboxes (a station's group or its village officer, a command
 * chat), which the notices name by place and the Telegram channel resolves when it sends: one
 * chat gets one card, every card is edited on a change with the exact place only where it
 * belongs, and notices queued before inboxes existed (by chat id) are still delivered.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enqueueNotices } from '../../src/store/notices.repository.js';
import type { TestApp, TestPerson } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { COUNTY_GROUP, createStationApp, OFFICER, STATION_GROUP } from '../helpers/station-app.js';
import { ENGINES, routeToGroups } from '../helpers/store.js';

describe.each(ENGINES)('report inboxes on %s', (engine) => {
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createStationApp(engine);
  });
  afterEach(() => app.stop());

  async function fileReport(location = false): Promise<TestPerson> {
    const v = app.person({ id: 100001, first_name: '王大妈' });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    await v.send('📣 我要反映');
    await v.tap('rpk:clue');
    await v.tap('rpc:ecology');
    await v.send('有人在山上砍树');
    await v.tap('rpn:done');
    if (location) await v.sendMessage({ location: { latitude: 43.51234, longitude: 111.9 } });
    else await v.tap('rpn:village');
    await v.tap(location ? 'rpn:now' : 'rpn:yesterday');
    await v.tap('rpn:named');
    await v.tap(v.buttonLike('rpy:'));
    expect(v.lastText()).toMatch(/JF-\d{8}-0001/);
    return v;
  }
  const sent = (method: string, chat: number) =>
    app.telegram.calls.filter((c) => c.method === method && Number(c.payload.chat_id) === chat);
  const cardsIn = (chat: number) =>
    sent('sendMessage', chat).filter((c) =>
      JSON.stringify(c.payload.reply_markup).includes('tra:1'),
    );

  it('one card, without the exact place, when the station group is also the command chat', async () => {
    await routeToGroups(app.store.db, STATION_GROUP, STATION_GROUP);
    await fileReport(true);
    const cards = cardsIn(STATION_GROUP);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.payload.text).not.toContain('43.51234');
    expect(cardsIn(COUNTY_GROUP)).toEqual([]);
    const rows = await app.store.db.selectFrom('notices').select('recipient').execute();
    expect(rows.map((r) => r.recipient)).not.toContain(String(STATION_GROUP));
  });

  it('a change edits the card in both chats, the exact place only in the command chat', async () => {
    await fileReport(true);
    expect(cardsIn(STATION_GROUP)).toHaveLength(1);
    expect(cardsIn(COUNTY_GROUP)).toHaveLength(1);
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');
    await officer.tapIn(STATION_GROUP, 'tra:1');
    await app.deliverNotices();
    const station = sent('editMessageText', STATION_GROUP).map((c) => String(c.payload.text));
    const county = sent('editMessageText', COUNTY_GROUP).map((c) => String(c.payload.text));
    expect(station.at(-1)).toContain('李警官');
    expect(station.at(-1)).not.toContain('43.51234');
    expect(county.at(-1)).toContain('李警官');
    expect(county.at(-1)).toContain('43.51234');
  });

  it('a card deleted from one chat does not keep the other chat’s card from being edited', async () => {
    await fileReport();
    app.telegram.failNext('editMessageText', {
      error_code: 400,
      description: 'Bad Request: message to edit not found',
    });
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');
    await officer.tapIn(STATION_GROUP, 'tra:1');
    await app.deliverNotices();
    const edits = app.telegram.calls.filter((c) => c.method === 'editMessageText');
    expect(edits.map((c) => Number(c.payload.chat_id)).sort()).toEqual(
      [STATION_GROUP, COUNTY_GROUP].sort(),
    );
    const edit = await app.store.db
      .selectFrom('notices')
      .select('status')
      .where('kind', '=', 'report-card-edit')
      .executeTakeFirstOrThrow();
    expect(edit.status).toBe('sent');
  });

  it('reaches the village officer when the station has no group', async () => {
    await app.store.db.updateTable('stations').set({ chat_id: null }).execute();
    await app.store.db
      .updateTable('villages')
      .set({ officer_telegram_id: OFFICER })
      .where('code', '=', 'wl-hongqi')
      .execute();
    await fileReport();
    expect(cardsIn(OFFICER)).toHaveLength(1);
    expect(cardsIn(COUNTY_GROUP)).toHaveLength(1);
    expect(cardsIn(STATION_GROUP)).toEqual([]);
  });

  it('sends a queued card to the group configured when it is sent, not when it was queued', async () => {
    await fileReport();
    await enqueueNotices(
      app.store.db,
      [
        {
          idempotencyKey: 'report:1:again',
          channel: 'telegram',
          recipient: 'station:ST-WULAN@wl-hongqi',
          kind: 'report-card',
          payload: { reportId: 1, exactPlace: false, prefixKey: 'card-new-info' },
          priority: 10,
          reportId: 1,
        },
      ],
      new Date(),
    );
    // The county moved the station to a new group (a group upgraded to a supergroup, say).
    await app.store.db.updateTable('stations').set({ chat_id: -100999 }).execute();
    await app.deliverNotices();
    expect(cardsIn(-100999)).toHaveLength(1);
    expect(cardsIn(STATION_GROUP)).toHaveLength(1);
  });

  it('still delivers a card and an edit queued by chat id before the upgrade', async () => {
    await fileReport();
    const [card] = await app.store.db
      .selectFrom('report_notifications')
      .select(['chat_id', 'message_id'])
      .where('chat_id', '=', STATION_GROUP)
      .execute();
    if (!card) throw new Error('no station card');
    await enqueueNotices(
      app.store.db,
      [
        {
          idempotencyKey: 'report:1:card:-100200:old',
          channel: 'telegram',
          recipient: String(COUNTY_GROUP),
          kind: 'report-card',
          payload: { reportId: 1, exactPlace: true, prefixKey: 'card-escalated' },
          priority: 20,
          reportId: 1,
        },
        {
          idempotencyKey: 'report:1:event:1:edit:-100100:old',
          channel: 'telegram',
          recipient: String(STATION_GROUP),
          kind: 'report-card-edit',
          payload: { reportId: 1, messageId: Number(card.message_id), exactPlace: false },
          priority: 10,
          reportId: 1,
        },
      ],
      new Date(),
    );
    await app.deliverNotices();
    expect(cardsIn(COUNTY_GROUP)).toHaveLength(2);
    const edits = sent('editMessageText', STATION_GROUP);
    expect(edits.map((c) => Number(c.payload.message_id))).toEqual([Number(card.message_id)]);
    const statuses = await app.store.db.selectFrom('notices').select('status').execute();
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
  });
});
