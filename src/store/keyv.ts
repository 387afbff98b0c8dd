/**
 * Builds the keyv instances for sessions and short-lived caches: the SQL store by default, Redis
 * when `REDIS_URL` is set (for several replicas, where sessions must be shared and fast).
 */
import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Db } from './database.js';
import { SqlKeyvStore } from './kv-store.js';

export interface KeyvFactory {
  create<T>(namespace: string): Keyv<T>;
  close(): Promise<void>;
}

export function createKeyvFactory(db: Db, redisUrl?: string): KeyvFactory {
  const redis = redisUrl
    ? new KeyvRedis(redisUrl, { throwOnConnectError: true, throwOnErrors: true })
    : undefined;
  const created: Keyv[] = [];
  return {
    create<T>(namespace: string) {
      // Errors must surface: a silently empty session would restart a villager's conversation.
      const keyv = new Keyv<T>({
        store: redis ?? new SqlKeyvStore(db),
        namespace,
        throwOnErrors: true,
      });
      created.push(keyv as Keyv);
      return keyv;
    },
    async close() {
      if (redis) await redis.disconnect();
    },
  };
}
