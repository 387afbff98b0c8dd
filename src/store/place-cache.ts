/**
 * A village's context (village, township, station, county) kept in memory for the bot's busiest
 * path: every service answer names the station and the officer, and on SQLite each query makes
 * every other update wait. Places change only when an admin runs `cunjing villages import`,
 * usually in another process; the import raises `county.places_version` in its transaction, and
 * the cache reads that one number at most once per `checkMs` (a second) and forgets everything
 * when it moved. So a running bot answers with the imported places within about a second, and a
 * question costs no place query at all in between. `clear()` drops everything at once, for an
 * import made through this process.
 */
import type { Db } from './database.js';
import { getVillageContext, placesVersion, type VillageContext } from './places.repository.js';

export interface PlaceCache {
  /** Like `getVillageContext`, read from the database once per village and places version. */
  villageContext(code: string): Promise<VillageContext | null>;
  /** Forgets every village: the next read goes to the database. */
  clear(): void;
}

/** How often the places version is read: the longest a running bot answers with old places. */
export const PLACES_CHECK_MS = 1_000;

export function createPlaceCache(
  db: Db,
  options: { checkMs?: number; now?: () => number } = {},
): PlaceCache {
  const checkMs = options.checkMs ?? PLACES_CHECK_MS;
  const now = options.now ?? Date.now;
  // The promise is kept, so updates arriving together for one village share one read.
  const entries = new Map<string, Promise<VillageContext | null>>();
  let version: number | null = null;
  let checkedAt = Number.NEGATIVE_INFINITY;
  let checking: Promise<void> | null = null;

  function checkVersion(): Promise<void> {
    checking ??= placesVersion(db)
      .then((current) => {
        checkedAt = now();
        if (current !== version) entries.clear();
        version = current;
      })
      // The database timed out: keep going on what is cached; the next update checks again.
      .catch(() => {})
      .finally(() => {
        checking = null;
      });
    return checking;
  }

  return {
    async villageContext(code) {
      if (now() - checkedAt >= checkMs) await checkVersion();
      const cached = entries.get(code);
      if (cached) return cached;
      const context = getVillageContext(db, code);
      entries.set(code, context);
      // A failed read is not remembered: the next update tries again.
      context.catch(() => {
        if (entries.get(code) === context) entries.delete(code);
      });
      return context;
    },
    clear: () => entries.clear(),
  };
}
