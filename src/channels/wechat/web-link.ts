/**
 * One person, both addresses: the account's menu opens the web chat (the report form, "my
 * reports") through WeChat's web-page OAuth with `snsapi_base` (no consent screen), and the web
 * chat's device is linked to the resident's openid, so what they file on the web can be answered
 * in WeChat. https://developers.weixin.qq.com/doc/service/guide/h5/auth.html
 *
 * 1. The menu button opens `PUBLIC_URL/wechat/oauth?page=report`. This sets the device cookie if
 *    there is none and sends the browser to WeChat's authorize page with a fresh `state`: the
 *    page, an expiry ten minutes ahead and an HMAC over both and the device id.
 * 2. WeChat sends the browser back to `PUBLIC_URL/wechat/oauth/back?code=…&state=…`. The state
 *    must verify against this browser's device cookie and be unexpired, so a link made for (or
 *    by) someone else is refused: that is the anti-CSRF check. Then the code is exchanged once at
 *    `sns/oauth2/access_token` for the openid, the link is stored, and the browser goes on to the
 *    web chat. A refused link shows a short page and links nothing.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../domain/locale.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import {
  getWebResident,
  seeWebResident,
  updateWebResident,
  webCookieSecret,
} from '../../store/web-residents.repository.js';
import { getWechatResident, linkWechatDevice } from '../../store/wechat.repository.js';
import { createDeviceKeys, type DeviceKeys } from '../web/device-cookie.js';
import { escapeHtml as e, send } from '../web/http-kit.js';
import { WechatApiError } from './api-client.js';
import { oauthLink } from './custom-menu.js';
import type { WechatSettings } from './settings.js';
import type { PlainTranslate } from './texts.js';

/** The web chat pages the menu opens, by the one letter the state carries. */
export const LINK_PAGES = { report: 'r', mine: 'm', chat: 'c' } as const;
export type LinkPage = keyof typeof LINK_PAGES;

export const OAUTH_START_PATH = '/wechat/oauth';
export const OAUTH_BACK_PATH = '/wechat/oauth/back';

/** How long a state is good for: the resident is on WeChat's page for a second or two. */
export const STATE_TTL_S = 600;

const pageOf = (letter: string): LinkPage | null =>
  (Object.keys(LINK_PAGES) as LinkPage[]).find((p) => LINK_PAGES[p] === letter) ?? null;

const stateMac = (secret: Buffer, deviceId: string, letter: string, expiry: string) =>
  createHmac('sha256', secret)
    .update(`wechat-oauth:${deviceId}:${letter}:${expiry}`)
    .digest('hex')
    .slice(0, 32);

/**
 * A state for one device and page: letters and digits only, as WeChat requires (≤ 128 bytes):
 * the page's letter, the expiry in Unix seconds (10 digits) and 32 hex digits of HMAC.
 */
export function signLinkState(secret: Buffer, deviceId: string, page: LinkPage, now: Date): string {
  const letter = LINK_PAGES[page];
  const expiry = String(Math.floor(now.getTime() / 1000) + STATE_TTL_S).padStart(10, '0');
  return `${letter}${expiry}${stateMac(secret, deviceId, letter, expiry)}`;
}

/** The page a state was made for, or null when it is forged, for another device, or expired. */
export function checkLinkState(
  secret: Buffer,
  deviceId: string,
  state: string,
  now: Date,
): LinkPage | null {
  const parts = /^([a-z])(\d{10})([0-9a-f]{32})$/.exec(state);
  if (!parts) return null;
  const [, letter = '', expiry = '', mac = ''] = parts;
  const expected = Buffer.from(stateMac(secret, deviceId, letter, expiry));
  if (!timingSafeEqual(Buffer.from(mac), expected)) return null;
  const seconds = Number(expiry);
  const nowS = now.getTime() / 1000;
  if (seconds < nowS || seconds > nowS + STATE_TTL_S) return null;
  return pageOf(letter);
}

/** Where each page goes in the web chat once linked (the page script opens the form). */
const TARGETS: Record<LinkPage, string> = {
  report: '/web/?open=report',
  mine: '/web/?open=mine',
  chat: '/web/',
};

export interface WebLinkDeps {
  settings: WechatSettings;
  db: Db;
  logger: Logger;
  t: PlainTranslate;
  /** The public address (PUBLIC_URL); without it (the sandbox) the request's own host is used. */
  publicUrl?: string | undefined;
  now?: () => Date;
  fetch?: typeof fetch;
}

export interface WebLink {
  start(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  back(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** Exchanges a page's OAuth code for the resident's openid (each code works once, 5 minutes). */
export async function openidOfCode(
  settings: Pick<WechatSettings, 'apiRoot' | 'appId' | 'secret'>,
  code: string,
  doFetch: typeof fetch = fetch,
): Promise<string> {
  const url = new URL('/sns/oauth2/access_token', settings.apiRoot);
  url.searchParams.set('appid', settings.appId);
  url.searchParams.set('secret', settings.secret);
  url.searchParams.set('code', code);
  url.searchParams.set('grant_type', 'authorization_code');
  const answer = (await (await doFetch(url)).json()) as {
    openid?: string;
    errcode?: number;
    errmsg?: string;
  };
  if (!answer.openid)
    throw new WechatApiError(
      answer.errcode ?? -1,
      answer.errmsg ?? 'no openid',
      'sns/oauth2/access_token',
    );
  return answer.openid;
}

/** Codes WeChat gives for a code that is unknown, expired or already used. */
const SPENT_CODE = new Set([40029, 40163]);

export function createWebLink(deps: WebLinkDeps): WebLink {
  const { db, logger, t, settings } = deps;
  const now = deps.now ?? (() => new Date());
  let ready: Promise<{ secret: Buffer; keys: DeviceKeys }> | null = null;
  const secrets = () => {
    ready ??= webCookieSecret(db).then((secret) => ({
      secret,
      keys: createDeviceKeys(secret, (deps.publicUrl ?? '').startsWith('https://')),
    }));
    return ready;
  };
  const baseOf = (req: IncomingMessage) =>
    deps.publicUrl ?? `http://${req.headers.host ?? '127.0.0.1'}`;

  async function refuse(
    res: ServerResponse,
    status: number,
    key: string,
    locale: Locale = DEFAULT_LOCALE,
  ): Promise<void> {
    const html = `<!doctype html><html lang="${e(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(t(locale, 'web-title'))}</title><link rel="stylesheet" href="/web/static/chat.css"></head><body><main class="landing"><p>${e(t(locale, key))}</p><p><a href="/web/">${e(t(locale, 'wechat-link-open-web'))}</a></p></main></body></html>`;
    send(res, status, html, 'text/html; charset=utf-8', { 'cache-control': 'no-store' });
  }

  return {
    async start(req, res, url) {
      const wanted = url.searchParams.get('page') ?? 'chat';
      const page: LinkPage = wanted in LINK_PAGES ? (wanted as LinkPage) : 'chat';
      const { secret, keys } = await secrets();
      let deviceId = keys.read(req.headers.cookie);
      const headers: Record<string, string> = { 'cache-control': 'no-store' };
      if (!deviceId) {
        const issued = keys.issue();
        deviceId = issued.deviceId;
        headers['set-cookie'] = issued.setCookie;
      }
      const state = signLinkState(secret, deviceId, page, now());
      headers.location = oauthLink(
        settings.appId,
        `${baseOf(req)}${OAUTH_BACK_PATH}`,
        state,
        settings.oauthRoot,
      );
      res.writeHead(302, headers).end();
    },

    async back(req, res, url) {
      const { secret, keys } = await secrets();
      const deviceId = keys.read(req.headers.cookie);
      const resident = deviceId ? await getWebResident(db, deviceId) : null;
      const locale = resident && isLocale(resident.language) ? resident.language : DEFAULT_LOCALE;
      const code = url.searchParams.get('code') ?? '';
      const page = deviceId
        ? checkLinkState(secret, deviceId, url.searchParams.get('state') ?? '', now())
        : null;
      if (!deviceId || !page || !/^[\w-]{1,128}$/.test(code)) {
        logger.warn('wechat: web link refused', {
          reason: !deviceId ? 'no device cookie' : !page ? 'bad or expired state' : 'bad code',
        });
        return refuse(res, 403, 'wechat-link-expired', locale);
      }
      let openid: string;
      try {
        openid = await openidOfCode(settings, code, deps.fetch);
      } catch (error) {
        const spent = error instanceof WechatApiError && SPENT_CODE.has(error.errcode);
        logger.warn('wechat: web link refused', {
          reason: error instanceof Error ? error.message : String(error),
        });
        return refuse(res, spent ? 403 : 502, spent ? 'wechat-link-expired' : 'wechat-link-failed');
      }
      await inTransaction(db, async (trx) => {
        const follower = await getWechatResident(trx, openid);
        const language =
          follower?.language && isLocale(follower.language) ? follower.language : locale;
        const web = await seeWebResident(trx, deviceId, language, now());
        // The village chosen by scanning the poster carries over to a device that has none yet.
        if (!web.villageCode && follower?.village_code)
          await updateWebResident(trx, deviceId, { villageCode: follower.village_code });
        await linkWechatDevice(trx, deviceId, openid, now());
      });
      logger.info('wechat: web chat device linked to a follower', { page });
      res.writeHead(302, { location: TARGETS[page], 'cache-control': 'no-store' }).end();
    },
  };
}
