/**
 * Delivers the notices outbox: claims due notices with a lease (urgent first), hands each to its
 * channel's deliverer, and stores the outcome. Retries and their backoff, "blocked" for a
 * recipient who is gone, and the 429 pause are the broadcast engine's rules (`decideOutcome`),
 * so both outboxes behave alike. It sleeps between polls and is woken as soon as a workflow
 * commits new notices.
 *
 * A notice is marked sent in the transaction that records what the channel needs later (a
 * card's message id); a crash can only re-send a notice whose send returned but whose result
 * was not yet written, a window of milliseconds.
 *
 * @example
 * const loop = createNoticeLoop({ db, engine, workerId, deliverers: { telegram }, logger });
 * loop.start();
 * loop.wake(); // after a workflow committed notices
 * await loop.stop();
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_RETRY, decideOutcome, type RetryPolicy } from '../broadcast/outcome.js';
import { Waker } from '../broadcast/waker.js';
import type { Notice, NoticeChannel } from '../domain/notices/notice.js';
import type { Logger } from '../logger.js';
import type { Db, Engine } from '../store/database.js';
import {
  claimDueNotices,
  finishNotice,
  markNoticeSent,
  retryNoticeLater,
} from '../store/notices.repository.js';
import type { Deliverer } from './deliverer.js';

export interface NoticeLoopOptions {
  db: Db;
  engine: Engine;
  /** Stable per replica, for the logs; each claim gets its own token besides. */
  workerId: string;
  deliverers: Partial<Record<NoticeChannel, Deliverer>>;
  logger: Pick<Logger, 'warn' | 'error'>;
  /** How often to look without being woken (other replicas' notices, retries that fell due). */
  pollMs?: number;
  leaseMs?: number;
  batchSize?: number;
  retry?: RetryPolicy;
  now?: () => Date;
  /**
   * Called after each pass with the notices that reached a final status in it (sent, blocked,
   * failed), e.g. to report a broadcast whose last notices these were. Errors are logged.
   */
  onFinal?: (notices: Notice[]) => Promise<void>;
}

export interface NoticeLoop {
  start(): void;
  wake(): void;
  /** Delivers what is due now, until nothing is; resolves when done. For tests and the CLI. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createNoticeLoop(o: NoticeLoopOptions): NoticeLoop {
  const now = o.now ?? (() => new Date());
  const pollMs = o.pollMs ?? 3_000;
  const batchSize = o.batchSize ?? 20;
  const retry = o.retry ?? DEFAULT_RETRY;
  const waker = new Waker();
  let running = false;
  let loop: Promise<void> | null = null;
  /** One pass at a time: drain() and the loop share it. */
  let current: Promise<{ claimed: number; pauseMs: number }> = Promise.resolve({
    claimed: 0,
    pauseMs: 0,
  });

  /** Delivers one notice; the pause flood control asks for, and whether its status is final. */
  async function deliver(
    notice: Notice,
    token: string,
  ): Promise<{ pauseMs: number; final: boolean }> {
    const deliverer = o.deliverers[notice.channel];
    const result = deliverer
      ? await deliverer(notice).catch((error: unknown) => ({
          ok: false as const,
          kind: 'transient' as const,
          description: error instanceof Error ? error.message : String(error),
        }))
      : ({ ok: false, kind: 'permanent', description: `no ${notice.channel} channel` } as const);
    const at = now();
    if (result.ok) {
      let after: (() => void) | undefined;
      await o.db.transaction().execute(async (trx) => {
        after = (await result.record?.(trx)) ?? undefined;
        await markNoticeSent(trx, notice.id, token, at);
      });
      after?.();
      return { pauseMs: 0, final: true };
    }
    if (result.kind === 'wait') {
      await retryNoticeLater(o.db, notice.id, token, {
        at: new Date(at.getTime() + result.seconds * 1000),
        error: result.reason,
        counts: false,
        now: at,
      });
      return { pauseMs: 0, final: false };
    }
    const outcome = decideOutcome(result, notice.attempts + 1, retry);
    switch (outcome.kind) {
      case 'throttle':
        await retryNoticeLater(o.db, notice.id, token, {
          at: new Date(at.getTime() + outcome.seconds * 1000),
          error: `429 retry after ${outcome.seconds}s`,
          counts: false,
          now: at,
        });
        return { pauseMs: outcome.seconds * 1000, final: false };
      case 'retry':
        await retryNoticeLater(o.db, notice.id, token, {
          at: new Date(at.getTime() + outcome.delayMs),
          error: outcome.error,
          counts: true,
          now: at,
        });
        return { pauseMs: 0, final: false };
      case 'final':
        if (outcome.status !== 'sent') {
          o.logger.warn('notice not delivered', {
            notice_id: notice.id,
            kind: notice.kind,
            status: outcome.status,
            error: outcome.error,
          });
          await finishNotice(o.db, notice.id, token, {
            status: outcome.status,
            error: outcome.error,
            now: at,
          });
        }
        return { pauseMs: 0, final: true };
    }
  }

  async function pass(): Promise<{ claimed: number; pauseMs: number }> {
    const token = `${o.workerId}:${randomUUID()}`;
    const claimed = await claimDueNotices(o.db, {
      engine: o.engine,
      token,
      now: now(),
      leaseMs: o.leaseMs ?? 60_000,
      limit: batchSize,
      channels: Object.keys(o.deliverers) as NoticeChannel[],
    });
    const final: Notice[] = [];
    try {
      for (const [i, notice] of claimed.entries()) {
        const done = await deliver(notice, token);
        if (done.final) final.push(notice);
        if (done.pauseMs > 0) {
          // Flood control: give the rest back at once and wait it out.
          for (const rest of claimed.slice(i + 1))
            await retryNoticeLater(o.db, rest.id, token, {
              at: now(),
              error: 'paused',
              counts: false,
              now: now(),
            });
          return { claimed: claimed.length, pauseMs: done.pauseMs };
        }
      }
      return { claimed: claimed.length, pauseMs: 0 };
    } finally {
      if (final.length && o.onFinal)
        await o
          .onFinal(final)
          .catch((error: unknown) => o.logger.error('after delivering notices', { error }));
    }
  }

  function nextPass() {
    current = current.then(pass, pass);
    return current;
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let waitMs = pollMs;
          try {
            const { claimed, pauseMs } = await nextPass();
            waitMs = pauseMs || (claimed >= batchSize ? 0 : pollMs);
          } catch (error) {
            o.logger.error('notice delivery failed; trying again shortly', { error });
          }
          if (running) await waker.wait(waitMs);
        }
      })();
    },
    wake: () => waker.kick(),
    async drain() {
      let total = 0;
      for (;;) {
        const { claimed } = await nextPass();
        total += claimed;
        if (claimed === 0) return total;
      }
    },
    async stop() {
      running = false;
      waker.kick();
      await loop;
      await current.catch(() => {});
    },
  };
}
