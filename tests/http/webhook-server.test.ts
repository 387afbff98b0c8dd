import type { Update } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebhookServer } from '../../src/http/webhook-server.js';
import { createMemoryLogger } from '../../src/logger.js';

const SECRET = 'the-secret-token-1234';

async function startServer(
  options: { handle?: (u: Update) => Promise<void>; claim?: (id: number) => Promise<boolean> } = {},
) {
  const claimed = new Set<number>();
  const handled: number[] = [];
  const server = createWebhookServer({
    secret: SECRET,
    logger: createMemoryLogger(),
    deadlineMs: 200,
    claim:
      options.claim ??
      (async (id) => {
        if (claimed.has(id)) return false;
        claimed.add(id);
        return true;
      }),
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
  return { server, post, handled, port };
}

describe('webhook server', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
  });

  it('checks the secret token on every request', async () => {
    const s = await startServer();
    close = () => s.server.close();
    expect((await s.post({ update_id: 1 }, null)).status).toBe(401);
    expect((await s.post({ update_id: 1 }, 'wrong-secret-token-12')).status).toBe(401);
    expect((await s.post({ update_id: 1 })).status).toBe(200);
    expect(s.handled).toEqual([1]);
  });

  it('handles a redelivered update once', async () => {
    const s = await startServer();
    close = () => s.server.close();
    await s.post({ update_id: 7 });
    await s.post({ update_id: 7 });
    expect(s.handled).toEqual([7]);
  });

  it('rejects garbage without crashing', async () => {
    const s = await startServer();
    close = () => s.server.close();
    expect((await s.post('{not json')).status).toBe(400);
    expect((await s.post({ hello: 1 })).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${s.port}/other`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${s.port}/healthz`)).status).toBe(200);
  });

  it('answers fast while slow handling continues, and close waits for it', async () => {
    let finished = false;
    const s = await startServer({
      handle: async () => {
        await new Promise((r) => setTimeout(r, 600));
        finished = true;
      },
    });
    const started = Date.now();
    expect((await s.post({ update_id: 9 })).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    expect(finished).toBe(false);
    await s.server.close();
    expect(finished).toBe(true);
  });

  it('asks Telegram to redeliver when the claim cannot be stored', async () => {
    const s = await startServer({ claim: async () => Promise.reject(new Error('ECONNREFUSED')) });
    close = () => s.server.close();
    expect((await s.post({ update_id: 3 })).status).toBe(503);
  });
});
