/**
 * WeChat's server API: the access token and authenticated JSON calls.
 *
 * The token comes from the stable-token API (`POST /cgi-bin/stable_token`, isolated from
 * `/cgi-bin/token`, valid up to 7200 s; a forced refresh is limited to 20 a day, 30 s apart):
 * https://developers.weixin.qq.com/doc/service/api/base/api_getstableaccesstoken
 * It is kept in the database, so every replica uses the same one, and renewed five minutes before
 * it expires. A call answered with an invalid or expired token (40001, 40014, 42001 in the global
 * return codes) gets a fresh token and is tried once more; a forced refresh is used only when
 * WeChat hands back the very token it just refused.
 */
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { readWechatToken, saveWechatToken } from '../../store/wechat.repository.js';

/** Return codes that mean "this access token is no good": refresh and try once more. */
export const TOKEN_ERRORS: ReadonlySet<number> = new Set([40001, 40014, 42001]);

/** Renew this long before WeChat's expiry, as its documentation advises for the normal mode. */
const RENEW_BEFORE_MS = 5 * 60_000;

/** An error answer of the API (`errcode` ≠ 0). */
export class WechatApiError extends Error {
  override name = 'WechatApiError';
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly path: string,
  ) {
    super(`WeChat API ${path} answered ${errcode}: ${errmsg}${hintOf(errcode)}`);
  }
}

function hintOf(errcode: number): string {
  if (errcode === 40013 || errcode === 40125)
    return ' (check WECHAT_APP_ID and WECHAT_APP_SECRET against the admin console)';
  if (errcode === 40164)
    return " (add this server's public IP to the API IP whitelist in the admin console)";
  return '';
}

export interface WechatApiOptions {
  apiRoot: string;
  appId: string;
  secret: string;
  db: Db;
  logger: Logger;
  now?: () => Date;
  fetch?: typeof fetch;
}

/** How the last access-token request went, for /healthz. */
export interface WechatTokenStatus {
  ok: boolean;
  /** WeChat's code and the fix, when the last request failed (e.g. a wrong AppSecret). */
  error?: string;
}

export interface WechatApi {
  status(): WechatTokenStatus;
  /** A valid access token, from the database or freshly fetched. */
  accessToken(): Promise<string>;
  /** POSTs JSON to `path?access_token=…`; throws `WechatApiError` for a non-zero errcode. */
  post<T extends object>(path: string, body: unknown): Promise<T>;
  /** POSTs a multipart form (media upload) to `path?access_token=…&…`. */
  postForm<T extends object>(
    path: string,
    form: FormData,
    query?: Record<string, string>,
  ): Promise<T>;
  /**
   * GETs a file (`/cgi-bin/media/get`): the response when WeChat sends the file itself; an
   * answer in JSON is an error (`WechatApiError`), after one token renewal as for the others.
   */
  getFile(path: string, query: Record<string, string>, signal: AbortSignal): Promise<Response>;
}

type ApiAnswer = { errcode?: number; errmsg?: string };

export function createWechatApi(options: WechatApiOptions): WechatApi {
  const { apiRoot, appId, secret, db, logger } = options;
  const now = options.now ?? (() => new Date());
  const doFetch = options.fetch ?? fetch;
  let cached: { token: string; expiresAt: Date } | null = null;
  let pending: Promise<string> | null = null;
  let status: WechatTokenStatus = { ok: true };

  const fresh = (t: { expiresAt: Date } | null) =>
    t !== null && t.expiresAt.getTime() - RENEW_BEFORE_MS > now().getTime();

  async function fetchStable(forceRefresh: boolean): Promise<string> {
    const answer = (await (
      await doFetch(new URL('/cgi-bin/stable_token', apiRoot), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credential',
          appid: appId,
          secret,
          force_refresh: forceRefresh,
        }),
      })
    ).json()) as ApiAnswer & { access_token?: string; expires_in?: number };
    if (!answer.access_token) {
      const error = new WechatApiError(
        answer.errcode ?? -1,
        answer.errmsg ?? 'no token',
        'stable_token',
      );
      logger.error('wechat: cannot get an access token', {
        errcode: error.errcode,
        hint: error.message,
      });
      status = { ok: false, error: error.message };
      throw error;
    }
    status = { ok: true };
    cached = {
      token: answer.access_token,
      expiresAt: new Date(now().getTime() + (answer.expires_in ?? 7200) * 1000),
    };
    await saveWechatToken(db, appId, cached);
    return cached.token;
  }

  /** One fetch at a time in this process; replicas share the result through the database. */
  function singleFlight(run: () => Promise<string>): Promise<string> {
    pending ??= run().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function accessToken(): Promise<string> {
    if (cached && fresh(cached)) return cached.token;
    return singleFlight(async () => {
      const stored = await readWechatToken(db, appId);
      if (stored && fresh(stored)) {
        cached = stored;
        return stored.token;
      }
      return fetchStable(false);
    });
  }

  async function renew(refused: string): Promise<string> {
    cached = null;
    return singleFlight(async () => {
      const stored = await readWechatToken(db, appId);
      // Another replica may have renewed it already.
      if (stored && stored.token !== refused && fresh(stored)) {
        cached = stored;
        return stored.token;
      }
      const token = await fetchStable(false);
      return token === refused ? fetchStable(true) : token;
    });
  }

  async function withToken<T extends object>(
    path: string,
    send: (token: string) => Promise<Response>,
  ): Promise<T> {
    let token = await accessToken();
    for (let attempt = 0; ; attempt++) {
      const answer = (await (await send(token)).json()) as T & ApiAnswer;
      const code = answer.errcode ?? 0;
      if (code === 0) return answer;
      if (TOKEN_ERRORS.has(code) && attempt === 0) {
        logger.warn('wechat: access token refused, renewing it once', { errcode: code, path });
        token = await renew(token);
        continue;
      }
      throw new WechatApiError(code, answer.errmsg ?? '', path);
    }
  }

  async function getFile(
    path: string,
    query: Record<string, string>,
    signal: AbortSignal,
  ): Promise<Response> {
    let token = await accessToken();
    for (let attempt = 0; ; attempt++) {
      const response = await doFetch(urlOf(path, token, query), { signal });
      // WeChat answers errors as a small JSON body (content type text/plain or JSON).
      if (!/json|text\//i.test(response.headers.get('content-type') ?? '')) return response;
      const answer = JSON.parse((await response.text()).slice(0, 4096) || '{}') as ApiAnswer;
      const code = answer.errcode ?? -1;
      if (TOKEN_ERRORS.has(code) && attempt === 0) {
        logger.warn('wechat: access token refused, renewing it once', { errcode: code, path });
        token = await renew(token);
        continue;
      }
      throw new WechatApiError(code, answer.errmsg ?? 'not a file', path);
    }
  }

  const urlOf = (path: string, token: string, query: Record<string, string> = {}) => {
    const url = new URL(path, apiRoot);
    url.searchParams.set('access_token', token);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url;
  };

  return {
    status: () => status,
    accessToken,
    post: (path, body) =>
      withToken(path, (token) =>
        doFetch(urlOf(path, token), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // WeChat reads non-ASCII in JSON literally; JSON.stringify keeps UTF-8 as is.
          body: JSON.stringify(body),
        }),
      ),
    getFile,
    postForm: (path, form, query) =>
      withToken(path, (token) =>
        doFetch(urlOf(path, token, query), { method: 'POST', body: form }),
      ),
  };
}
