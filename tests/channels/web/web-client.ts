/**
 * A resident's browser for API tests: keeps the device cookie and the CSRF token like the page
 * does, and sends JSON. `csrf: false` or another token sends a request as a forger would.
 */
import {
  createWebChannel,
  type WebChannel,
  type WebChannelOptions,
} from '../../../src/channels/web/web-channel.js';
import { createMemoryLogger } from '../../../src/logger.js';
import type { Db } from '../../../src/store/database.js';
import { LOCALES_DIR, serviceCatalog } from '../../helpers/bot-driver.js';

export interface WebReply {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test code reads whatever JSON the API sent.
  body: any;
}

export class WebClient {
  cookie = '';
  csrf = '';
  constructor(readonly base: string) {}

  private async send(path: string, init: RequestInit): Promise<WebReply> {
    const res = await fetch(`${this.base}${path}`, {
      ...init,
      headers: { ...(this.cookie ? { cookie: this.cookie } : {}), ...(init.headers ?? {}) },
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      headers: res.headers,
      body: type.startsWith('application/json') ? JSON.parse(text) : text,
    };
  }

  get(path: string): Promise<WebReply> {
    return this.send(path, { method: 'GET' });
  }

  async open(lang?: string): Promise<WebReply> {
    const reply = await this.get(`/web/api/session${lang ? `?lang=${lang}` : ''}`);
    if (reply.status === 200) this.csrf = reply.body.csrf;
    return reply;
  }

  post(path: string, body: unknown, csrf: string | false = this.csrf): Promise<WebReply> {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }
}

/** The texts of a rendered message's blocks, in order, for assertions. */
// biome-ignore lint/suspicious/noExplicitAny: see WebReply.
export function textsOf(message: any): string[] {
  return message.blocks.flatMap(
    // biome-ignore lint/suspicious/noExplicitAny: see WebReply.
    (b: any) => [b.text, b.label, b.value, b.quote, b.note, ...(b.items ?? [])].filter(Boolean),
  );
}

/** The device id inside a resident's signed cookie (`cunjing_device=<id>.<mac>`). */
export const deviceOf = (client: WebClient): string =>
  client.cookie.split('=')[1]?.split('.')[0] ?? '';

/**
 * A web channel on a free loopback port with the real knowledge base and locales, generous
 * limits (a test is not a flood) and a memory logger; `options` add or override what a test needs.
 */
export async function startWebChannel(
  db: Db,
  options: Partial<WebChannelOptions> = {},
): Promise<{ web: WebChannel; base: string }> {
  const web = await createWebChannel({
    db,
    catalog: serviceCatalog(),
    localesDir: LOCALES_DIR,
    logger: createMemoryLogger(),
    publicUrl: 'http://127.0.0.1',
    limits: { perDevice: 50, perAddress: 1000, windowMs: 60_000 },
    ...options,
  });
  return { web, base: `http://127.0.0.1:${await web.listen(0, '127.0.0.1')}` };
}
