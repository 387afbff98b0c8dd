import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { listAudit } from '../../src/store/audit.repository.js';
import { personOf } from '../../src/store/people.repository.js';
import { getUser } from '../../src/store/users.repository.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { STICKER } from '../helpers/messages.js';

describe('bad input', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.stop());

  async function onboarded(id: number, name = `User${id}`) {
    const person = app.person({ id, first_name: name });
    await person.send('/start v_wl-hongqi');
    await person.tap('lang:zh-CN');
    app.telegram.reset();
    return person;
  }

  it('answers unknown commands and free text outside a flow with the menu', async () => {
    const villager = await onboarded(1);
    await villager.send('/frobnicate');
    expect(villager.lastText()).toContain('没有这个命令');
    await villager.send('你好');
    expect(villager.lastText()).toContain('请点下面的按钮');
    expect(villager.received().at(-1)?.payload.reply_markup.keyboard).toBeDefined();
  });

  it('reminds someone who never set up to send /start', async () => {
    const stranger = app.person({ id: 2 });
    await stranger.send('在吗');
    expect(stranger.texts().join('\n')).toContain('/start');
  });

  it('declines stickers, voice, video notes, contacts and polls politely', async () => {
    const villager = await onboarded(3);
    const kinds = [
      STICKER,
      { voice: { file_id: 'v', file_unique_id: 'v', duration: 3 } },
      { video_note: { file_id: 'n', file_unique_id: 'n', length: 1, duration: 2 } },
      { contact: { phone_number: '+8613800000000', first_name: 'A' } },
      {
        poll: {
          id: 'p',
          question: '?',
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: 'regular',
          allows_multiple_answers: false,
        },
      },
    ];
    for (const kind of kinds) await villager.sendMessage(kind as never);
    const replies = villager.texts();
    expect(replies).toHaveLength(kinds.length);
    for (const reply of replies) expect(reply).toContain('暂时看不懂');
  });

  it('tells people that edited messages are not processed again', async () => {
    const villager = await onboarded(4);
    await app.handle({
      edited_message: {
        message_id: 1,
        date: 0,
        edit_date: 1,
        chat: { id: 4, type: 'private', first_name: 'A' },
        from: villager.user,
        text: '改了',
      },
    });
    expect(villager.lastText()).toContain('修改过的消息');
  });

  it('stays quiet in groups except to explain itself', async () => {
    const group = { id: -500, type: 'group' as const, title: '村民群' };
    const member = { id: 5, is_bot: false, first_name: 'A' };
    await app.handle({
      message: { message_id: 1, date: 0, chat: group, from: member, text: '大家好' },
    });
    expect(app.telegram.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(0);
    await app.handle({
      message: {
        message_id: 2,
        date: 0,
        chat: group,
        from: member,
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    });
    const sent = app.telegram.calls.filter((c) => c.method === 'sendMessage');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload.text).toContain('私聊');
    expect(await getUser(app.store.db, 5)).toBeNull();
  });

  it('refuses and logs forged callback data: random bytes, unknown codes, other people, officer actions', async () => {
    const villager = await onboarded(6);
    await villager.forge('\u0000\uffff💥garbage');
    await villager.forge('vil:no-such-village');
    await villager.forge('lang:xx');
    const refusals = app.telegram.calls.filter((c) => c.method === 'answerCallbackQuery');
    expect(refusals).toHaveLength(3);
    for (const r of refusals)
      expect(r.payload).toMatchObject({
        show_alert: true,
        // Forged bytes "no longer work"; a village button outside a village choice "has expired".
        text: expect.stringMatching(/按钮已失效|按钮已过期/),
      });
    expect(app.logger.entries.filter((e) => e.msg === 'callback refused')).toHaveLength(3);
    expect((await getUser(app.store.db, 6))?.villageCode).toBe('wl-hongqi');

    // A resident forging an admin's button, naming another user's id.
    await villager.forge('rvk:200001');
    await villager.forge('grant:6:station:ST-WULAN');
    expect((await getUser(app.store.db, 6))?.role).toBe('resident');
    const audit = await listAudit(app.store.db, { action: 'refused' });
    expect(audit.map((a) => a.detail.reason)).toEqual([
      'revoke by non-admin',
      'grant by non-admin',
    ]);
    const six = await personOf(app.store.db, telegramAddress(6));
    expect(audit.every((a) => a.actorId === six)).toBe(true);
  });

  it('refuses officer commands to residents, and audits the attempt', async () => {
    const villager = await onboarded(7);
    await villager.send('/grant 7 station:ST-WULAN');
    expect(villager.lastText()).toContain('只有管理员');
    await villager.send('/broadcast');
    expect(villager.lastText()).toContain('只供民警');
    expect((await getUser(app.store.db, 7))?.role).toBe('resident');
    const audit = await listAudit(app.store.db, { action: 'refused' });
    expect(audit.map((a) => a.detail.command)).toEqual(['grant', 'broadcast']);
  });

  it('shows names with <, & and Markdown characters literally', async () => {
    const villager = await onboarded(8, '<b>王*大_妈</b> & `co`');
    await villager.send('/start');
    const sent = villager.received().at(-1);
    expect(sent?.payload.parse_mode).toBe('HTML');
    expect(sent?.payload.text).toContain('&lt;b&gt;王*大_妈&lt;/b&gt; &amp; `co`');
  });

  it('handles a 10,000-character message safely', async () => {
    const villager = await onboarded(9);
    await villager.send('村'.repeat(10_000));
    expect(villager.lastText()).toContain('答不准');
    expect(villager.lastText().length).toBeLessThan(4096);
    await villager.send('/village');
    await villager.send(`红旗${'x'.repeat(10_000)}`);
    expect(villager.lastText().length).toBeLessThan(4096);
  });

  it('tells the person to retry when the database is down, and keeps running', async () => {
    const villager = await onboarded(10);
    await app.store.close();
    await villager.send('/village');
    expect(villager.lastText()).toContain('暂时连不上');
    expect(villager.lastText()).toContain('110');
    expect(
      app.logger.entries.some(
        (e) => e.msg === 'store unavailable during update' && typeof e.update_id === 'number',
      ),
    ).toBe(true);
    await villager.forge('twp:T-WULAN');
    expect(villager.lastText()).toContain('暂时连不上');
    expect(app.telegram.calls.filter((c) => c.method === 'answerCallbackQuery')).toHaveLength(1);
  });
});
