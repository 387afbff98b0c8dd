/**
 * Notices from the outbox to WeChat residents (channel 'wechat', addressed by openid), through
 * the real notice loop and the emulator: inside 48 hours a customer-service message; after it a
 * template message when one is configured, else held for the resident's next message; a resident
 * who left is `blocked`, and report cards never go to WeChat.
 */
import { describe, expect, it } from 'vitest';
import type { NoticeTemplate } from '../../../src/channels/wechat/wechat-notices.js';
import type { NewNotice } from '../../../src/domain/notices/notice.js';
import { enqueueNotices } from '../../../src/store/notices.repository.js';
import { ENGINES } from '../../helpers/store.js';
import { deliverNotices, useWechatHarness } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('outbox notices to WeChat residents (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang'], greet: true });

  let serial = 0;
  const notice = (over: Partial<NewNotice> = {}): NewNotice => ({
    idempotencyKey: `wechat-test:${++serial}`,
    channel: 'wechat',
    recipient: 'o_wang',
    kind: 'reporter-status',
    payload: {
      reportId: 7,
      reference: 'JF-7',
      // In progress: a resolved report's news comes with the 😊/😞 menu (tests/channels/wechat/feedback.test.ts).
      status: 'in_progress',
      key: 'reporter-status',
      vars: {},
    },
    priority: 10,
    ...over,
  });

  /** Enqueues the notices and runs the notice loop once over them, as the app does. */
  async function deliver(notices: NewNotice[], template?: NoticeTemplate) {
    await enqueueNotices(h.store.db, notices, h.clock.at);
    await deliverNotices(h, engine, { wechat: { template } });
    return (
      await h.store.db.selectFrom('notices').select(['kind', 'status']).orderBy('id').execute()
    ).map((r) => `${r.kind}:${r.status}`);
  }

  it('sends a report status as a customer-service message inside 48 hours, in plain text', async () => {
    const before = h.wechat.texts('o_wang').length;
    expect(await deliver([notice()])).toEqual(['reporter-status:sent']);
    expect(h.wechat.texts('o_wang').slice(before)).toEqual(['📣 您的反映 JF-7 状态更新：处理中。']);
  });

  it('sends a message notice too, and never a report card', async () => {
    const card = notice({ kind: 'report-card', payload: { reportId: 1, exactPlace: false } });
    const message = notice({ kind: 'message', payload: { key: 'wechat-link-open-web' } });
    expect(await deliver([card, message])).toEqual(['report-card:failed', 'message:sent']);
    expect(h.wechat.texts('o_wang').at(-1)).toBe('直接打开网页版');
  });

  it('after 48 hours goes as the configured template message, the status first in the field', async () => {
    h.advance(49 * 3600_000);
    const template = { templateId: 'tpl_status_0001', field: 'thing1', url: 'https://c.cn/m' };
    expect(await deliver([notice()], template)).toEqual(['reporter-status:sent']);
    expect(h.wechat.state.templates).toEqual([
      expect.objectContaining({
        touser: 'o_wang',
        template_id: 'tpl_status_0001',
        url: 'https://c.cn/m',
        // A `thing` field takes 20 characters: the status comes first, so a cut never drops it.
        data: { thing1: { value: '处理中：JF-7' } },
      }),
    ]);
  });

  it('after 48 hours without a template is held, once, until the resident writes', async () => {
    h.advance(49 * 3600_000);
    const before = h.wechat.texts('o_wang').length;
    expect(await deliver([notice()])).toEqual(['reporter-status:sent']);
    expect(h.wechat.texts('o_wang')).toHaveLength(before);
    await h.wechat.text('o_wang', '我的反映怎么样了');
    await h.settled();
    const after = h.wechat.texts('o_wang').slice(before);
    expect(after.filter((m) => m.includes('JF-7'))).toEqual([
      '📣 您的反映 JF-7 状态更新：处理中。',
    ]);
  });

  it('marks a notice to a resident who left, or to an unknown openid, blocked', async () => {
    await h.wechat.unfollow('o_wang');
    await h.settled();
    expect(await deliver([notice(), notice({ recipient: 'o_nobody' })])).toEqual([
      'reporter-status:blocked',
      'reporter-status:blocked',
    ]);
  });
});
