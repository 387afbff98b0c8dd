import { Agent, EnvHttpProxyAgent, getGlobalDispatcher, ProxyAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { sendPool } from '../../src/broadcast/send-pool.js';

describe('the sender’s connection pool', () => {
  it('is an agent of its own, not the unbounded global one', async () => {
    const undici = { Agent, ProxyAgent, EnvHttpProxyAgent, getGlobalDispatcher };
    const pool = sendPool(undici, 16);
    expect(pool).toBeInstanceOf(Agent);
    expect(pool).not.toBe(getGlobalDispatcher());
    await pool.close();
  });

  it('leaves sends to TELEGRAM_PROXY’s agent when one is installed', async () => {
    const proxy = new ProxyAgent('http://127.0.0.1:3128');
    const undici = { Agent, ProxyAgent, EnvHttpProxyAgent, getGlobalDispatcher: () => proxy };
    expect(sendPool(undici)).toBe(proxy);
    await proxy.close();
  });
});
