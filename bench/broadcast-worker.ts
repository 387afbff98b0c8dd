/**
 * One delivery replica in its own process, for `broadcast.bench.ts` and the two-replica test:
 * it delivers everything deliverable in an outbox (a SQLite file, or any `sqlite:` /
 * `postgres://` database URL) through a Bot API root, prints one JSON line with its peak
 * memory, then exits. With `paid-rate` it sends with `allow_paid_broadcast` at that rate;
 * `rate` `default` leaves the engine's default.
 *
 * usage: node bin/run-ts.js bench/broadcast-worker.ts <sqlite-file|database-url> <api-root> <token> <rate|default> <worker-id> [paid-rate]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDeliveryEngine } from '../src/broadcast/engine.js';
import { createTelegramSender } from '../src/broadcast/telegram-sender.js';
import { openStore } from '../src/store/database.js';

const [file, apiRoot, token, rate, workerId, paidRate] = process.argv.slice(2);
if (!file || !apiRoot || !token || !rate || !workerId) {
  console.error(
    'usage: broadcast-worker.ts <sqlite-file> <api-root> <token> <rate|default> <worker-id> [paid-rate]',
  );
  process.exit(2);
}

const store = openStore(/^(sqlite:|postgres(ql)?:\/\/)/.test(file) ? file : `sqlite:${file}`);
const engine = createDeliveryEngine({
  db: store.db,
  engine: store.engine,
  send: createTelegramSender(apiRoot, token),
  ...(rate === 'default' ? {} : { rate: Number(rate) }),
  ...(paidRate
    ? { paid: true, ...(paidRate === 'default' ? {} : { paidRate: Number(paidRate) }) }
    : {}),
  // The same id as the killed process: the restart takes its claims back at once.
  workerId,
  pollMs: 100,
  logger: { info() {}, warn() {}, error: (...a) => console.error(...a) },
});
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
engine.start();
await engine.drain();
const { throttled } = engine.status();
await engine.stop();
await store.close();
console.log(
  JSON.stringify({
    throttled,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    // How late the event loop ran (stalls delay sends after the pacer counted them).
    loopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e6),
    loopDelayMaxMs: Math.round(loopDelay.max / 1e6),
  }),
);
