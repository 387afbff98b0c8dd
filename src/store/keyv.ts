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
  // Bounded waits: with Redis down, an update must fail in seconds with a kind reply, not
  // hang on an offline queue while the client reconnects.
  const redis = redisUrl
    ? new KeyvRedis(
        {
          url: redisUrl,
          disableOfflineQueue: true,
          socket: {
            connectTimeout: 3_000,
            reconnectStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
          },
        },
        { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: 3_000 },
      )
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
