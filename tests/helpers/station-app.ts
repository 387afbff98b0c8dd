/**
 * A test app whose example station routes report cards to a station group and a county group,
 * with one officer (李警官) granted the station: the starting point of the report tests.
 */
import type { Engine } from '../../src/store/database.js';
import { grantOfficer } from '../../src/store/users.repository.js';
import { createTestApp, type TestApp } from './bot-driver.js';
import { routeToGroups } from './store.js';

export const STATION_GROUP = -100100;
export const COUNTY_GROUP = -100200;
export const OFFICER = 200001;

export async function createStationApp(engine: Engine): Promise<TestApp> {
  const app = await createTestApp({ engine });
  await routeToGroups(app.store.db, STATION_GROUP, COUNTY_GROUP);
  await grantOfficer(app.store.db, OFFICER, { kind: 'station', code: 'ST-WULAN' }, '李警官');
  return app;
}
