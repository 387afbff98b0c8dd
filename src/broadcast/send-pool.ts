/**
 * The sender's one connection pool: a keep-alive undici `Agent` with at most `connections`
 * sockets to the Bot API, shared by every send of the process. With the default global agent
 * there is no bound, and sockets outlive a slow moment by the server's keep-alive hint (up to
 * ten minutes): one slow second at 1000/s left about a thousand of them open, tens of MB. The
 * engine's in-flight limit (`in-flight-limit.ts`) keeps sends below `connections`, so undici
 * never queues a request out of the pacer's sight.
 *
 * A proxy (TELEGRAM_PROXY installs undici's `ProxyAgent` as the global dispatcher,
 * `src/app/proxy.ts`) stays in charge: sends go through it, bounded by the same in-flight limit.
 */
import type { Dispatcher } from 'undici';

export type Undici = Pick<
  typeof import('undici'),
  'Agent' | 'ProxyAgent' | 'EnvHttpProxyAgent' | 'getGlobalDispatcher'
>;

/** Sockets kept per origin; above the engine's default in-flight maximum at 1000/s (500). */
export const DEFAULT_CONNECTIONS = 512;

export function sendPool(undici: Undici, connections = DEFAULT_CONNECTIONS): Dispatcher {
  const global = undici.getGlobalDispatcher();
  if (global instanceof undici.ProxyAgent || global instanceof undici.EnvHttpProxyAgent)
    return global;
  return new undici.Agent({
    connections,
    // Idle sockets close after 4 s whatever the server suggests, so a burst does not linger.
    keepAliveTimeout: 4_000,
    keepAliveMaxTimeout: 4_000,
  });
}
