/**
 * Process-wide counters, in prom-client's usual style. They are module-level on purpose: the
 * places that count (the error boundary, the update wrapper, the matcher wrapper) get a one-line
 * call instead of a dependency threaded through every feature. Figures from the database (outbox,
 * reports) are read at scrape time instead, see `store-metrics.ts`.
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'cunjing_' });

export const updatesHandled = new Counter({
  name: 'cunjing_updates_handled_total',
  help: 'Telegram updates handled, by update type',
  labelNames: ['type'] as const,
  registers: [processRegistry],
});

export const updatesFailed = new Counter({
  name: 'cunjing_updates_failed_total',
  help: 'Updates that ended in the error boundary (the person got an apology)',
  registers: [processRegistry],
});

export const updateSeconds = new Histogram({
  name: 'cunjing_update_duration_seconds',
  help: 'Time from taking an update to finishing it',
  buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [processRegistry],
});

export const serviceAnswers = new Counter({
  name: 'cunjing_service_answers_total',
  help: 'Service questions matched, by confidence band (high: answered, medium: offered, low: not sure)',
  labelNames: ['band'] as const,
  registers: [processRegistry],
});

/** One line for the error boundary: an update failed. */
export function countFailedUpdate(): void {
  updatesFailed.inc();
}
