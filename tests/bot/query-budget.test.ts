/**
 * The per-update cost of a known villager's service question: the person, their session and
 * their village's place data are read once, nothing is written that did not change. Every
 * update on a station PC pays this, and better-sqlite3 is synchronous: each query makes every
 * other update wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCountyData } from '../../src/store/places.repository.js';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';
import { exampleCounty } from '../helpers/store.js';

describe('queries per update', () => {
  let app: TestApp;
  // The place cache's clock: it checks the places version once a second.
  let clock = 1_000_000;
  beforeAll(async () => {
    app = await createTestApp({ placeClock: () => clock });
  });
  afterAll(() => app.stop());

  it('a known villager asking a service question costs at most 3 SQL statements', async () => {
    const v = app.person({ id: 4401 });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    // A first question warms what is cached per process (place data), as on a running station.
    await v.send('身份证丢了怎么补办');
    app.takeQueries();

    await v.send('驾驶证到期了去哪换');
    expect(v.lastText()).toMatch(/驾驶证|驾照/);
    const statements = app.takeQueries();
    // The person, the session read and the session write; the village comes from the place cache.
    expect(statements.length, statements.join(', ')).toBeLessThanOrEqual(3);
    expect(statements.filter((s) => s !== 'SelectQueryNode').length).toBeLessThanOrEqual(1);
  });

  it('once a second it also reads the places version (4 at most), and so sees an import', async () => {
    const v = app.person({ id: 4402 });
    await v.send('/start v_wl-hongqi');
    await v.tap('lang:zh-CN');
    await v.send('身份证丢了怎么补办');
    app.takeQueries();

    clock += 1_000;
    await v.send('驾驶证到期了去哪换');
    const checked = app.takeQueries();
    expect(checked.length, checked.join(', ')).toBeLessThanOrEqual(4);

    const county = exampleCounty();
    const [first, ...rest] = county.stations;
    if (!first) throw new Error('the example county has no station');
    // `cunjing villages import` in another process: the bot's cache is not told.
    await importCountyData(app.store.db, {
      ...county,
      stations: [{ ...first, name: { ...first.name, 'zh-CN': '新名字派出所' } }, ...rest],
    });
    await v.send('身份证丢了怎么补办');
    expect(v.lastText()).not.toContain('新名字派出所');
    clock += 1_000;
    await v.send('身份证丢了怎么补办');
    expect(v.lastText()).toContain('新名字派出所');
  });
});
