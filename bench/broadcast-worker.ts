/**
 * One delivery replica in its own process, for `broadcast.bench.ts` and the two-replica test:
 * it delivers everything deliverable in an outbox (a SQLite file, or any `sqlite:` /
 * `postgres://` database URL) through a Bot API root, prints one JSON line with its peak
 * memory, then exits. With `paid-rate` it sends with `allow_paid_broadcast` at that rate;
 * `rate` `default` leaves the engine's default.
 *
 * Bench-only settings, from the environment: `BROADCAST_MEM_TRACE=1` samples
 * `process.memoryUsage()` every 100 ms and reports the sample with the highest RSS split into
 * JS heap, external buffers and the rest (native: SQLite, pg, V8's own, the code);
 * `BROADCAST_HEAP_SNAPSHOT=<file>` writes one heap snapshot once 50,000 messages are sent
 * (or `BROADCAST_HEAP_SNAPSHOT_AT=<n>`).
 *
 * usage: node bin/run-ts.js bench/broadcast-worker.ts <sqlite-file|database-url> <api-root> <token> <rate|default> <worker-id> [paid-rate]
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
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
const mb = (n: number) => Math.round(n / 2 ** 20);
let peak: NodeJS.MemoryUsage | undefined;
let peakSpaces: Record<string, number> = {};
let snapshotFile = process.env.BROADCAST_HEAP_SNAPSHOT;
const snapshotAt = Number(process.env.BROADCAST_HEAP_SNAPSHOT_AT ?? 50_000);
const sampler =
  process.env.BROADCAST_MEM_TRACE || snapshotFile
    ? setInterval(() => {
        const m = process.memoryUsage();
        if (!peak || m.rss > peak.rss) {
          peak = m;
          peakSpaces = Object.fromEntries(
            getHeapSpaceStatistics().map((h) => [h.space_name, mb(h.space_size)]),
          );
        }
        if (snapshotFile && engine.status().sent >= snapshotAt) {
          writeHeapSnapshot(snapshotFile);
          console.error(`heap snapshot: ${snapshotFile} (rss ${mb(m.rss)} MB)`);
          snapshotFile = undefined;
        }
      }, 100)
    : undefined;
engine.start();
await engine.drain();
if (sampler) clearInterval(sampler);
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
    ...(peak
      ? {
          memoryAtPeakMb: {
            rss: mb(peak.rss),
            heap_total: mb(peak.heapTotal),
            heap_used: mb(peak.heapUsed),
            external: mb(peak.external),
            array_buffers: mb(peak.arrayBuffers),
            native_and_code: mb(peak.rss - peak.heapTotal - peak.external),
            heap_spaces: peakSpaces,
          },
        }
      : {}),
  }),
);
