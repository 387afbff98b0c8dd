import { afterEach, describe, expect, it } from 'vitest';
import { alignSandboxOfficer } from '../../src/app/sandbox-officer.js';
import { telegramAddress } from '../../src/domain/people/addresses.js';
import { DEFAULT_PERSONAS, withOfficerName } from '../../src/sandbox/personas.js';
import { getVillageContext, listStations } from '../../src/store/places.repository.js';
import { createTestStore, ENGINES, type TestStore } from '../helpers/store.js';

const OFFICER = 200001;

describe.each(ENGINES)('the sandbox officer, on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(() => store?.cleanup());

  it('answers for every village of the first station under one name, which the persona takes', async () => {
    store = await createTestStore(engine);
    const [station] = await listStations(store.db);
    const name = await alignSandboxOfficer(store.db, station?.code ?? '', OFFICER);
    // The station's first village by code (巴彦 by-…) has 巴特尔 in the example county file.
    expect(name).toEqual({ 'zh-CN': '巴特尔', en: 'Bater', mn: 'ᠪᠠᠭᠠᠲᠤᠷ' });

    const villages = await store.db
      .selectFrom('villages')
      .innerJoin('townships', 'townships.code', 'villages.township_code')
      .select('villages.code')
      .where('townships.station_code', '=', station?.code ?? '')
      .execute();
    expect(villages.length).toBeGreaterThan(1);
    for (const { code } of villages) {
      const place = await getVillageContext(store.db, code);
      // The card a villager sees names the officer they will be talking to.
      expect(place?.village.officer).toMatchObject({
        name: { 'zh-CN': '巴特尔' },
        address: telegramAddress(OFFICER),
      });
    }

    const personas = withOfficerName(DEFAULT_PERSONAS, name ?? { 'zh-CN': '' });
    expect(personas.find((p) => p.id === OFFICER)).toMatchObject({
      first_name: '巴特尔',
      last_name: 'Bater',
      role: 'officer',
    });
    expect(personas.filter((p) => p.role !== 'officer')).toEqual(
      DEFAULT_PERSONAS.filter((p) => p.role !== 'officer'),
    );
  });
});
