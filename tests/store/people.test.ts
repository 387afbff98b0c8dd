/**
 * People with addresses, made where each channel makes an identity: a Telegram user on first
 * contact, a web device on first sight, a WeChat follower on first push, and an SMS number when
 * saved; joined when a device is opened from the WeChat menu or verifies a number.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Address } from '../../src/domain/people/addresses.js';
import {
  addAddress,
  addressesOf,
  currentPerson,
  ensurePerson,
  personOf,
} from '../../src/store/people.repository.js';
import { deleteSmsAddress, saveSmsAddress } from '../../src/store/sms-addresses.repository.js';
import { ensureUser, grantOfficer } from '../../src/store/users.repository.js';
import { seeWebResident } from '../../src/store/web-residents.repository.js';
import { linkWechatDevice, saveWechatResident } from '../../src/store/wechat.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const NOW = new Date('2026-12-07T02:00:00Z');
const tg = (id: number): Address => ({ channel: 'telegram', address: String(id) });
const web = (d: string): Address => ({ channel: 'web', address: d });
const wx = (o: string): Address => ({ channel: 'wechat', address: o });
const sms = (p: string): Address => ({ channel: 'sms', address: p });

describe.each(ENGINES)('people and their addresses on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  const number = (phone: string, deviceId: string | null) => ({
    phone,
    villageCode: null,
    language: 'zh-CN',
    consent: deviceId ? 'web' : 'import: 登记',
    deviceId,
    urgent: true,
    reportNews: false,
    verifiedAt: NOW,
  });

  it('makes a person where each channel first meets someone, once', async () => {
    const { db } = store;
    await ensureUser(db, 42, '阿');
    await ensureUser(db, 42, '阿');
    await grantOfficer(db, 43, { kind: 'station', code: 'ST-WULAN' });
    await seeWebResident(db, 'd1', 'zh-CN', NOW);
    await seeWebResident(db, 'd1', 'zh-CN', NOW);
    await saveWechatResident(db, 'o1', { subscribed: true, messageAt: NOW }, NOW);
    await saveWechatResident(db, 'o1', { messageAt: NOW }, NOW);
    await saveSmsAddress(db, number('+8613800000009', null), NOW);
    const all = await db.selectFrom('person_addresses').select(['channel', 'address']).execute();
    expect(all.map((a) => `${a.channel}:${a.address}`).sort()).toEqual([
      'sms:+8613800000009',
      'telegram:42',
      'telegram:43',
      'web:d1',
      'wechat:o1',
    ]);
    expect(
      new Set(await Promise.all([tg(42), tg(43), web('d1'), wx('o1')].map((a) => personOf(db, a))))
        .size,
    ).toBe(4);
  });

  it('joins a device, with its number, to the follower that opened it', async () => {
    const { db } = store;
    await seeWebResident(db, 'd1', 'zh-CN', NOW);
    await saveSmsAddress(db, number('+8613800000001', 'd1'), NOW);
    const device = await personOf(db, web('d1'));
    expect(await personOf(db, sms('+8613800000001'))).toBe(device);
    await saveWechatResident(db, 'o1', { subscribed: true }, NOW);
    const follower = await personOf(db, wx('o1'));

    await linkWechatDevice(db, 'd1', 'o1', NOW);
    expect(await addressesOf(db, follower as number)).toEqual(
      expect.arrayContaining([web('d1'), sms('+8613800000001'), wx('o1')]),
    );
    // The device's old id still stands for the follower (rows that name it count for them).
    expect(await currentPerson(db, device as number)).toBe(follower);

    // Opened from a second WeChat account, the device moves; the accounts stay two people.
    await saveWechatResident(db, 'o2', { subscribed: true }, NOW);
    await linkWechatDevice(db, 'd1', 'o2', NOW);
    expect(await personOf(db, web('d1'))).toBe(await personOf(db, wx('o2')));
    expect(await addressesOf(db, follower as number)).toEqual(
      expect.arrayContaining([sms('+8613800000001'), wx('o1')]),
    );
    expect(await personOf(db, wx('o1'))).not.toBe(await personOf(db, wx('o2')));
  });

  it('moves a number verified again on another device, and forgets a stopped one', async () => {
    const { db } = store;
    await saveSmsAddress(db, number('+8613800000001', null), NOW);
    const imported = await personOf(db, sms('+8613800000001'));
    await seeWebResident(db, 'd1', 'zh-CN', NOW);
    // The imported number's person has nothing else: it joins the device whole.
    const saved = await saveSmsAddress(db, number('+8613800000001', 'd1'), NOW);
    expect(await personOf(db, sms('+8613800000001'))).toBe(await personOf(db, web('d1')));
    expect(await currentPerson(db, imported as number)).toBe(await personOf(db, web('d1')));
    await seeWebResident(db, 'd2', 'zh-CN', NOW);
    await saveSmsAddress(db, number('+8613800000001', 'd2'), NOW);
    expect(await personOf(db, sms('+8613800000001'))).toBe(await personOf(db, web('d2')));
    expect(await personOf(db, web('d1'))).not.toBe(await personOf(db, web('d2')));

    await deleteSmsAddress(db, saved.id);
    expect(await personOf(db, sms('+8613800000001'))).toBeNull();
    expect(await addressesOf(db, (await personOf(db, web('d2'))) as number)).toEqual([web('d2')]);
  });

  it('makes nothing when the transaction that links them fails', async () => {
    const { db } = store;
    await expect(
      db.transaction().execute(async (trx) => {
        await seeWebResident(trx, 'd1', 'zh-CN', NOW);
        await linkWechatDevice(trx, 'd1', 'o1', NOW);
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect(await db.selectFrom('person_addresses').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('people').selectAll().execute()).toEqual([]);
  });

  it('finds or makes the person of an address, and adds one that nobody has', async () => {
    const { db } = store;
    const a = await ensurePerson(db, tg(1), NOW);
    expect(await ensurePerson(db, tg(1), NOW)).toBe(a);
    expect(await addAddress(db, a, web('d9'), NOW)).toBe('added');
    expect(await addAddress(db, a, web('d9'), NOW)).toBe('kept');
    expect(await addressesOf(db, a)).toEqual(expect.arrayContaining([tg(1), web('d9')]));
  });
});
