/**
 * The outgoing proxy for the Bot API (TELEGRAM_PROXY, else HTTPS_PROXY). Station networks often
 * reach the internet only through one. grammY's client (node-fetch) takes an agent through
 * `baseFetchConfig`; the delivery engine uses Node's own fetch, which follows undici's global
 * dispatcher. In production nothing else in the process fetches, so routing it all is right.
 */
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getGlobalDispatcher, ProxyAgent, setGlobalDispatcher } from 'undici';

export interface TelegramProxy {
  baseFetchConfig: { agent: HttpsProxyAgent<string> };
  restore(): void;
}

export function useTelegramProxy(url: string): TelegramProxy {
  const agent = new HttpsProxyAgent(url, { keepAlive: true });
  const previous = getGlobalDispatcher();
  setGlobalDispatcher(new ProxyAgent(url));
  return {
    baseFetchConfig: { agent },
    restore() {
      setGlobalDispatcher(previous);
      agent.destroy();
    },
  };
}
