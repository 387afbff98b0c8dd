/**
 * Gauges read from the database when /metrics is scraped: the outbox (depth and delivery
 * outcomes) and reports by colour and status. Reading them at scrape time keeps them right across
 * replicas and restarts, which in-process counters would not be.
 */
import { Gauge, Registry } from 'prom-client';
import type { Db } from '../store/database.js';

export function createStoreMetrics(db: Db): Registry {
  const registry = new Registry();
  new Gauge({
    name: 'cunjing_outbox_messages',
    help: 'Broadcast outbox rows by status (pending and claimed are the depth still to send)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .selectFrom('broadcast_recipients')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .groupBy('status')
        .execute();
      for (const row of rows) this.set({ status: row.status }, Number(row.n));
    },
  });
  new Gauge({
    name: 'cunjing_outbox_depth',
    help: 'Broadcast messages waiting to be sent',
    registers: [registry],
    async collect() {
      const row = await db
        .selectFrom('broadcast_recipients')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('status', 'in', ['pending', 'claimed'])
        .executeTakeFirst();
      this.set(Number(row?.n ?? 0));
    },
  });
  new Gauge({
    name: 'cunjing_reports',
    help: 'Reports by colour and status',
    labelNames: ['colour', 'status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await db
        .selectFrom('reports')
        .select(['colour', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .groupBy(['colour', 'status'])
        .execute();
      for (const row of rows) this.set({ colour: row.colour, status: row.status }, Number(row.n));
    },
  });
  return registry;
}
