import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlaceCache } from '../../src/store/place-cache.js';
import {
  getVillageContext,
  importCountyData,
  placesVersion,
} from '../../src/store/places.repository.js';
import { QueryCounter } from '../helpers/query-counter.js';
import { createTestStore, ENGINES, exampleCounty, type TestStore } from '../helpers/store.js';

describe.each(ENGINES)('place cache on %s', (engine) => {
  let store: TestStore;
  let clock = 0;
  beforeEach(async () => {
    store = await createTestStore(engine);
    clock = 1_000;
  });
  afterEach(() => store.cleanup());

  /** An import as `cunjing villages import` makes it, from outside the cache. */
  const renameStation = async (zh: string) => {
    const county = exampleCounty();
    const [first, ...rest] = county.stations;
    if (!first) throw new Error('the example county has no station');
    await importCountyData(store.db, {
      ...county,
      stations: [{ ...first, name: { ...first.name, 'zh-CN': zh } }, ...rest],
    });
  };
  const stationName = async (places: ReturnType<typeof createPlaceCache>) =>
    (await places.villageContext('wl-hongqi'))?.station.name['zh-CN'];

  it('raises the places version with every import', async () => {
    const before = await placesVersion(store.db);
    await renameStation('改名后的派出所');
    await renameStation('又改名的派出所');
    expect(await placesVersion(store.db)).toBe(before + 2);
  });

  it('answers as the database does, and reads a village once while the version holds', async () => {
    const counter = new QueryCounter();
    const places = createPlaceCache(store.db.withPlugin(counter), { now: () => clock });
    const direct = await getVillageContext(store.db, 'wl-hongqi');
    expect(await places.villageContext('wl-hongqi')).toEqual(direct);
    expect(await places.villageContext('no-such-village')).toBeNull();
    counter.take();

    clock += 999;
    expect(await places.villageContext('wl-hongqi')).toEqual(direct);
    expect(await places.villageContext('no-such-village')).toBeNull();
    expect(counter.take()).toEqual([]);

    // A second later it looks at the version (one read) and keeps what it has.
    clock += 1;
    expect(await places.villageContext('wl-hongqi')).toEqual(direct);
    expect(counter.take()).toHaveLength(1);
  });

  it('sees an import from another process within a second', async () => {
    const places = createPlaceCache(store.db, { now: () => clock });
    const before = await stationName(places);
    await renameStation('改名后的派出所');
    clock += 500;
    expect(await stationName(places)).toBe(before);
    clock += 500;
    expect(await stationName(places)).toBe('改名后的派出所');
  });

  it('sees an import at once after clear()', async () => {
    const places = createPlaceCache(store.db, { now: () => clock });
    await places.villageContext('wl-hongqi');
    await renameStation('新派出所');
    places.clear();
    expect(await stationName(places)).toBe('新派出所');
  });
});
