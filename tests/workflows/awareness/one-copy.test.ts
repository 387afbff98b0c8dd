/**
 * A scheduled tip is not urgent, so a person with several addresses gets one copy, at the one
 * they used last (`src/store/tip-address.ts`): a villager on Telegram who also follows the
 * WeChat account and last wrote there gets the tip only in WeChat; once they write on Telegram
 * again, the next run goes only to Telegram, starting from their own place in the library there.
 * A Telegram-only villager and a WeChat-only follower are untouched, and the run's count is the
 * number of copies queued. Times are injected; nothing reads the clock.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/content.js';
import { loadAwarenessLibrary } from '../../../src/domain/awareness/library.js';
import {
  telegramAddress,
  webAddress,
  wechatAddress,
} from '../../../src/domain/people/addresses.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { addAddress, personOf } from '../../../src/store/people.repository.js';
import { ensureUser, setVillage } from '../../../src/store/users.repository.js';
import { seeWebResident, updateWebResident } from '../../../src/store/web-residents.repository.js';
import { saveWechatResident } from '../../../src/store/wechat.repository.js';
import { runCampaign } from '../../../src/workflows/awareness/run-campaign.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const library = loadAwarenessLibrary(LOCALES_DIR);
const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '30 20 * * *' };
const at = (iso: string) => new Date(iso);
/** 20:30 in the county on two evenings: outside the default quiet hours. */
const FIRST_RUN = at('2026-12-05T12:30:00Z');
const SECOND_RUN = at('2026-12-06T12:30:00Z');

describe.each(ENGINES)('one copy of a tip per person (%s)', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  const deps = () => ({
    db: store.db,
    translate: createTranslate(LOCALES_DIR),
    library,
    timeZone: 'Asia/Shanghai',
    channels: new Set(['web', 'wechat']),
  });
  /** The Telegram chats queued for the runs' broadcasts, each with the item's place. */
  const telegramCopies = async () =>
    (
      await store.db
        .selectFrom('broadcast_recipients')
        .innerJoin('broadcasts', 'broadcasts.id', 'broadcast_recipients.broadcast_id')
        .select(['broadcast_recipients.user_id', 'broadcasts.description'])
        .execute()
    )
      .map((r) => {
        const d = typeof r.description === 'string' ? r.description : JSON.stringify(r.description);
        const place = library
          .items('antifraud', 'zh-CN')
          .findIndex((i) => d.includes(JSON.stringify(i.title)));
        return `${Number(r.user_id)}:${place}`;
      })
      .sort();
  const wechatCopies = async () =>
    (
      await store.db
        .selectFrom('notices')
        .select(['recipient', 'payload'])
        .where('kind', '=', 'tip')
        .orderBy('id')
        .execute()
    ).map((n) => `${n.recipient}:${JSON.parse(n.payload).itemId}`);
  const item = (i: number) => library.items('antifraud', 'zh-CN')[i]?.id;

  async function villager(telegramId: number, writtenAt: Date) {
    await ensureUser(store.db, telegramId, `v${telegramId}`, writtenAt);
    await setVillage(store.db, telegramId, 'wl-hongqi');
  }

  it('goes to the address used last, and follows the person when they switch', async () => {
    // 王 joined on Telegram, then followed the account and wrote in WeChat, linked as one person.
    await villager(7001, at('2026-12-04T01:00:00Z'));
    await saveWechatResident(
      store.db,
      'o_wang',
      { subscribed: true, messageAt: at('2026-12-05T02:00:00Z') },
      at('2026-12-05T02:00:00Z'),
    );
    const wang = await personOf(store.db, telegramAddress(7001));
    if (wang === null) throw new Error('王 has no person');
    expect(await addAddress(store.db, wang, wechatAddress('o_wang'))).toBe('merged');
    // 李 only on Telegram, 赵 only in WeChat.
    await villager(7002, at('2026-12-04T01:00:00Z'));
    await saveWechatResident(
      store.db,
      'o_zhao',
      { subscribed: true, messageAt: at('2026-12-05T03:00:00Z') },
      at('2026-12-05T03:00:00Z'),
    );

    // 王 wrote last in WeChat: the tip goes there only. Three people, three copies.
    expect(await runCampaign(deps(), campaign, FIRST_RUN, FIRST_RUN)).toBe(3);
    expect(await telegramCopies()).toEqual(['7002:0']);
    expect(await wechatCopies()).toEqual([`o_wang:${item(0)}`, `o_zhao:${item(0)}`]);

    // 王 writes on Telegram the next morning: the next run reaches him there only, with the
    // first item of his Telegram place (the WeChat copy moved only his WeChat place on).
    await ensureUser(store.db, 7001, 'v7001', at('2026-12-06T01:00:00Z'));
    await saveWechatResident(store.db, 'o_zhao', { messageAt: at('2026-12-06T02:00:00Z') });
    expect(await runCampaign(deps(), campaign, SECOND_RUN, SECOND_RUN)).toBe(3);
    expect(await telegramCopies()).toEqual(['7001:0', '7002:0', '7002:1']);
    expect(await wechatCopies()).toEqual([
      `o_wang:${item(0)}`,
      `o_zhao:${item(0)}`,
      `o_zhao:${item(1)}`,
    ]);
  });

  it('counts a follower who left as unreachable, so Telegram keeps the tip', async () => {
    await villager(7003, at('2026-12-04T01:00:00Z'));
    await saveWechatResident(
      store.db,
      'o_left',
      { subscribed: true, messageAt: at('2026-12-05T02:00:00Z') },
      at('2026-12-05T02:00:00Z'),
    );
    const person = await personOf(store.db, telegramAddress(7003));
    if (person === null) throw new Error('no person');
    await addAddress(store.db, person, wechatAddress('o_left'));
    await saveWechatResident(store.db, 'o_left', { subscribed: false });

    expect(await runCampaign(deps(), campaign, FIRST_RUN, FIRST_RUN)).toBe(1);
    expect(await telegramCopies()).toEqual(['7003:0']);
    expect(await wechatCopies()).toEqual([]);
  });

  it('weighs a web device the same way: its last visit against the Telegram chat', async () => {
    await villager(7004, at('2026-12-04T01:00:00Z'));
    await seeWebResident(store.db, 'dev-li', 'zh-CN', at('2026-12-05T02:00:00Z'));
    await updateWebResident(store.db, 'dev-li', { villageCode: 'wl-hongqi' });
    const li = await personOf(store.db, telegramAddress(7004));
    if (li === null) throw new Error('no person');
    await addAddress(store.db, li, webAddress('dev-li'));
    const webCopies = async () =>
      (
        await store.db
          .selectFrom('notices')
          .select('recipient')
          .where('kind', '=', 'tip')
          .where('channel', '=', 'web')
          .execute()
      ).map((n) => n.recipient);

    expect(await runCampaign(deps(), campaign, FIRST_RUN, FIRST_RUN)).toBe(1);
    expect(await telegramCopies()).toEqual([]);
    expect(await webCopies()).toEqual(['dev-li']);

    await ensureUser(store.db, 7004, 'v7004', at('2026-12-06T01:00:00Z'));
    expect(await runCampaign(deps(), campaign, SECOND_RUN, SECOND_RUN)).toBe(1);
    expect(await telegramCopies()).toEqual(['7004:0']);
    expect(await webCopies()).toEqual(['dev-li']);
  });
});
