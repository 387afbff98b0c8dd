/**
 * A fake Bot API with a strict sliding-window flood limit, in its own process so that its
 * memory and event loop are not the sender's. At most `limit` messages are accepted in any
 * window of 1000 ms (separately for paid calls, `allow_paid_broadcast: true`, at `paidLimit`);
 * one more gets a 429 with `retry_after` set to the whole seconds until the oldest message in
 * the window leaves it, as Telegram answers. Nothing is stored per chat, so memory stays flat.
 *
 * usage: node bin/run-ts.js bench/broadcast-fake-api.ts <limit> <paid-limit>
 * prints `port <n>`; `GET /stats` answers the counters, `POST /reset` zeroes them.
 */
import { createServer } from 'node:http';

export interface FakeApiStats {
  accepted: number;
  http429: number;
  /** performance.now() of the first and last accepted message, for the achieved rate. */
  firstMs: number;
  lastMs: number;
}

/** At most `limit` events in any window of `windowMs`; rejected events do not count. */
export class SlidingWindow {
  private readonly ring: Float64Array;
  private head = 0;
  private size = 0;

  constructor(
    readonly limit: number,
    private readonly windowMs = 1000,
  ) {
    this.ring = new Float64Array(limit);
  }

  /** 0 when an event may happen at `now` (and records it), else ms until it may. */
  admit(now: number): number {
    if (this.size === this.limit) {
      const oldest = this.ring[this.head] as number;
      const wait = oldest + this.windowMs - now;
      if (wait > 0) return wait;
      this.head = (this.head + 1) % this.limit;
      this.size--;
    }
    this.ring[(this.head + this.size) % this.limit] = now;
    this.size++;
    return 0;
  }
}

function serve(limit: number, paidLimit: number): void {
  let free = new SlidingWindow(limit);
  let paid = new SlidingWindow(paidLimit);
  let stats: FakeApiStats = { accepted: 0, http429: 0, firstMs: 0, lastMs: 0 };
  let messageId = 0;
  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/stats') return reply(200, stats);
    if (req.url === '/reset') {
      free = new SlidingWindow(limit);
      paid = new SlidingWindow(paidLimit);
      stats = { accepted: 0, http429: 0, firstMs: 0, lastMs: 0 };
      return reply(200, { ok: true });
    }
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const method = req.url?.split('/').pop() ?? '';
      if (method === 'getMe')
        return reply(200, {
          ok: true,
          result: { id: 5550003, is_bot: true, first_name: 'bench', username: 'bench_bot' },
        });
      const body = JSON.parse(raw || '{}') as { chat_id?: number; allow_paid_broadcast?: boolean };
      const now = performance.now();
      const wait = (body.allow_paid_broadcast ? paid : free).admit(now);
      if (wait > 0) {
        stats.http429++;
        const seconds = Math.max(1, Math.ceil(wait / 1000));
        return reply(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${seconds}`,
          parameters: { retry_after: seconds },
        });
      }
      if (stats.accepted === 0) stats.firstMs = now;
      stats.accepted++;
      stats.lastMs = now;
      reply(200, {
        ok: true,
        result: {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: body.chat_id, type: 'private' },
        },
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') console.log(`port ${address.port}`);
  });
}

if (process.argv[1]?.endsWith('broadcast-fake-api.ts')) {
  const [limit, paidLimit] = process.argv.slice(2).map(Number);
  if (!limit || !paidLimit) {
    console.error('usage: broadcast-fake-api.ts <limit> <paid-limit>');
    process.exit(2);
  }
  serve(limit, paidLimit);
}
