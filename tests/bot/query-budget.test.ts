/**
 * The per-update cost of a known villager's service question: the person, their session and
 * their village's place data are read once, nothing is written that did not change. Every
 * update on a station PC pays this, and better-sqlite3 is synchronous: each query makes every
 * other update wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/bot-driver.js';

describe('queries per update', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
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
});
