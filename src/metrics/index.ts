/** Prometheus metrics: process counters plus gauges read from the store at scrape time. */
import { Registry } from 'prom-client';
import type { Db } from '../store/database.js';
import { processRegistry } from './process-metrics.js';
import { createStoreMetrics } from './store-metrics.js';

export * from './process-metrics.js';

/** The registry /metrics serves: this process's counters and the store's gauges. */
export function createMetricsRegistry(db: Db): Registry {
  return Registry.merge([processRegistry, createStoreMetrics(db)]);
}
