/**
 * An urgent warning approved with a photo, published to the WeChat followers of a village (the
 * approval's `publishToOtherChannels`) and delivered by the real notice loop through the
 * emulator: the follower reads the words first and then sees the photo, each once, whatever
 * WeChat's window allows. Past the 48-hour window the words go as a template message where the
 * account has one; a follower who gave a number in WeChat gets the warning by SMS as well, and
 * the WeChat copy waits, words then photo, for their next message.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { createPlainTranslate } from '../../../src/channels/wechat/texts.js';
import type { NoticeTemplate } from '../../../src/channels/wechat/wechat-notices.js';
import { ENGINES } from '../../helpers/store.js';
import {
  deliverNotices,
  publishToHongqi,
  useWechatHarness,
} from '../../helpers/wechat-follower.js';

const plain = createPlainTranslate(LOCALES_DIR);
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 6, 5, 4, 3, 2]);
const WARNING = '有人冒充民警打电话，请勿转账。';
const TEMPLATE: NoticeTemplate = { templateId: 'tmpl-notice-1', field: 'thing1' };

type Body = { msgtype?: string; text?: { content?: string }; image?: { media_id?: string } };

describe.each(ENGINES)('an urgent warning with a photo to WeChat followers (%s)', (engine) => {
  const sent: SmsMessage[] = [];
  beforeEach(() => {
    sent.length = 0;
  });
  const h = useWechatHarness(engine, {
    followers: ['o_wang'],
    greet: true,
    photos: async () => PHOTO,
    sms: true,
  });

  /** Approves a warning with a photo for 红旗村 and runs the outbox until it is empty. */
  async function warn(template?: NoticeTemplate) {
    await publishToHongqi(h, { kind: 'urgent', text: WARNING, photoFileId: 'tg-photo-7' });
    await deliverNotices(h, engine, { wechat: { template }, sms: { sent } });
  }

  /** What the follower got about the warning: its words and its picture, in order. */
  const warningParts = () =>
    (h.wechat.received('o_wang') as Body[])
      .filter((b) => b.msgtype === 'image' || b.text?.content?.includes(WARNING))
      .map((b) => b.msgtype);
  const held = () => h.store.db.selectFrom('wechat_pending_messages').selectAll().execute();
  const noticeRows = () =>
    h.store.db
      .selectFrom('notices')
      .select(['channel', 'status'])
      .where('kind', '=', 'broadcast')
      .orderBy('channel')
      .execute();

  it('inside the window: the words, then the photo, each once', async () => {
    await warn();
    expect(warningParts()).toEqual(['text', 'image']);
    const words = h.wechat.texts('o_wang').at(-2) ?? '';
    expect(words).toContain(plain('zh-CN', 'broadcast-header-urgent'));
    expect(words).toContain(WARNING);
    expect(h.wechat.images('o_wang')).toEqual([PHOTO]);
    expect(await noticeRows()).toEqual([{ channel: 'wechat', status: 'sent' }]);
    expect(await held()).toEqual([]);
  });

  it('when the window allows one more message, the words go and the photo waits', async () => {
    const resident = h.wechat.state.residents.get('o_wang');
    if (!resident) throw new Error('o_wang is not in the emulator');
    resident.quota = 1;
    await warn();
    expect(warningParts()).toEqual(['text']);
    expect((await held()).map((r) => JSON.parse(r.body).msgtype)).toEqual(['image']);
    expect(await noticeRows()).toEqual([{ channel: 'wechat', status: 'sent' }]);

    // The follower writes again: the photo goes, and the words are not repeated.
    await h.wechat.text('o_wang', '收到');
    await h.settled();
    expect(warningParts()).toEqual(['text', 'image']);
    expect(h.wechat.images('o_wang')).toEqual([PHOTO]);
    expect(await held()).toEqual([]);
  });

  it('past the window, a template message carries the words where the account has one', async () => {
    h.advance(49 * 3600_000);
    await warn(TEMPLATE);
    expect(warningParts()).toEqual([]);
    const [template] = h.wechat.state.templates as Array<{
      touser: string;
      template_id: string;
      data: { thing1: { value: string } };
    }>;
    expect(template?.touser).toBe('o_wang');
    expect(template?.template_id).toBe('tmpl-notice-1');
    expect([...(template?.data.thing1.value ?? '')]).toHaveLength(20);
    expect(`${plain('zh-CN', 'broadcast-header-urgent')}\n\n${WARNING}`).toContain(
      template?.data.thing1.value,
    );
    expect(await noticeRows()).toEqual([{ channel: 'wechat', status: 'sent' }]);
  });

  it('past the window, a follower who gave a number gets it by SMS; WeChat waits, words first', async () => {
    // o_wang gives a number in WeChat (no web chat device).
    await h.wechat.text('o_wang', '短信通知');
    await h.wechat.text('o_wang', '13800138000');
    await h.settled();
    await warn(); // delivers the code, and this first warning, inside the window
    const code = sent.find((m) => m.template === 'code')?.params[0]?.[1] ?? '';
    await h.wechat.text('o_wang', code);
    await h.settled();
    expect(h.wechat.texts('o_wang').at(-1)).toBe(
      plain('zh-CN', 'wechat-sms-verified-follower', { phone: '138****8000' }),
    );
    const before = h.wechat.received('o_wang').length;
    sent.length = 0;

    h.advance(49 * 3600_000);
    await warn();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: '+8613800138000', template: 'urgent' });
    expect(sent[0]?.params[0]?.[1]).toContain('有人冒充民警');
    expect(h.wechat.received('o_wang')).toHaveLength(before);
    expect((await held()).map((r) => JSON.parse(r.body).msgtype)).toEqual(['text', 'image']);

    await h.wechat.text('o_wang', '在吗');
    await h.settled();
    const after = (h.wechat.received('o_wang') as Body[]).slice(before);
    expect(after.slice(0, 2).map((b) => b.msgtype)).toEqual(['text', 'image']);
    expect(after[0]?.text?.content).toContain(WARNING);
    expect(after.filter((b) => b.text?.content?.includes(WARNING))).toHaveLength(1);
    expect(sent).toHaveLength(1);
  });
});
