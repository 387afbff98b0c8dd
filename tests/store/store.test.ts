import { Keyv } from 'keyv';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Village } from '../../src/domain/people/places.js';
import { appendAudit, listAudit } from '../../src/store/audit.repository.js';
import { SqlKeyvStore } from '../../src/store/kv-store.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import {
  countVillages,
  getVillageContext,
  importCountyData,
  listTownships,
  listVillages,
} from '../../src/store/places.repository.js';
import {
  claimUpdate,
  finishUpdate,
  pruneClaims,
} from '../../src/store/processed-updates.repository.js';
import {
  ensureUser,
  getUser,
  grantOfficer,
  listOfficers,
  revokeOfficer,
  setLanguage,
  setVillage,
} from '../../src/store/users.repository.js';
import { createTestStore, ENGINES, exampleCounty, type TestStore } from '../helpers/store.js';

describe.each(ENGINES)('store on %s', (engine) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore(engine);
  });
  afterEach(() => store.cleanup());

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(store.db)).toEqual([]);
  });

  it('imports the example county: 3 townships, 12 villages, 2 stations', async () => {
    expect(await countVillages(store.db)).toBe(12);
    expect((await listTownships(store.db)).map((t) => t.code)).toEqual([
      'T-BAYAN',
      'T-WULAN',
      'T-XINMIN',
    ]);
    expect(await listVillages(store.db, 'T-XINMIN')).toHaveLength(4);
    const place = await getVillageContext(store.db, 'by-chagan');
    expect(place?.station.code).toBe('ST-WULAN');
    expect(place?.village.officer).toMatchObject({
      phone: '13804790202',
      name: { 'zh-CN': '其木格' },
    });
    expect(place?.county.serviceHall.phone).toBe('0479-5210000');
  });

  it('re-importing updates in place, and keeps villages that residents still use', async () => {
    const data = exampleCounty();
    await ensureUser(store.db, 1, 'A');
    await setVillage(store.db, 1, 'xm-henan');
    const changed = {
      ...data,
      villages: data.villages
        .filter((v) => v.code !== 'xm-henan' && v.code !== 'xm-taiping')
        .map((v) =>
          v.code === 'wl-hongqi' ? { ...v, officer: { ...v.officer, phone: '13900000000' } } : v,
        ),
    };
    const result = await importCountyData(store.db, changed);
    expect(result.keptVillages).toEqual(['xm-henan']);
    expect(await countVillages(store.db)).toBe(11);
    expect((await getVillageContext(store.db, 'wl-hongqi'))?.village.officer.phone).toBe(
      '13900000000',
    );
  });

  it('an import that fails half-way changes nothing', async () => {
    const data = exampleCounty();
    const broken = {
      ...data,
      villages: [
        ...data.villages,
        { ...(data.villages[0] as Village), code: 'bad', townshipCode: 'NOPE' },
      ],
    };
    await expect(importCountyData(store.db, broken)).rejects.toThrow();
    expect(await countVillages(store.db)).toBe(12);
  });

  it('keeps people, their language, village and role', async () => {
    const person = await ensureUser(store.db, 5_000_000_001, '王<b>&');
    expect(person).toMatchObject({
      telegramId: 5_000_000_001,
      role: 'resident',
      language: null,
      firstName: '王<b>&',
    });
    await setLanguage(store.db, 5_000_000_001, 'mn');
    await setVillage(store.db, 5_000_000_001, 'by-bayan');
    await grantOfficer(store.db, 5_000_000_001, { kind: 'township', code: 'T-BAYAN' });
    expect(await getUser(store.db, 5_000_000_001)).toMatchObject({
      language: 'mn',
      villageCode: 'by-bayan',
      role: 'officer',
      scope: { kind: 'township', code: 'T-BAYAN' },
    });
    expect((await listOfficers(store.db)).map((o) => o.telegramId)).toEqual([5_000_000_001]);
    expect(await revokeOfficer(store.db, 5_000_000_001)).toBe(true);
    expect(await revokeOfficer(store.db, 5_000_000_001)).toBe(false);
    expect((await getUser(store.db, 5_000_000_001))?.role).toBe('resident');
  });

  it('the audit log is append-only', async () => {
    await appendAudit(store.db, {
      actorId: 1,
      action: 'officer.grant',
      subject: 'user:2',
      detail: { scope: 'station:ST-WULAN' },
    });
    const [entry] = await listAudit(store.db, { subject: 'user:2' });
    expect(entry).toMatchObject({
      actorId: 1,
      action: 'officer.grant',
      detail: { scope: 'station:ST-WULAN' },
    });
    await expect(sql`update audit_log set action = 'x'`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
    expect(await listAudit(store.db)).toHaveLength(1);
  });

  it('claims each update id once', async () => {
    expect(await claimUpdate(store.db, 42)).toBe('claimed');
    expect(await claimUpdate(store.db, 42)).toBe('busy');
    await finishUpdate(store.db, 42);
    expect(await claimUpdate(store.db, 42)).toBe('done');
    await pruneClaims(store.db, -1000);
    expect(await claimUpdate(store.db, 42)).toBe('claimed');
  });

  it('keeps keyv entries in SQL, with TTLs and namespaces', async () => {
    const sessions = new Keyv({
      store: new SqlKeyvStore(store.db),
      namespace: 'session',
      throwOnErrors: true,
    });
    const cache = new Keyv({
      store: new SqlKeyvStore(store.db),
      namespace: 'cache',
      throwOnErrors: true,
    });
    await sessions.set('100001', { flow: { name: 'onboarding', step: 'village' } });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await cache.set('short', 1, 1);
      expect(await sessions.get('100001')).toEqual({
        flow: { name: 'onboarding', step: 'village' },
      });
      vi.setSystemTime(Date.now() + 5); // past the 1 ms time to live, without waiting for it
      expect(await cache.get('short')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    await cache.set('other', 2);
    await cache.clear();
    expect(await cache.get('other')).toBeUndefined();
    expect(await sessions.get('100001')).toBeDefined();
  });
});
