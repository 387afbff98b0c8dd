/**
 * Sessions through keyv: the SQL store by default, Redis when configured. Keyed by chat, which
 * matches the runner's `sequentialize`, so one chat's updates never race on its session.
 *
 * Privacy: a session lives 30 days after its last use, then the store drops it (Redis by itself,
 * the SQL store through the retention job). Fields that hold what a resident wrote or which
 * report they filed (a pasted scam text for the "report this" button, the last question, the
 * last reference) are kept for a day only: each carries the time it was set, and a read after a
 * day no longer sees it.
 */
import { type StorageAdapter, session } from 'grammy';
import type { Keyv } from 'keyv';
import { SESSION_TTL_MS } from '../../store/keyv.js';
import type { BotContext, SessionData } from '../context.js';

const DAY_MS = 86_400_000;

/** Session fields that expire a day after they were set, whatever else happens in the chat. */
export const SHORT_LIVED_FIELDS: Partial<Record<keyof SessionData, number>> = {
  lastChecked: DAY_MS,
  lastQuestion: DAY_MS,
  lastSubmitted: DAY_MS,
};

type Stamps = Partial<Record<string, number>>;
type Stored = Record<string, unknown> & { _set?: Stamps };

export interface SessionStorageOptions {
  ttlMs?: number;
  /** The clock, injectable for tests. */
  now?: () => number;
}

export function keyvStorage<T extends object>(
  keyv: Keyv<T>,
  options: SessionStorageOptions = {},
): StorageAdapter<T> {
  const ttl = options.ttlMs ?? SESSION_TTL_MS;
  const now = options.now ?? Date.now;
  // What each session looked like when read, to tell a field set in this update from an old one
  // (by key, since a handler may replace the session object). grammY writes after every read.
  const readAs = new Map<string, { stamps: Stamps; values: Record<string, string> }>();
  return {
    read: async (key) => {
      const stored = (await keyv.get(key)) as Stored | undefined;
      if (!stored) return undefined;
      const { _set: stamps = {}, ...data } = stored;
      const values: Record<string, string> = {};
      for (const [field, lifetime] of Object.entries(SHORT_LIVED_FIELDS)) {
        if (data[field] === undefined) continue;
        // A field without a stamp predates this rule: treat it as old.
        if (now() - (stamps[field] ?? 0) >= (lifetime ?? 0)) delete data[field];
        else values[field] = JSON.stringify(data[field]);
      }
      readAs.set(key, { stamps, values });
      return data as T;
    },
    write: async (key, value) => {
      const before = readAs.get(key);
      readAs.delete(key);
      const stamps: Stamps = {};
      const data = value as Record<string, unknown>;
      for (const field of Object.keys(SHORT_LIVED_FIELDS)) {
        if (data[field] === undefined) continue;
        const unchanged = before?.values[field] === JSON.stringify(data[field]);
        stamps[field] = unchanged ? (before?.stamps[field] ?? now()) : now();
      }
      await keyv.set(key, { ...data, _set: stamps } as unknown as T, ttl);
    },
    delete: async (key) => {
      readAs.delete(key);
      await keyv.delete(key);
    },
  };
}

export function sessionMiddleware(keyv: Keyv<SessionData>, options: SessionStorageOptions = {}) {
  return session<SessionData, BotContext>({
    initial: () => ({}),
    storage: keyvStorage(keyv, options),
  });
}
