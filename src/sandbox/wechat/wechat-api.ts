/**
 * The WeChat server API as the emulator serves it, on 127.0.0.1: tokens (`/cgi-bin/token`,
 * `/cgi-bin/stable_token`), customer-service messages, media upload, the custom menu, parametric
 * QR codes and template messages, each with the checks and return codes WeChat documents:
 * 40001/40014/42001 for a bad or expired token, 40013/40125 for a wrong app id or secret, 43004
 * for a resident who does not follow, 45047 outside the customer-service window or quota, 45002
 * for text over 2048 bytes, 45009 past the account-wide limit on customer-service calls (a
 * strict sliding window, see `SendLimit` in wechat-state.ts).
 * https://developers.weixin.qq.com/doc/service/guide/dev/api/ (全局返回码)
 * Temporary media download (`GET /cgi-bin/media/get`): the file itself with its content type,
 * or 40007 for an unknown media id or one older than three days, and 40004 for a type it does
 * not hand out this way; https://developers.weixin.qq.com/doc/service/api/material/temporary/api_getmedia
 * An account may be set to refuse menu messages (48001 "api unauthorized").
 * Also the web-page OAuth code exchange (`/sns/oauth2/access_token`): 40029 for an unknown or
 * expired code (five minutes), 40163 for a code already used.
 * https://developers.weixin.qq.com/doc/service/guide/h5/auth.html
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WechatState } from './wechat-state.js';

export interface AccountKeys {
  appId: string;
  secret: string;
}

type Answer = Record<string, unknown> & { errcode?: number };

const ok = (extra: Record<string, unknown> = {}): Answer => ({
  errcode: 0,
  errmsg: 'ok',
  ...extra,
});
const fail = (errcode: number, errmsg: string): Answer => ({ errcode, errmsg });

const TEXT_LIMIT_BYTES = 2048;
/** Temporary media are kept three days. */
const MEDIA_KEPT_MS = 3 * 24 * 3600_000;
/** An OAuth code expires five minutes after it is issued. */
const OAUTH_CODE_MS = 5 * 60_000;

async function readBody(req: IncomingMessage, limit = 2 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** WeChat takes images of these types, up to 10 MB, as temporary media. */
const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif']);
const IMAGE_LIMIT_BYTES = 10 * 1024 * 1024;

/** The `media` field of a multipart upload, or null when there is none. */
async function mediaFile(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ data: Buffer; type: string } | null> {
  if (!contentType?.startsWith('multipart/form-data') || raw.length === 0) return null;
  try {
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const media = form.get('media');
    if (!media || typeof media === 'string') return null;
    const data = Buffer.from(await media.arrayBuffer());
    return data.length ? { data, type: media.type || 'application/octet-stream' } : null;
  } catch {
    return null;
  }
}

function json(raw: Buffer): Record<string, unknown> | null {
  try {
    const value = JSON.parse(raw.toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function createWechatApiHandler(state: WechatState, keys: AccountKeys) {
  function credentials(appid: unknown, secret: unknown): Answer | null {
    if (appid !== keys.appId) return fail(40013, 'invalid appid');
    if (secret !== keys.secret) return fail(40125, 'invalid appsecret');
    return null;
  }

  /** A media id WeChat still knows: not older than three days. */
  function mediaValid(id: string): boolean {
    const media = state.media.get(id);
    if (!media) return false;
    return !media.createdAt || state.now().getTime() - media.createdAt.getTime() <= MEDIA_KEPT_MS;
  }

  function customSend(body: Record<string, unknown>): Answer {
    if (!state.admitSend()) return fail(45009, 'reach max api daily quota limit');
    const openid = typeof body.touser === 'string' ? body.touser : '';
    const resident = state.residents.get(openid);
    if (!resident?.following) return fail(43004, 'require subscribe');
    const msgtype = body.msgtype;
    if (msgtype === 'text') {
      const content = (body.text as { content?: unknown } | undefined)?.content;
      if (typeof content !== 'string' || content === '') return fail(44003, 'empty content');
      if (Buffer.byteLength(content, 'utf8') > TEXT_LIMIT_BYTES)
        return fail(45002, 'content size out of limit');
    } else if (msgtype === 'msgmenu') {
      if (!state.menuMessages) return fail(48001, 'api unauthorized');
      const menu = body.msgmenu as { list?: unknown } | undefined;
      if (!Array.isArray(menu?.list) || menu.list.length === 0)
        return fail(40008, 'invalid message type');
    } else if (msgtype === 'image') {
      const id = (body.image as { media_id?: unknown } | undefined)?.media_id;
      if (typeof id !== 'string' || !mediaValid(id)) return fail(40007, 'invalid media_id');
    } else return fail(40008, 'invalid message type');
    const since = resident.lastInteraction
      ? state.now().getTime() - resident.lastInteraction.getTime()
      : Number.POSITIVE_INFINITY;
    if (since > resident.windowMs || resident.quota <= 0)
      return fail(45047, 'out of response count limit');
    resident.quota -= 1;
    state.deliver(openid, body);
    return ok();
  }

  /** The page's code for the resident's openid (`snsapi_base`: no user-info access token use). */
  function oauthExchange(query: URLSearchParams): Answer {
    const bad = credentials(query.get('appid'), query.get('secret'));
    if (bad) return bad;
    if (query.get('grant_type') !== 'authorization_code') return fail(40002, 'invalid grant_type');
    const value = query.get('code');
    if (!value) return fail(41008, 'missing code');
    const code = state.oauthCodes.get(value);
    if (!code || state.now().getTime() - code.issuedAt.getTime() > OAUTH_CODE_MS)
      return fail(40029, 'invalid code');
    if (code.used) return fail(40163, 'code been used');
    code.used = true;
    return {
      access_token: `web_${randomBytes(16).toString('hex')}`,
      expires_in: 7200,
      refresh_token: `refresh_${randomBytes(16).toString('hex')}`,
      openid: code.openid,
      scope: 'snsapi_base',
    };
  }

  async function route(
    path: string,
    query: URLSearchParams,
    req: IncomingMessage,
  ): Promise<Answer> {
    if (path === '/cgi-bin/token') {
      const bad = credentials(query.get('appid'), query.get('secret'));
      if (bad) return bad;
      const token = state.issueToken(false);
      return { access_token: token.value, expires_in: 7200 };
    }
    if (path === '/cgi-bin/stable_token') {
      const body = json(await readBody(req));
      if (body?.grant_type !== 'client_credential') return fail(40002, 'invalid grant_type');
      const bad = credentials(body.appid, body.secret);
      if (bad) return bad;
      const token = state.issueToken(body.force_refresh === true);
      const seconds = Math.round((token.expiresAt.getTime() - state.now().getTime()) / 1000);
      return { access_token: token.value, expires_in: seconds };
    }
    if (path === '/sns/oauth2/access_token') return oauthExchange(query);
    const tokenError = state.tokenError(query.get('access_token'));
    if (tokenError)
      return fail(tokenError, tokenError === 42001 ? 'access_token expired' : 'invalid credential');
    const raw = await readBody(req);
    switch (path) {
      case '/cgi-bin/message/custom/send': {
        const body = json(raw);
        return body ? customSend(body) : fail(47001, 'data format error');
      }
      case '/cgi-bin/media/upload': {
        const type = query.get('type') ?? '';
        if (!['image', 'voice', 'video', 'thumb'].includes(type))
          return fail(40004, 'invalid media type');
        const file = await mediaFile(raw, req.headers['content-type']);
        if (!file) return fail(41005, 'media data missing');
        if (type === 'image') {
          if (!IMAGE_TYPES.has(file.type)) return fail(40005, 'invalid file type');
          if (file.data.length > IMAGE_LIMIT_BYTES) return fail(40009, 'invalid image size');
        }
        const mediaId = `media_${randomBytes(12).toString('hex')}`;
        state.media.set(mediaId, {
          type,
          bytes: file.data.length,
          data: file.data,
          contentType: file.type,
          createdAt: state.now(),
          uploaded: true,
        });
        return { type, media_id: mediaId, created_at: Math.floor(state.now().getTime() / 1000) };
      }
      case '/cgi-bin/menu/create': {
        const body = json(raw);
        const buttons = body?.button;
        if (!Array.isArray(buttons) || buttons.length === 0 || buttons.length > 3)
          return fail(40016, 'invalid button size');
        for (const b of buttons as Array<{ name?: string; sub_button?: unknown[] }>) {
          if (!b.name || Buffer.byteLength(b.name) > 16)
            return fail(40018, 'invalid button name size');
          if (b.sub_button && b.sub_button.length > 5)
            return fail(40023, 'invalid sub button size');
        }
        state.menu = body;
        return ok();
      }
      case '/cgi-bin/qrcode/create': {
        const body = json(raw);
        const scene = (body?.action_info as { scene?: { scene_str?: unknown } } | undefined)?.scene
          ?.scene_str;
        if (typeof scene !== 'string' || scene.length < 1 || scene.length > 64)
          return fail(40097, 'invalid args: scene_str');
        const ticket = `ticket_${randomBytes(12).toString('hex')}`;
        state.qrTickets.set(ticket, scene);
        return {
          ticket,
          expire_seconds: body?.action_name === 'QR_LIMIT_STR_SCENE' ? undefined : 2592000,
          url: `http://weixin.qq.com/q/${ticket}`,
        };
      }
      case '/cgi-bin/message/template/send': {
        const body = json(raw);
        if (!body || typeof body.template_id !== 'string')
          return fail(40037, 'invalid template_id');
        const resident = state.residents.get(String(body.touser));
        if (!resident?.following) return fail(43004, 'require subscribe');
        state.deliverTemplate(String(body.touser), body);
        return ok({ msgid: state.templates.length });
      }
      default:
        return fail(40066, 'invalid url');
    }
  }

  /** The media file, or the error answer WeChat gives instead. */
  function mediaGet(
    query: URLSearchParams,
  ): { file: Buffer; contentType: string } | { error: Answer } {
    const tokenError = state.tokenError(query.get('access_token'));
    if (tokenError)
      return {
        error: fail(
          tokenError,
          tokenError === 42001 ? 'access_token expired' : 'invalid credential',
        ),
      };
    const mediaId = query.get('media_id');
    if (!mediaId) return { error: fail(41006, 'missing media_id') };
    const media = state.media.get(mediaId);
    const age = media?.createdAt ? state.now().getTime() - media.createdAt.getTime() : 0;
    if (!media?.data || age > MEDIA_KEPT_MS) return { error: fail(40007, 'invalid media_id') };
    if (media.type !== 'image' && media.type !== 'voice')
      return { error: fail(40004, 'invalid media type') };
    return { file: media.data, contentType: media.contentType ?? 'image/jpeg' };
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/cgi-bin/media/get') {
      const got = mediaGet(url.searchParams);
      state.record({ path: url.pathname, errcode: 'error' in got ? (got.error.errcode ?? 0) : 0 });
      if (!('error' in got)) {
        res.writeHead(200, {
          'content-type': got.contentType,
          'content-length': got.file.length,
          'content-disposition': `attachment; filename="${url.searchParams.get('media_id')}.jpg"`,
        });
        res.end(got.file);
      } else {
        // WeChat answers media errors as JSON with a text/plain content type.
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(JSON.stringify(got.error));
      }
      return;
    }
    let answer: Answer;
    try {
      answer = await route(url.pathname, url.searchParams, req);
    } catch {
      answer = fail(-1, 'system error');
    }
    state.record({ path: url.pathname, errcode: answer.errcode ?? 0 });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer));
  };
}
