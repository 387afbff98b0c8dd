/**
 * A WeChat Official Account platform on 127.0.0.1, for tests, benchmarks and the sandbox: the
 * server API (see wechat-api.ts), residents who follow, scan, write, tap menu items and leave
 * (pushed to the adapter by wechat-pusher.ts), and a record of what each resident received.
 *
 * @example
 * const wechat = await startWechatEmulator({ appId, secret, token, now: () => clock });
 * wechat.setServerUrl(`http://127.0.0.1:${port}/wechat`);
 * await wechat.follow('o_wang', { scene: 'wl-hongqi' });
 * await wechat.until('o_wang', 2);
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { aesKeyOf } from '../../channels/wechat/message-crypto.js';
import { createWechatApiHandler } from './wechat-api.js';
import { createPusher, type PushOptions, type PushResult } from './wechat-pusher.js';
import {
  EVENT_WINDOW,
  MESSAGE_WINDOW,
  type SendCounts,
  type SendLimit,
  WechatState,
} from './wechat-state.js';

export interface WechatEmulatorOptions {
  appId: string;
  secret: string;
  /** The server token configured in the admin console. */
  token: string;
  /** The EncodingAESKey, for safe-mode pushes. */
  aesKey?: string;
  /** The account's original id (gh_…), the ToUserName of every push. */
  accountId?: string;
  now?: () => Date;
  retryDelayMs?: number;
  answerTimeoutMs?: number;
  /**
   * The account-wide limit on customer-service sends (45009 past it), on `now`'s time; none by
   * default, since a test whose clock stands still would see every send in one instant while
   * the adapter paces on its own clock. `DEFAULT_SEND_LIMIT` is the adapter's pace; the sandbox
   * (real time) uses it. Also settable later on `state.sendLimit`.
   */
  sendLimit?: SendLimit | null;
}

export async function startWechatEmulator(options: WechatEmulatorOptions) {
  const now = options.now ?? (() => new Date());
  const state = new WechatState(now, options.sendLimit ?? null);
  const handler = createWechatApiHandler(state, { appId: options.appId, secret: options.secret });
  /** Who "the browser" is when a page opens the OAuth link (the sandbox's WeChat persona). */
  let browserOpenid: string | null = null;
  const server = createServer((req, res) => {
    // The OAuth page a browser is sent to: WeChat redirects at once for `snsapi_base`.
    if (req.url?.startsWith('/connect/oauth2/authorize')) {
      const next = browserOpenid
        ? authorize(browserOpenid, `https://open.weixin.qq.com${req.url}#wechat_redirect`)
        : null;
      if (next) res.writeHead(302, { location: next }).end();
      else res.writeHead(400, { 'content-type': 'text/plain' }).end('redirect_uri 参数错误');
      return;
    }
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const push = createPusher({
    token: options.token,
    appId: options.appId,
    ...(options.aesKey ? { aesKey: aesKeyOf(options.aesKey) } : {}),
    now,
    retryDelayMs: options.retryDelayMs ?? 5000,
    answerTimeoutMs: options.answerTimeoutMs ?? 5000,
  });
  const account = options.accountId ?? 'gh_cunjing0001';
  let serverUrl = '';
  let msgId = 24_000_000_000_000_000n;

  const base = (openid: string, type: string) => ({
    ToUserName: account,
    FromUserName: openid,
    CreateTime: Math.floor(now().getTime() / 1000),
    MsgType: type,
  });
  const nextMsgId = () => String(++msgId);

  /**
   * The resident opens a menu link to WeChat's OAuth page (`snsapi_base`, no consent screen):
   * like WeChat, checks the app id and scope and answers with the address to go to next,
   * `redirect_uri?code=…&state=…`. Returns null for a link WeChat would refuse.
   */
  function authorize(openid: string, authorizeUrl: string): string | null {
    const url = new URL(authorizeUrl);
    const q = url.searchParams;
    const redirect = q.get('redirect_uri');
    if (
      url.pathname !== '/connect/oauth2/authorize' ||
      url.hash !== '#wechat_redirect' ||
      q.get('appid') !== options.appId ||
      q.get('response_type') !== 'code' ||
      !['snsapi_base', 'snsapi_userinfo'].includes(q.get('scope') ?? '') ||
      !redirect ||
      !/^[A-Za-z0-9]{0,128}$/.test(q.get('state') ?? '')
    )
      return null;
    const next = new URL(redirect);
    next.searchParams.set('code', state.issueOauthCode(openid));
    next.searchParams.set('state', q.get('state') ?? '');
    return next.toString();
  }

  /** Pushes and, like WeChat, opens the customer-service window the push allows. */
  async function send(
    openid: string,
    fields: Record<string, string | number>,
    window: { windowMs: number; quota: number } | null,
    pushOptions: PushOptions = {},
  ): Promise<PushResult> {
    if (!serverUrl) throw new Error('call setServerUrl first');
    if (window) state.interacted(openid, window);
    return push(serverUrl, fields, pushOptions);
  }

  return {
    apiRoot,
    state,
    setServerUrl(url: string) {
      serverUrl = url;
    },
    /** The GET check the admin console makes when the server URL is saved. */
    async verifyUrl(signatureOverride?: string): Promise<{ status: number; body: string }> {
      const timestamp = String(Math.floor(now().getTime() / 1000));
      const nonce = randomBytes(6).toString('hex');
      const echostr = randomBytes(8).toString('hex');
      const { sortedSha1 } = await import('../../channels/wechat/signature.js');
      const query = new URLSearchParams({
        signature: signatureOverride ?? sortedSha1([options.token, timestamp, nonce]),
        timestamp,
        nonce,
        echostr,
      });
      const res = await fetch(`${serverUrl}?${query}`);
      const body = await res.text();
      return { status: res.status, body: body === echostr ? 'echostr' : body };
    },
    follow(openid: string, opts: { scene?: string } & PushOptions = {}) {
      state.resident(openid).following = true;
      return send(
        openid,
        {
          ...base(openid, 'event'),
          Event: 'subscribe',
          ...(opts.scene ? { EventKey: `qrscene_${opts.scene}`, Ticket: 'TICKET' } : {}),
        },
        EVENT_WINDOW,
        opts,
      );
    },
    scan(openid: string, scene: string, opts: PushOptions = {}) {
      return send(
        openid,
        { ...base(openid, 'event'), Event: 'SCAN', EventKey: scene, Ticket: 'TICKET' },
        EVENT_WINDOW,
        opts,
      );
    },
    unfollow(openid: string) {
      state.resident(openid).following = false;
      return send(openid, { ...base(openid, 'event'), Event: 'unsubscribe' }, null);
    },
    text(openid: string, content: string, opts: PushOptions & { msgId?: string } = {}) {
      return send(
        openid,
        { ...base(openid, 'text'), Content: content, MsgId: opts.msgId ?? nextMsgId() },
        MESSAGE_WINDOW,
        opts,
      );
    },
    /** A tap on a menu message's item: a text push carrying the item's id. */
    choose(openid: string, id: string, content = '', opts: PushOptions = {}) {
      return send(
        openid,
        { ...base(openid, 'text'), Content: content, MsgId: nextMsgId(), bizmsgmenuid: id },
        MESSAGE_WINDOW,
        opts,
      );
    },
    click(openid: string, key: string, opts: PushOptions = {}) {
      return send(
        openid,
        { ...base(openid, 'event'), Event: 'CLICK', EventKey: key },
        EVENT_WINDOW,
        opts,
      );
    },
    /**
     * The resident sends a picture: kept as temporary media (for `media/get`) and pushed as an
     * image message with its MediaId. Returns the push's result and the media id.
     */
    async image(
      openid: string,
      data: Uint8Array,
      opts: PushOptions & { contentType?: string } = {},
    ): Promise<PushResult & { mediaId: string }> {
      const mediaId = `media_${randomBytes(12).toString('hex')}`;
      state.media.set(mediaId, {
        type: 'image',
        bytes: data.length,
        data: Buffer.from(data),
        contentType: opts.contentType ?? 'image/png',
        createdAt: now(),
      });
      const result = await send(
        openid,
        {
          ...base(openid, 'image'),
          PicUrl: `http://mmbiz.qpic.cn/${mediaId}/0`,
          MediaId: mediaId,
          MsgId: nextMsgId(),
        },
        MESSAGE_WINDOW,
        opts,
      );
      return { ...result, mediaId };
    },
    voice(openid: string, recognition: string, opts: PushOptions = {}) {
      return send(
        openid,
        {
          ...base(openid, 'voice'),
          MediaId: 'voice_media',
          Format: 'amr',
          Recognition: recognition,
          MsgId: nextMsgId(),
        },
        MESSAGE_WINDOW,
        opts,
      );
    },
    /** Pushes arbitrary fields (or a raw body through `opts.rawBody`). */
    raw(openid: string, fields: Record<string, string | number>, opts: PushOptions = {}) {
      return send(openid, { ...base(openid, 'text'), ...fields }, null, opts);
    },
    /** The account's customer-service calls so far: admitted, refused with 45009, the peak. */
    sendCounts(): Readonly<SendCounts> {
      return { ...state.sendCounts };
    },
    received(openid: string): object[] {
      return state.resident(openid).received;
    },
    /** The texts a resident received (menu messages as head + items), in order. */
    texts(openid: string): string[] {
      return state.resident(openid).received.map(textOf);
    },
    /** The pictures a resident received (image messages), as the uploaded bytes, in order. */
    images(openid: string): Buffer[] {
      return state
        .resident(openid)
        .received.filter((b) => (b as { msgtype?: string }).msgtype === 'image')
        .map((b) => state.media.get((b as { image: { media_id: string } }).image.media_id)?.data)
        .filter((data): data is Buffer => data !== undefined);
    },
    /** WeChat forgets every uploaded media id early: the next send with one answers 40007. */
    forgetUploads() {
      for (const [id, media] of state.media) if (media.uploaded) state.media.delete(id);
    },
    until(openid: string, count: number): Promise<void> {
      return state.until(() => state.resident(openid).received.length >= count);
    },
    authorize: (openid: string, authorizeUrl: string) => authorize(openid, authorizeUrl),
    /** Sets who the browser is signed in as, for the OAuth page the emulator serves. */
    setBrowserOpenid(openid: string | null) {
      browserOpenid = openid;
    },
    /** Replaces the access token behind the adapter's back: its next call gets 40001. */
    revokeToken() {
      state.issueToken(true);
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type WechatEmulator = Awaited<ReturnType<typeof startWechatEmulator>>;

function textOf(body: object): string {
  const b = body as {
    msgtype?: string;
    text?: { content: string };
    msgmenu?: {
      head_content: string;
      list: Array<{ id: string; content: string }>;
      tail_content: string;
    };
  };
  if (b.msgtype === 'text') return b.text?.content ?? '';
  if (b.msgtype === 'msgmenu' && b.msgmenu)
    return [
      b.msgmenu.head_content,
      ...b.msgmenu.list.map((i) => `[${i.content}]`),
      b.msgmenu.tail_content,
    ]
      .filter(Boolean)
      .join('\n');
  return `(${b.msgtype})`;
}
