/**
 * A village's context (village, township, station, county) kept in memory for the bot's busiest
 * path: every service answer names the station and the officer, and on SQLite each query makes
 * every other update wait. Places change only when an admin runs `cunjing villages import`, which
 * runs in another process, so an entry lives `ttlMs` (a minute, as the blocklist's refresh): a
 * running bot answers with the imported places within that. `clear()` drops everything at once,
 * for an import or an edit made through this process.
 */
import type { Db } from './database.js';
import { getVillageContext, type VillageContext } from './places.repository.js';

export interface PlaceCache {
  /** Like `getVillageContext`, read from the database at most once per village and `ttlMs`. */
  villageContext(code: string): Promise<VillageContext | null>;
  /** Forgets every village: the next read goes to the database. */
  clear(): void;
}

export const PLACE_CACHE_TTL_MS = 60_000;

export function createPlaceCache(
  db: Db,
  options: { ttlMs?: number; now?: () => number } = {},
): PlaceCache {
  const ttlMs = options.ttlMs ?? PLACE_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  // The promise is kept, so updates arriving together for one village share one read.
  const entries = new Map<string, { at: number; context: Promise<VillageContext | null> }>();
  return {
    villageContext(code) {
      const entry = entries.get(code);
      if (entry && now() - entry.at < ttlMs) return entry.context;
      const context = getVillageContext(db, code);
      const fresh = { at: now(), context };
      entries.set(code, fresh);
      // A failed read (the database timed out) is not remembered: the next update tries again.
      context.catch(() => {
        if (entries.get(code) === fresh) entries.delete(code);
      });
      return context;
    },
    clear: () => entries.clear(),
  };
}
