/**
 * Webhook mode's HTTP server. It checks Telegram's secret token on every request, claims each
 * update_id in the shared database so a redelivery (or a replica's twin) is handled once, and
 * answers within a short deadline while slow handling carries on. If the database cannot record
 * the claim, it answers 503 so Telegram delivers the update again later: nothing is dropped.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import type { Logger } from '../logger.js';

export interface WebhookServerOptions {
  secret: string;
  path?: string;
  /** Returns false when the update was already claimed. */
  claim(updateId: number): Promise<boolean>;
  handle(update: Update): Promise<void>;
  logger: Logger;
  /** How long to wait for handling before answering anyway. */
  deadlineMs?: number;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createWebhookServer(options: WebhookServerOptions) {
  const path = options.path ?? '/telegram';
  const deadline = options.deadlineMs ?? 2_000;
  const inFlight = new Set<Promise<void>>();

  const end = (res: ServerResponse, status: number, body = '') => {
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/healthz') return end(res, 200, 'ok');
    if (req.url !== path) return end(res, 404);
    if (req.method !== 'POST') return end(res, 405);
    if (!secretMatches(req.headers['x-telegram-bot-api-secret-token'], options.secret))
      return end(res, 401);
    const body = await readBody(req);
    if (body === null) return end(res, 413);
    let update: Update;
    try {
      update = JSON.parse(body) as Update;
    } catch {
      return end(res, 400, 'invalid JSON');
    }
    if (!update || !Number.isSafeInteger(update.update_id)) return end(res, 400, 'no update_id');

    try {
      if (!(await options.claim(update.update_id))) return end(res, 200);
    } catch (error) {
      options.logger.error('could not claim update; asking Telegram to redeliver', {
        update_id: update.update_id,
        error,
      });
      return end(res, 503);
    }
    const work = options
      .handle(update)
      .catch((error) =>
        options.logger.error('webhook update failed', { update_id: update.update_id, error }),
      );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      work,
      new Promise((r) => {
        timer = setTimeout(r, deadline);
      }),
    ]);
    clearTimeout(timer);
    end(res, 200);
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error) => {
      options.logger.error('webhook request failed', { error });
      end(res, 500);
    });
  });

  return {
    server,
    listen(port: number, host: string): Promise<number> {
      return new Promise((resolve) =>
        server.listen(port, host, () => resolve((server.address() as { port: number }).port)),
      );
    },
    /** Stops accepting requests, then waits for updates being handled. */
    async close(): Promise<void> {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await Promise.allSettled([...inFlight]);
    },
  };
}
