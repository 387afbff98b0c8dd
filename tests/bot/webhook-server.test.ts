import { request } from 'node:http';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookServer, type UpdateClaims } from '../../src/bot/webhook-server.js';
import { createMemoryLogger } from '../../src/logger.js';
import { markStoreFailure } from '../../src/store/store-errors.js';

const SECRET = 'the-secret-token-1234';

/** Claims kept in memory: enough for the HTTP behaviour; the database ones are tested apart. */
function memoryClaims(): UpdateClaims & { done: Set<number> } {
  const claimed = new Set<number>();
  const done = new Set<number>();
  return {
    done,
    claim: async (id) => {
      if (done.has(id)) return 'done';
      if (claimed.has(id)) return 'busy';
      claimed.add(id);
      return 'claimed';
    },
    finish: async (id) => void done.add(id),
    release: async (id) => void claimed.delete(id),
  };
}

async function startServer(
  options: { handle?: (u: Update) => Promise<void>; claims?: UpdateClaims } = {},
) {
  const handled: number[] = [];
  const logger = createMemoryLogger();
  const server = createWebhookServer({
    secret: SECRET,
    logger,
    deadlineMs: 200,
    claims: options.claims ?? memoryClaims(),
    handle: options.handle ?? (async (u) => void handled.push(u.update_id)),
  });
  const port = await server.listen(0, '127.0.0.1');
  const post = (body: unknown, secret: string | null = SECRET) =>
    fetch(`http://127.0.0.1:${port}/telegram`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { server, post, handled, port, logger };
}

const message = (update_id: number) => ({
  update_id,
  message: { message_id: 1, date: 0, chat: { id: 5, type: 'private' }, text: 'hi' },
});

describe('webhook server', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('checks the secret token on every request', async () => {
    const s = await startServer();
    close = () => s.server.close();
    expect((await s.post(message(1), null)).status).toBe(401);
    expect((await s.post(message(1), 'wrong-secret-token-12')).status).toBe(401);
    expect((await s.post(message(1))).status).toBe(200);
    expect(s.handled).toEqual([1]);
  });

  it('handles a redelivered update once', async () => {
    const s = await startServer();
    close = () => s.server.close();
    await s.post(message(7));
    await s.post(message(7));
    expect(s.handled).toEqual([7]);
  });

  it('rejects garbage without crashing', async () => {
    const s = await startServer();
    close = () => s.server.close();
    expect((await s.post('{not json')).status).toBe(400);
    expect((await s.post({ hello: 1 })).status).toBe(400);
    expect((await s.post('null')).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${s.port}/other`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${s.port}/healthz`)).status).toBe(200);
  });

  it('accepts only the update types the bot asked for', async () => {
    const s = await startServer();
    close = () => s.server.close();
    const odd = [
      { update_id: 20, inline_query: { id: 'q', from: { id: 5 }, query: '', offset: '' } },
      { update_id: 21, poll: { id: 'p' } },
      { update_id: 22, something_new: { x: 1 } },
      { update_id: 23 },
    ];
    for (const update of odd) expect((await s.post(update)).status).toBe(200);
    expect(s.handled).toEqual([]);
  });

  it('answers 413 with a status line to a body over 1 MiB, declared or streamed', async () => {
    const s = await startServer();
    close = () => s.server.close();
    const big = JSON.stringify({ update_id: 1, message: { text: 'x'.repeat(1_100_000) } });
    const declared = await s.post(big);
    expect(declared.status).toBe(413);
    expect(await declared.text()).toContain('too large');
    // Chunked, without a length: the limit is found while reading.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: s.port,
          path: '/telegram',
          method: 'POST',
          headers: { 'x-telegram-bot-api-secret-token': SECRET, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c) => {
            body += c;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i++) req.write('y'.repeat(100_000));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(streamed.body).toContain('too large');
    expect(s.handled).toEqual([]);
  });

  it('answers fast while slow handling continues, and close waits for it', async () => {
    let finished = false;
    let release: () => void = () => {};
    const s = await startServer({
      handle: () =>
        new Promise<void>((r) => {
          release = () => {
            finished = true;
            r();
          };
        }),
    });
    expect((await s.post(message(9))).status).toBe(200);
    expect(finished).toBe(false);
    const closing = s.server.close();
    release();
    await closing;
    expect(finished).toBe(true);
  });

  it('asks Telegram to redeliver when the claim cannot be stored', async () => {
    const claims = memoryClaims();
    const s = await startServer({
      claims: {
        ...claims,
        claim: async () =>
          Promise.reject(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })),
      },
    });
    close = () => s.server.close();
    const res = await s.post(message(3));
    expect(res.status).toBe(503);
    expect(s.logger.entries.find((e) => e.msg.startsWith('could not claim'))).toMatchObject({
      level: 'warn',
      store: 'database',
    });
  });

  it('answers 503 when handling could not be saved, and handles the redelivery', async () => {
    const claims = memoryClaims();
    let storeDown = true;
    const handled: number[] = [];
    const s = await startServer({
      claims,
      handle: async (update) => {
        if (storeDown) markStoreFailure(update, 'sessions (redis)');
        else handled.push(update.update_id);
      },
    });
    close = () => s.server.close();
    expect((await s.post(message(11))).status).toBe(503);
    expect(s.logger.entries.find((e) => e.msg.startsWith('update not saved'))).toMatchObject({
      level: 'warn',
      store: 'sessions (redis)',
    });
    storeDown = false;
    expect((await s.post(message(11))).status).toBe(200);
    expect(handled).toEqual([11]);
    expect(claims.done.has(11)).toBe(true);
    expect(s.logger.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
