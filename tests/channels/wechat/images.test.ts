/**
 * Pictures to followers: a warning approved with a photo reaches each follower as the words and
 * then the photo (uploaded once as temporary media, its id kept in the database), through
 * the real notice loop and the emulator, which checks media ids as WeChat does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { NewNotice } from '../../../src/domain/notices/notice.js';
import { createRequest } from '../../../src/store/broadcast-requests.repository.js';
import { enqueueNotices } from '../../../src/store/notices.repository.js';
import { ENGINES } from '../../helpers/store.js';
import { deliverNotices, useWechatHarness } from '../../helpers/wechat-follower.js';

/** A picture as Telegram would hand it over (the start of a JPEG is enough for WeChat's check). */
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
const FOLLOWERS = ['o_wang', 'o_li', 'o_zhao'];

describe.each(ENGINES)('pictures sent to WeChat followers (%s)', (engine) => {
  let fetched: string[] = [];
  let photoMissing = false;
  beforeEach(() => {
    fetched = [];
    photoMissing = false;
  });
  const h = useWechatHarness(engine, {
    followers: FOLLOWERS,
    greet: true,
    photos: async (key) => {
      fetched.push(key);
      if (photoMissing) throw new Error('Telegram: file not found');
      return PHOTO;
    },
  });

  let serial = 0;
  /** An approved urgent warning with a photo, as a `broadcast` notice to each follower. */
  async function warningTo(openids: string[], photoFileId: string | null = 'tg-photo-1') {
    const request = await createRequest(h.store.db, {
      kind: 'urgent',
      texts: { 'zh-CN': '有人冒充民警打电话，请勿转账。' },
      photoFileId,
      target: { villages: ['hongqi'] },
      notBefore: null,
      authorId: 1,
    });
    const notices: NewNotice[] = openids.map((openid) => ({
      idempotencyKey: `images-test:${++serial}:${openid}`,
      channel: 'wechat',
      recipient: openid,
      kind: 'broadcast',
      payload: { requestId: request.id },
      priority: 20,
    }));
    await enqueueNotices(h.store.db, notices, h.clock.at);
    await deliverNotices(h, engine);
  }

  const lastTwo = (openid: string) => h.wechat.texts(openid).slice(-2);

  it('sends the words and then the photo to every follower, uploading the photo once', async () => {
    await warningTo(FOLLOWERS);
    for (const openid of FOLLOWERS) {
      expect(lastTwo(openid)[0]).toContain('有人冒充民警打电话，请勿转账。');
      expect(lastTwo(openid)[1]).toBe('(image)');
      expect(h.wechat.images(openid)).toEqual([PHOTO]);
    }
    expect(fetched).toEqual(['tg-photo-1']);
    expect(h.wechat.state.uploads()).toBe(1);
    const rows = await h.store.db.selectFrom('wechat_media').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ photo_key: 'tg-photo-1' })]);

    // A second warning with the same photo a day later reuses the upload.
    h.advance(24 * 3600_000);
    for (const openid of FOLLOWERS) await h.wechat.text(openid, '收到');
    await h.settled();
    await warningTo(FOLLOWERS);
    expect(h.wechat.images('o_li')).toEqual([PHOTO, PHOTO]);
    expect(fetched).toEqual(['tg-photo-1']);
    expect(h.wechat.state.uploads()).toBe(1);
  });

  it('uploads again, once, when WeChat has forgotten the media id (40007)', async () => {
    await warningTo(['o_wang']);
    h.wechat.forgetUploads();
    // Five messages per message the follower sends: o_wang writes again to take two more.
    await h.wechat.text('o_wang', '收到');
    await h.settled();
    await warningTo(FOLLOWERS);
    for (const openid of FOLLOWERS) expect(h.wechat.images(openid).at(-1)).toEqual(PHOTO);
    expect(fetched).toEqual(['tg-photo-1', 'tg-photo-1']);
    expect(h.wechat.state.uploads()).toBe(1);
    expect(h.wechat.state.calls.filter((c) => c.errcode === 40007)).toHaveLength(1);
  });

  it('uploads again after the three days WeChat keeps a picture', async () => {
    await warningTo(['o_wang']);
    h.advance(3 * 24 * 3600_000);
    await h.wechat.text('o_wang', '在吗');
    await h.settled();
    await warningTo(['o_wang']);
    expect(h.wechat.images('o_wang')).toEqual([PHOTO, PHOTO]);
    expect(fetched).toEqual(['tg-photo-1', 'tg-photo-1']);
    expect(h.wechat.state.calls.filter((c) => c.errcode === 40007)).toHaveLength(0);
  });

  it('holds the words and the photo past the 48-hour window, for the next message', async () => {
    h.advance(49 * 3600_000);
    const before = h.wechat.texts('o_wang').length;
    await warningTo(['o_wang']);
    expect(h.wechat.texts('o_wang')).toHaveLength(before);
    await h.wechat.text('o_wang', '你好');
    await h.settled();
    const after = h.wechat.texts('o_wang').slice(before);
    expect(after[0]).toContain('请勿转账');
    expect(after[1]).toBe('(image)');
    expect(h.wechat.images('o_wang')).toEqual([PHOTO]);
  });

  it('still sends the words when the photo cannot be had', async () => {
    photoMissing = true;
    await warningTo(['o_wang']);
    expect(h.wechat.texts('o_wang').at(-1)).toContain('请勿转账');
    expect(h.wechat.images('o_wang')).toEqual([]);
    expect(h.logs.some((l) => l.includes('picture could not be uploaded'))).toBe(true);
  });

  it('sends no picture for a warning without one', async () => {
    await warningTo(['o_wang'], null);
    expect(lastTwo('o_wang')[1]).toContain('请勿转账');
    expect(h.wechat.images('o_wang')).toEqual([]);
    expect(fetched).toEqual([]);
  });
});
