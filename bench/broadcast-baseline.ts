/**
 * The baseline for `broadcast.bench.ts`: what a bot author writes without an outbox. A plain
 * grammY loop hands every message to `bot.api.sendMessage` at once and lets two transformers
 * pace it: the throttler plugin's defaults (`@grammyjs/transformer-throttler`: a reservoir of
 * `limit` messages refilled every 1000 ms, at most one message per private chat per second),
 * re-implemented here because the plugin is not a dependency, and `@grammyjs/auto-retry`,
 * which waits out each 429's `retry_after` and tries again. Runs in its own process and prints
 * one JSON line: `{ sent, failed, maxRssMb }`.
 *
 * usage: node bin/run-ts.js bench/broadcast-baseline.ts <api-root> <token> <limit> <paid 0|1> <first-chat-id> <count>
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Transformer } from 'grammy';

/** The throttler plugin's default global and per-chat limits, without Bottleneck. */
export function throttlerStyle(limit: number): Transformer {
  let reservoir = limit;
  const waiting: Array<() => void> = [];
  const chatFree = new Map<number, number>();
  const pump = () => {
    while (reservoir > 0 && waiting.length > 0) {
      reservoir--;
      waiting.shift()?.();
    }
  };
  setInterval(() => {
    reservoir = limit;
    pump();
  }, 1000);
  const slot = () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      pump();
    });
  return async (prev, method, payload, signal) => {
    const chatId = Number((payload as { chat_id?: unknown } | undefined)?.chat_id);
    if (!Number.isFinite(chatId)) return prev(method, payload, signal);
    // One per chat per second, as the plugin's `out` limiter (minTime 1000, one at a time).
    const free = chatFree.get(chatId) ?? 0;
    const now = Date.now();
    chatFree.set(chatId, Math.max(now, free) + 1000);
    if (free > now) await new Promise((r) => setTimeout(r, free - now));
    await slot();
    return prev(method, payload, signal);
  };
}

const [apiRoot, token, limit, paid, first, count] = process.argv.slice(2);
if (!apiRoot || !token || !limit || !paid || !first || !count) {
  console.error('usage: broadcast-baseline.ts <api-root> <token> <limit> <paid> <first> <count>');
  process.exit(2);
}
// No `botInfo` and no `init()`: `bot.api` needs neither.
const bot = new Bot(token, { client: { apiRoot } });
// As the plugins' READMEs set them up; the last installed runs first, so a retry after a
// 429 goes through the throttler again.
bot.api.config.use(throttlerStyle(Number(limit)));
bot.api.config.use(autoRetry({ maxRetryAttempts: 20, maxDelaySeconds: 60 }));
const other = paid === '1' ? { allow_paid_broadcast: true } : {};
const results = await Promise.allSettled(
  Array.from({ length: Number(count) }, (_, i) =>
    bot.api.sendMessage(Number(first) + i, '【反诈提醒】基线', other),
  ),
);
const sent = results.filter((r) => r.status === 'fulfilled').length;
console.log(
  JSON.stringify({
    sent,
    failed: results.length - sent,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
// The throttler's refill timer would keep the process alive.
process.exit(0);
