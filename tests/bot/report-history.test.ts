/**
 * Issue 10, "report history is write-only": an officer's note and question, the reporter's typed
 * answer and a photo sent afterwards all reach the officers in scope, on the card and in the
 * /reports detail, and never name an anonymous reporter.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { personOf } from '../../src/store/people.repository.js';
import { eventsOf, getReport } from '../../src/store/reports.repository.js';
import type { TestApp, TestPerson } from '../helpers/bot-driver.js';
import { useFixedClock } from '../helpers/clock.js';
import { createStationApp, OFFICER, STATION_GROUP } from '../helpers/station-app.js';
import { ENGINES } from '../helpers/store.js';

const photo = (id: string) =>
  ({ photo: [{ file_id: id, file_unique_id: id, width: 1, height: 1 }] }) as never;

describe.each(ENGINES)('report history on %s', (engine) => {
  useFixedClock();
  let app: TestApp;
  beforeEach(async () => {
    app = await createStationApp(engine);
  });
  afterEach(() => app.stop());

  async function anonymousReport(): Promise<TestPerson> {
    const v = app.person({ id: 100001, first_name: '王大妈' });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    await v.send('📣 我要反映');
    await v.tap('rpk:dispute');
    await v.tap('rpc:land');
    await v.send('邻居把地界石往我家地里挪了两米。');
    await v.sendMessage(photo('first-photo'));
    await v.tap('rpn:done');
    await v.tap('rpn:village');
    await v.tap('rpn:yesterday');
    await v.tap('rpn:anon');
    await v.tap(v.buttonLike('rpy:'));
    return v;
  }
  const groupCard = () =>
    app.telegram.calls
      .filter((c) => Number(c.payload.chat_id) === STATION_GROUP && /Message/.test(c.method))
      .at(-1)?.payload.text as string;

  it('shows notes, the typed answer to "please add" and a later photo to officers, never the reporter', async () => {
    const v = await anonymousReport();
    const reference = (await getReport(app.store.db, 1))?.reference as string;
    const officer = app.person({ id: OFFICER, first_name: '李警官' });
    await officer.send('/start');

    await officer.tapIn(STATION_GROUP, 'tri:1:note');
    expect(JSON.stringify(officer.lastMessage()?.payload.reply_markup)).toContain(
      'cflow:officer-input',
    );
    await officer.send('已电话联系村主任');
    await officer.tapIn(STATION_GROUP, 'tri:1:ask');
    await officer.send('地界石原来在哪个位置？');
    expect(v.lastText()).toContain('地界石原来在哪个位置？');
    expect(v.lastText()).toContain('直接在这里发文字或照片回复');

    // The reporter simply types the answer: stored on the report, confirmed with its reference.
    await v.send('原来在老槐树东边三米。');
    expect(v.lastText()).toContain(`已补充到 ${reference}`);
    await v.sendMessage(photo('later-photo'));
    expect(v.lastText()).toContain(`附件已补充到 ${reference}`);
    // Anything else afterwards is a new conversation, not another addition.
    await v.send('派出所几点上班？');
    expect(v.lastText()).not.toContain('已补充');

    const events = (await eventsOf(app.store.db, 1)).map((e) => [e.type, e.body, e.actor_id]);
    // History names the officer by person.
    const officerPerson = await personOf(app.store.db, telegramAddress(OFFICER));
    expect(events).toEqual(
      expect.arrayContaining([
        ['note', '已电话联系村主任', officerPerson],
        ['info_request', '地界石原来在哪个位置？', officerPerson],
        ['reporter_info', '原来在老槐树东边三米。', null],
        ['reporter_evidence', 'photo', null],
      ]),
    );
    expect(events.filter((e) => e[0] === 'reporter_info')).toHaveLength(1);
    expect((await getReport(app.store.db, 1))?.evidence.map((e) => e.fileId)).toContain(
      'later-photo',
    );

    const card = groupCard();
    expect(card).toContain('处理记录：');
    expect(card).toContain('李警官（内部备注）：已电话联系村主任');
    expect(card).toContain('反映人补充：原来在老槐树东边三米。');
    expect(card).toContain('反映人补充了附件（照片）');
    for (const secret of ['王大妈', '100001', 'later-photo']) expect(card).not.toContain(secret);

    await officer.send('/reports');
    await officer.tap('rpo:1');
    const detail = officer.lastText();
    expect(detail).toContain('请反映人补充：地界石原来在哪个位置？');
    expect(detail).toContain('反映人补充：原来在老槐树东边三米。');
    expect(detail).not.toContain('王大妈');
  });

  it('lets the reporter cancel an addition with a button', async () => {
    const v = await anonymousReport();
    await v.send('👤 我的');
    await v.tap('me:reports');
    await v.tap('myr:1');
    await v.tap('myi:1');
    await v.tap('cflow:reporter-info');
    await v.send('随便问问');
    expect((await eventsOf(app.store.db, 1)).map((e) => e.type)).not.toContain('reporter_info');
  });
});
