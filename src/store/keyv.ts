/**
 * Builds the keyv instances for sessions and short-lived caches: the SQL store by default, Redis
 * when `REDIS_URL` is set (for several replicas, where sessions must be shared and fast).
 */
import type KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import { loadOnDemand } from '../load-on-demand.js';
import type { Db } from './database.js';
import { SqlKeyvStore } from './kv-store.js';
import { TimedKeyvStore } from './timed-keyv-store.js';

// Only replicas that share sessions load the Redis client.
const keyvRedis = loadOnDemand<{ default: typeof KeyvRedis }>('@keyv/redis');

export interface KeyvFactory {
  create<T>(namespace: string): Keyv<T>;
  close(): Promise<void>;
}

/** Sessions live this long after their last write (30 days idle), in every store. */
export const SESSION_TTL_MS = 30 * 86_400_000;

/** Default time limit of one session or cache operation (STORE_TIMEOUT_MS). */
export const STORE_TIMEOUT_MS = 3_000;

export function createKeyvFactory(
  db: Db,
  redisUrl?: string,
  options: { timeoutMs?: number } = {},
): KeyvFactory {
  const limitMs = options.timeoutMs ?? STORE_TIMEOUT_MS;
  // Bounded waits: with Redis down, an update must fail in seconds with a kind reply, not
  // hang on an offline queue while the client reconnects.
  const redis = redisUrl
    ? new (keyvRedis().default)(
        {
          url: redisUrl,
          disableOfflineQueue: true,
          socket: {
            connectTimeout: limitMs,
            reconnectStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
          },
        },
        { throwOnConnectError: true, throwOnErrors: true, connectionTimeout: limitMs },
      )
    : undefined;
  const created: Keyv[] = [];
  return {
    create<T>(namespace: string) {
      // Errors must surface: a silently empty session would restart a villager's conversation.
      // Every operation gets a time limit; a failure names the store ("sessions (redis)").
      const name = `${namespace === 'session' ? 'sessions' : namespace} (${redis ? 'redis' : 'sql'})`;
      const keyv = new Keyv<T>({
        store: new TimedKeyvStore(redis ?? new SqlKeyvStore(db), name, limitMs),
        namespace,
        throwOnErrors: true,
        // Any session write without its own TTL (another chat's session) still expires.
        ...(namespace === 'session' ? { ttl: SESSION_TTL_MS } : {}),
      });
      created.push(keyv as Keyv);
      return keyv;
    },
    async close() {
      if (redis) await redis.disconnect();
    },
  };
}
