/**
 * Live delivery across replicas on PostgreSQL. Storing an inbox message also runs `pg_notify`
 * in the same transaction, so the notification goes out exactly when the message is committed
 * (and never for a rolled-back one). Every replica LISTENs on one connection of its own; a
 * replica with an open page for that device reads the inbox after what the page has and pushes
 * the rest. After a lost connection it reconnects with a growing pause and catches every open
 * page up from the inbox, so nothing stored meanwhile is missed. SQLite means one process, where
 * the local push after the commit is all there is.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import { loadOnDemand } from '../../load-on-demand.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { listInbox } from '../../store/web-residents.repository.js';
import type { LiveEvents } from './live-events.js';

const CHANNEL = 'cunjing_web_inbox';
const MAX_PAUSE_MS = 30_000;
const loadPg = loadOnDemand<typeof pg>('pg');

export interface LiveFanout {
  /** Inside the transaction that stores a message for `deviceId`: tell every replica. */
  announce(trx: Db, deviceId: string): Promise<void>;
  close(): Promise<void>;
}

export function createLiveFanout(options: {
  databaseUrl: string;
  db: Db;
  live: LiveEvents;
  logger: Logger;
}): LiveFanout {
  const { db, live, logger } = options;
  // A device id is 22 base64url characters; the replica id keeps a replica from answering itself.
  const replica = randomBytes(6).toString('base64url');
  let client: pg.Client | null = null;
  let closed = false;
  let pause = 500;
  let retry: NodeJS.Timeout | null = null;

  async function catchUp(deviceId: string): Promise<void> {
    const after = live.lastSent(deviceId);
    if (after === null) return;
    for (const message of await listInbox(db, deviceId, after)) live.push(deviceId, message);
  }

  async function connect(): Promise<void> {
    const { Client } = loadPg();
    const next = new Client({ connectionString: options.databaseUrl });
    next.on('notification', (n) => {
      const [from, deviceId] = (n.payload ?? '').split(' ');
      if (from === replica || !deviceId || live.streams(deviceId) === 0) return;
      catchUp(deviceId).catch((error) => logger.warn('web: live catch-up failed', { error }));
    });
    next.on('error', (error) => {
      logger.warn('web: live fan-out connection lost; reconnecting', { error });
      next.end().catch(() => {});
      if (client === next) reconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
    pause = 500;
    // Whatever was stored while this replica was not listening.
    await Promise.all(live.devices().map(catchUp));
  }

  function reconnect(): void {
    client = null;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().catch((error) => {
        logger.warn('web: live fan-out cannot connect; retrying', { error, pause_ms: pause });
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
        reconnect();
      });
    }, pause);
    retry.unref();
  }

  connect().catch((error) => {
    logger.warn('web: live fan-out cannot connect; retrying', { error });
    reconnect();
  });

  return {
    async announce(trx, deviceId) {
      await sql`select pg_notify(${CHANNEL}, ${`${replica} ${deviceId}`})`.execute(trx);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
