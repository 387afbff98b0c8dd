/**
 * Sessions live 30 days after their last use; a pasted scam text, the last question and the last
 * reference are kept a day at most. On the SQL store and (when TEST_REDIS_URL is set) Redis.
 */
import type { Keyv } from 'keyv';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionData } from '../../src/bot/context.js';
import { keyvStorage } from '../../src/bot/middlewares/session.js';
import { createKeyvFactory, type KeyvFactory, SESSION_TTL_MS } from '../../src/store/keyv.js';
import { purgeExpiredKeys } from '../../src/store/kv-store.js';
import { createTestStore, TEST_REDIS_URL, type TestStore } from '../helpers/store.js';

const BACKENDS = TEST_REDIS_URL ? ['sql', 'redis'] : ['sql'];
const HOUR = 3_600_000;

describe.each(BACKENDS)('session lifetime on %s', (backend) => {
  let store: TestStore;
  let factory: KeyvFactory;
  let sessions: Keyv<SessionData>;
  beforeEach(async () => {
    store = await createTestStore('sqlite', { seed: false });
    factory = createKeyvFactory(store.db, backend === 'redis' ? TEST_REDIS_URL : undefined);
    sessions = factory.create<SessionData>(`session`);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await factory.close();
    await store.cleanup();
  });

  it('forgets a pasted scam text after a day, while the conversation goes on', async () => {
    let now = Date.parse('2026-12-02T08:00:00Z');
    const storage = keyvStorage(sessions, { now: () => now });
    const key = `privacy-${Math.random()}`;
    await storage.write(key, { lastChecked: '您的账户异常，请转账到安全账户', flow: undefined });
    now += 12 * HOUR;
    const midday = await storage.read(key);
    expect(midday?.lastChecked).toContain('安全账户');
    // Written back unchanged: the text keeps its first time, it is not renewed.
    await storage.write(key, { ...(midday as SessionData), lastQuestion: '户口怎么迁' });
    now += 13 * HOUR;
    const nextDay = await storage.read(key);
    expect(nextDay?.lastChecked).toBeUndefined();
    expect(nextDay?.lastQuestion).toBe('户口怎么迁');
    await sessions.delete(key);
  });

  it('expires a whole session 30 days after its last write, and the retention job purges it', async () => {
    if (backend !== 'sql') return; // Redis expires keys by itself (PX on every write)
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T08:00:00Z'));
    const storage = keyvStorage(sessions);
    await storage.write('42', { lastSubmitted: { key: 'k', reference: 'JF-20261202-0001' } });
    const row = await store.db.selectFrom('kv').selectAll().executeTakeFirstOrThrow();
    expect(row.expires_at).toBe(Date.now() + SESSION_TTL_MS);
    expect(await purgeExpiredKeys(store.db, new Date(Date.now() + SESSION_TTL_MS - 1))).toBe(0);
    expect(await purgeExpiredKeys(store.db, new Date(Date.now() + SESSION_TTL_MS))).toBe(1);
    expect(await store.db.selectFrom('kv').selectAll().execute()).toEqual([]);
  });
});
