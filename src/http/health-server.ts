/**
 * The health and metrics server, in polling and webhook mode alike. It listens on loopback by
 * default (HEALTH_HOST, HEALTH_PORT): a monitoring agent on the same machine, or a reverse proxy,
 * reads it; residents' data never appears in it.
 *
 * GET /healthz → 200 or 503 with JSON `{ status, checks: { database, sessions, telegram } }`
 * GET /metrics → Prometheus text format
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.js';

export interface CheckResult {
  ok: boolean;
  [detail: string]: unknown;
}

export interface HealthServerOptions {
  checks: Record<string, () => Promise<CheckResult>>;
  metrics: Registry;
  logger: Logger;
  /** A check that takes longer than this counts as failing. */
  checkTimeoutMs?: number;
}

async function runCheck(check: () => Promise<CheckResult>, timeoutMs: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      check().catch((error: unknown) => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function createHealthServer(options: HealthServerOptions) {
  const timeoutMs = options.checkTimeoutMs ?? 2_000;
  const send = (res: ServerResponse, status: number, type: string, body: string) =>
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);

  const server = createServer((req, res): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain', '');
      return;
    }
    if (path === '/healthz') {
      void (async () => {
        const names = Object.keys(options.checks);
        const results = await Promise.all(
          names.map((name) =>
            runCheck(options.checks[name] as () => Promise<CheckResult>, timeoutMs),
          ),
        );
        const checks = Object.fromEntries(names.map((n, i) => [n, results[i]]));
        const ok = results.every((r) => r.ok);
        send(
          res,
          ok ? 200 : 503,
          'application/json',
          JSON.stringify({ status: ok ? 'ok' : 'failing', checks }),
        );
      })();
      return;
    }
    if (path === '/metrics') {
      options.metrics
        .metrics()
        .then((text) => send(res, 200, options.metrics.contentType, text))
        .catch((error: unknown) => {
          options.logger.warn('metrics could not be collected', { error });
          send(res, 503, 'text/plain', 'metrics unavailable\n');
        });
      return;
    }
    send(res, 404, 'text/plain', 'not found: try /healthz or /metrics\n');
  });

  return {
    /** Starts listening; resolves with the port (useful with port 0). */
    listen(port: number, host: string): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
