import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyvFactory } from '../../src/store/keyv.js';
import { createTestStore, TEST_REDIS_URL } from '../helpers/store.js';

const backends: Array<{ name: string; redisUrl: string | undefined }> = [
  { name: 'sql', redisUrl: undefined },
  ...(TEST_REDIS_URL ? [{ name: 'redis', redisUrl: TEST_REDIS_URL }] : []),
];

describe.each(backends)('sessions on $name', ({ redisUrl }) => {
  it('persist across a restart of the process', async () => {
    const store = await createTestStore('sqlite', { seed: false });
    const namespace = `session-${randomBytes(4).toString('hex')}`;
    const before = createKeyvFactory(store.db, redisUrl);
    await before
      .create<object>(namespace)
      .set('100001', { flow: { name: 'onboarding', step: 'village', township: 'T-WULAN' } });
    await before.close();

    const after = createKeyvFactory(store.db, redisUrl);
    expect(await after.create<object>(namespace).get('100001')).toEqual({
      flow: { name: 'onboarding', step: 'village', township: 'T-WULAN' },
    });
    await after.create<object>(namespace).delete('100001');
    await after.close();
    await store.cleanup();
  });

  it('surface storage errors instead of pretending the session is empty', async () => {
    const store = await createTestStore('sqlite', { seed: false });
    const factory = createKeyvFactory(store.db, redisUrl ? 'redis://127.0.0.1:1' : undefined);
    await store.close();
    await expect(factory.create<object>('session').get('1')).rejects.toThrow();
    await factory.close().catch(() => {});
  });
});
