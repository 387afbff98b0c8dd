import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlaceCache } from '../../src/store/place-cache.js';
import { getVillageContext, importCountyData } from '../../src/store/places.repository.js';
import { createTestStore, ENGINES, exampleCounty, type TestStore } from '../helpers/store.js';

describe.each(ENGINES)('place cache on %s', (engine) => {
  let store: TestStore;
  let clock = 0;
  beforeEach(async () => {
    store = await createTestStore(engine);
    clock = 1_000;
  });
  afterEach(() => store.cleanup());

  const renameStation = async (zh: string) => {
    const county = exampleCounty();
    const [first, ...rest] = county.stations;
    if (!first) throw new Error('the example county has no station');
    await importCountyData(store.db, {
      ...county,
      stations: [{ ...first, name: { ...first.name, 'zh-CN': zh } }, ...rest],
    });
  };

  it('answers as the database does, and reads each village once within its lifetime', async () => {
    const places = createPlaceCache(store.db, { ttlMs: 60_000, now: () => clock });
    const direct = await getVillageContext(store.db, 'wl-hongqi');
    expect(await places.villageContext('wl-hongqi')).toEqual(direct);
    expect(await places.villageContext('no-such-village')).toBeNull();

    await renameStation('改名后的派出所');
    clock += 59_999;
    expect((await places.villageContext('wl-hongqi'))?.station.name['zh-CN']).toBe(
      direct?.station.name['zh-CN'],
    );
  });

  it('sees an import from another process once an entry is a minute old', async () => {
    const places = createPlaceCache(store.db, { ttlMs: 60_000, now: () => clock });
    await places.villageContext('wl-hongqi');
    await renameStation('改名后的派出所');
    clock += 60_000;
    expect((await places.villageContext('wl-hongqi'))?.station.name['zh-CN']).toBe(
      '改名后的派出所',
    );
  });

  it('sees an import at once after clear()', async () => {
    const places = createPlaceCache(store.db, { now: () => clock });
    await places.villageContext('wl-hongqi');
    await renameStation('新派出所');
    places.clear();
    expect((await places.villageContext('wl-hongqi'))?.station.name['zh-CN']).toBe('新派出所');
  });
});
