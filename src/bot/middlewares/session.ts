/**
 * Sessions through keyv: the SQL store by default, Redis when configured. Keyed by chat, which
 * matches the runner's `sequentialize`, so one chat's updates never race on its session.
 */
import { type StorageAdapter, session } from 'grammy';
import type { Keyv } from 'keyv';
import type { BotContext, SessionData } from '../context.js';

export function keyvStorage<T>(keyv: Keyv<T>): StorageAdapter<T> {
  return {
    read: async (key) => (await keyv.get(key)) ?? undefined,
    write: async (key, value) => {
      await keyv.set(key, value);
    },
    delete: async (key) => {
      await keyv.delete(key);
    },
  };
}

export function sessionMiddleware(keyv: Keyv<SessionData>) {
  return session<SessionData, BotContext>({ initial: () => ({}), storage: keyvStorage(keyv) });
}
