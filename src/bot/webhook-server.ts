/**
 * Webhook mode's HTTP server. It checks Telegram's secret token on every request, accepts only
 * the update types the bot asked for, and claims each update_id in the shared database so a
 * redelivery (or a replica's twin) is handled once. A claim is final only after handling; if
 * handling could not be saved (a store was down or too slow), or the claim itself cannot be
 * stored, the answer is 503 and Telegram delivers the update again later: nothing is dropped.
 * With chat locks, one chat's updates are handled one at a time and in order across replicas.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { readLimitedBody } from '../http/limited-body.js';
import type { Logger } from '../logger.js';
import { STORE_TIMEOUT_MS } from '../store/keyv.js';
import type { ClaimResult } from '../store/processed-updates.repository.js';
import { failedStore, storeFailureOf, withTimeLimit } from '../store/store-errors.js';
import { ALLOWED_UPDATES, chatOfUpdate, updateKind } from './allowed-updates.js';

/** Telegram opens at most this many connections at once (setWebhook `max_connections`). */
export const WEBHOOK_MAX_CONNECTIONS = 40;

export interface UpdateClaims {
  claim(updateId: number, chatId: number | null): Promise<ClaimResult>;
  finish(updateId: number): Promise<void>;
  release(updateId: number): Promise<void>;
}

export interface ChatLocks {
  /** True when this process now holds the chat's lock for this update. */
  tryLock(chatId: number, updateId: number): Promise<boolean>;
  unlock(chatId: number): Promise<void>;
}

export interface WebhookServerOptions {
  secret: string;
  path?: string;
  claims: UpdateClaims;
  /** Per-chat order across replicas; without it, only the claims apply. */
  chatLocks?: ChatLocks;
  handle(update: Update): Promise<void>;
  logger: Logger;
  /** How long to wait for handling before answering 200 anyway (Telegram waits about 60 s). */
  deadlineMs?: number;
  /** Time limit of one claim or lock operation on the database. */
  storeTimeoutMs?: number;
  allowedUpdates?: readonly string[];
  /** Waits between attempts to take a chat's lock; injectable so tests wait for signals. */
  pause?: (ms: number) => Promise<void>;
  /** Called each time an update waits for its chat's lock (tests). */
  onLockWait?: (updateId: number) => void;
}

const MAX_BODY = 1024 * 1024;
/** A chat waited on this long is given back to Telegram with 503, to come again. */
const LOCK_WAIT_MS = 10_000;

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createWebhookServer(options: WebhookServerOptions) {
  const path = options.path ?? '/telegram';
  const deadline = options.deadlineMs ?? 10_000;
  const limitMs = options.storeTimeoutMs ?? STORE_TIMEOUT_MS;
  const allowed = new Set<string>(options.allowedUpdates ?? ALLOWED_UPDATES);
  const pause = options.pause ?? sleep;
  const { logger, claims, chatLocks } = options;
  const inFlight = new Set<Promise<number>>();
  const db = <T>(operation: string, work: () => Promise<T>) =>
    withTimeLimit('database', operation, limitMs, work);

  const end = (res: ServerResponse, status: number, body = '', headers = {}) => {
    if (!res.headersSent)
      res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(body);
  };

  /** Waits for the chat's lock; false when it stayed busy for too long. */
  async function lockChat(chatId: number, updateId: number): Promise<boolean> {
    if (!chatLocks) return true;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      if (await db('chat lock', () => chatLocks.tryLock(chatId, updateId))) return true;
      if (Date.now() - started > LOCK_WAIT_MS) return false;
      options.onLockWait?.(updateId);
      await pause(Math.min(25 * 2 ** attempt, 250));
    }
  }

  /** Handles a claimed update; resolves to the HTTP status it deserves. */
  async function process(update: Update, chatId: number | null): Promise<number> {
    const id = update.update_id;
    try {
      if (chatId !== null && !(await lockChat(chatId, id))) {
        logger.warn('chat busy for too long; asking Telegram to redeliver', { update_id: id });
        await db('release claim', () => claims.release(id)).catch(() => {});
        return 503;
      }
    } catch (error) {
      logger.warn('could not lock the chat; asking Telegram to redeliver', {
        update_id: id,
        store: failedStore(error) ?? 'database',
        reason: error instanceof Error ? error.message : String(error),
      });
      await db('release claim', () => claims.release(id)).catch(() => {});
      return 503;
    }
    try {
      await options.handle(update);
    } catch (error) {
      // The bot's error boundary handles its errors; this is a bug outside it.
      logger.error('webhook update failed', { update_id: id, error });
    } finally {
      if (chatId !== null && chatLocks)
        await db('chat unlock', () => chatLocks.unlock(chatId)).catch((error) =>
          logger.warn('could not unlock the chat; its lease will run out', {
            update_id: id,
            store: 'database',
            reason: error instanceof Error ? error.message : String(error),
          }),
        );
    }
    const store = storeFailureOf(update);
    if (store) {
      await db('release claim', () => claims.release(id)).catch(() => {});
      logger.warn('update not saved; asking Telegram to redeliver', { update_id: id, store });
      return 503;
    }
    await db('finish claim', () => claims.finish(id)).catch((error) =>
      logger.warn('could not mark the update done; a redelivery may repeat it', {
        update_id: id,
        store: 'database',
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    return 200;
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/healthz') return end(res, 200, 'ok');
    if (req.url !== path) return end(res, 404);
    if (req.method !== 'POST') return end(res, 405);
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], options.secret))
      return end(res, 401);
    const body = await readLimitedBody(req, res, MAX_BODY);
    if (body === null) return; // answered 413 already
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      return end(res, 400, 'invalid JSON');
    }
    if (!update || typeof update !== 'object' || !Number.isSafeInteger(update.update_id))
      return end(res, 400, 'no update_id');
    const kind = updateKind(update as unknown as Record<string, unknown>);
    if (kind === null || !allowed.has(kind)) {
      logger.debug('update type not asked for; ignored', { update_id: update.update_id, kind });
      return end(res, 200);
    }
    const chatId = chatOfUpdate(update as unknown as Record<string, unknown>);

    let claim: ClaimResult;
    try {
      claim = await db('claim', () => claims.claim(update.update_id, chatId));
    } catch (error) {
      logger.warn('could not claim update; asking Telegram to redeliver', {
        update_id: update.update_id,
        store: failedStore(error) ?? 'database',
        reason: error instanceof Error ? error.message : String(error),
      });
      return end(res, 503, 'store unavailable', { 'retry-after': '5' });
    }
    if (claim === 'done') return end(res, 200);
    // Being handled elsewhere right now: come back later, by when it is done or its lease ran out.
    if (claim === 'busy') return end(res, 503, 'being handled', { 'retry-after': '5' });

    const work = process(update, chatId);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    let timer: NodeJS.Timeout | undefined;
    const status = await Promise.race([
      work,
      new Promise<number>((r) => {
        timer = setTimeout(() => r(200), deadline);
      }),
    ]);
    clearTimeout(timer);
    end(res, status, status === 503 ? 'store unavailable' : '', {
      ...(status === 503 ? { 'retry-after': '5' } : {}),
    });
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error) => {
      logger.error('webhook request failed', { error });
      end(res, 500);
    });
  });

  return {
    server,
    listen(port: number, host: string): Promise<number> {
      return new Promise((resolve) =>
        server.listen(port, host, () => resolve((server.address() as { port: number }).port)),
      );
    },
    /** Stops accepting requests, then waits for updates being handled. */
    async close(): Promise<void> {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await Promise.allSettled([...inFlight]);
    },
  };
}
