/**
 * Notices to WeChat residents outside a conversation, and the memory of handled pushes.
 */
import { describe, expect, it } from 'vitest';
import { notifyResident } from '../../../src/channels/wechat/resident-notice.js';
import { claimWechatMessage, pruneWechatMessages } from '../../../src/store/wechat.repository.js';
import { ENGINES } from '../../helpers/store.js';
import { useWechatHarness } from '../../helpers/wechat-follower.js';

describe.each(ENGINES)('notices to WeChat residents (%s)', (engine) => {
  const h = useWechatHarness(engine, { followers: ['o_wang'] });

  const deps = () => ({
    db: h.store.db,
    api: h.channel.api,
    customerService: h.channel.customerService,
    now: () => h.clock.at,
  });
  const notice = {
    text: '您反映的问题（R-7）已办结。',
    template: { templateId: 'tpl_status', data: { thing1: 'R-7', phrase2: '已办结' } },
  };

  it('goes as a customer-service message inside 48 hours', async () => {
    expect(await notifyResident(deps(), 'o_wang', notice)).toBe('sent');
    expect(h.wechat.texts('o_wang').at(-1)).toBe('您反映的问题（R-7）已办结。');
    expect(h.wechat.state.templates).toEqual([]);
  });

  it('goes as a template message after 48 hours, and is held without a template', async () => {
    h.advance(49 * 3600_000);
    expect(await notifyResident(deps(), 'o_wang', notice)).toBe('sent');
    expect(h.wechat.state.templates).toEqual([
      expect.objectContaining({
        touser: 'o_wang',
        template_id: 'tpl_status',
        data: { thing1: { value: 'R-7' }, phrase2: { value: '已办结' } },
      }),
    ]);
    expect(await notifyResident(deps(), 'o_wang', { text: '无模板的通知' })).toBe('held');
    await h.wechat.text('o_wang', '你好');
    await h.settled();
    expect(h.wechat.texts('o_wang')).toContain('无模板的通知');
  });

  it('remembers handled pushes for a day, then forgets them', async () => {
    const at = h.clock.at;
    expect(await claimWechatMessage(h.store.db, 'm:1', at)).toBe(true);
    expect(await claimWechatMessage(h.store.db, 'm:1', at)).toBe(false);
    expect(
      await pruneWechatMessages(h.store.db, 24 * 3600_000, new Date(at.getTime() + 3600_000)),
    ).toBe(0);
    expect(
      await pruneWechatMessages(h.store.db, 24 * 3600_000, new Date(at.getTime() + 25 * 3600_000)),
    ).toBeGreaterThan(0);
    expect(await claimWechatMessage(h.store.db, 'm:1', at)).toBe(true);
  });
});
