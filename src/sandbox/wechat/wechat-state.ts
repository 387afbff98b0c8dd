/**
 * What the WeChat emulator knows: the account's access token, the residents (following or not,
 * their last interaction and how many customer-service messages it still allows), and what each
 * resident received. The rules follow the documentation of customer-service messages: after a
 * resident's message, 5 messages within 48 hours; after a menu click, a follow or a scan, 3 within
 * a minute; beyond that 45047. https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage
 */
import { randomBytes } from 'node:crypto';

export interface EmulatedResident {
  following: boolean;
  /** When the resident last interacted, and what it allows. */
  lastInteraction: Date | null;
  windowMs: number;
  quota: number;
  /** Customer-service messages, in order. */
  received: object[];
  /**
   * Everything the resident's WeChat shows from the account, in order: the customer-service
   * messages and template messages (`msgtype: 'template'`). The sandbox page shows this.
   */
  shown: object[];
}

/**
 * The account-wide limit on customer-service sends: at most `limit` calls in any `windowMs`, a
 * strict sliding window; past it WeChat answers 45009 ("reach max api daily quota limit",
 * 接口调用超过限额). `DEFAULT_SEND_LIMIT` is the pace the adapter keeps (20 in any second), so
 * a sandbox or test that goes faster than the adapter is designed to is told so.
 */
export interface SendLimit {
  limit: number;
  windowMs: number;
}

export const DEFAULT_SEND_LIMIT: SendLimit = { limit: 20, windowMs: 1000 };

/** What the account's customer-service sends met: admitted by the limit, or refused (45009). */
export interface SendCounts {
  admitted: number;
  limited: number;
  /** The most calls admitted within any one window so far. */
  peak: number;
}

export const MESSAGE_WINDOW = { windowMs: 48 * 3600_000, quota: 5 };
export const EVENT_WINDOW = { windowMs: 60_000, quota: 3 };

export class WechatState {
  readonly residents = new Map<string, EmulatedResident>();
  token: { value: string; expiresAt: Date } | null = null;
  /** Tokens that were replaced: using one answers 40001. */
  readonly retiredTokens = new Set<string>();
  readonly calls: Array<{ path: string; errcode: number }> = [];
  menu: unknown = null;
  readonly templates: object[] = [];
  /** Temporary media: uploaded by the account, or sent by residents (kept three days). */
  readonly media = new Map<
    string,
    {
      type: string;
      bytes: number;
      data?: Buffer;
      contentType?: string;
      createdAt?: Date;
      /** Uploaded by the account (`media/upload`), not sent by a resident. */
      uploaded?: boolean;
    }
  >();
  /** False for an account WeChat does not let send menu messages (48001 for `msgmenu`). */
  menuMessages = true;
  readonly qrTickets = new Map<string, string>();
  /** OAuth codes handed to pages (`snsapi_base`): single use, valid five minutes. */
  readonly oauthCodes = new Map<string, { openid: string; issuedAt: Date; used: boolean }>();
  private readonly waiters = new Set<() => void>();
  /** When the admitted customer-service calls of the current window were made (ms). */
  private readonly sendTimes: number[] = [];
  readonly sendCounts: SendCounts = { admitted: 0, limited: 0, peak: 0 };

  /** `sendLimit` null: no account-wide limit (WeChat's per-follower rules still apply). */
  constructor(
    readonly now: () => Date,
    public sendLimit: SendLimit | null = null,
  ) {}

  /**
   * Counts one customer-service call against the account's limit: true when it may go, false
   * (and counted as limited) when `limit` calls were already admitted in the last `windowMs`.
   */
  admitSend(): boolean {
    const at = this.now().getTime();
    const windowMs = this.sendLimit?.windowMs ?? 0;
    while (this.sendTimes.length > 0 && (this.sendTimes[0] as number) <= at - windowMs)
      this.sendTimes.shift();
    if (this.sendLimit && this.sendTimes.length >= this.sendLimit.limit) {
      this.sendCounts.limited += 1;
      return false;
    }
    if (this.sendLimit) this.sendTimes.push(at);
    this.sendCounts.admitted += 1;
    this.sendCounts.peak = Math.max(this.sendCounts.peak, this.sendTimes.length);
    return true;
  }

  resident(openid: string): EmulatedResident {
    let r = this.residents.get(openid);
    if (!r) {
      r = {
        following: false,
        lastInteraction: null,
        windowMs: 0,
        quota: 0,
        received: [],
        shown: [],
      };
      this.residents.set(openid, r);
    }
    return r;
  }

  /** The resident did something that opens (or renews) the customer-service window. */
  interacted(openid: string, window: { windowMs: number; quota: number }): void {
    const r = this.resident(openid);
    r.lastInteraction = this.now();
    r.windowMs = window.windowMs;
    r.quota = window.quota;
  }

  issueToken(force: boolean): { value: string; expiresAt: Date } {
    const valid = this.token && this.token.expiresAt > this.now();
    if (this.token && valid && !force) return this.token;
    if (this.token) this.retiredTokens.add(this.token.value);
    this.token = {
      value: `emu_${randomBytes(24).toString('base64url')}`,
      expiresAt: new Date(this.now().getTime() + 7200_000),
    };
    return this.token;
  }

  /** A code for a page the resident opened through OAuth. */
  issueOauthCode(openid: string): string {
    const code = `code_${randomBytes(16).toString('hex')}`;
    this.oauthCodes.set(code, { openid, issuedAt: this.now(), used: false });
    return code;
  }

  /** 0 for the current token, else the documented code (40001 invalid, 42001 expired). */
  tokenError(value: string | null): number {
    if (!value || !this.token) return 40001;
    if (value !== this.token.value) return this.retiredTokens.has(value) ? 40001 : 40014;
    return this.token.expiresAt <= this.now() ? 42001 : 0;
  }

  record(call: { path: string; errcode: number }): void {
    this.calls.push(call);
    for (const wake of [...this.waiters]) wake();
  }

  /** How many pictures the account uploaded (`media/upload`). */
  uploads(): number {
    return [...this.media.values()].filter((m) => m.uploaded).length;
  }

  deliver(openid: string, body: object): void {
    this.resident(openid).received.push(body);
    this.resident(openid).shown.push(body);
    for (const wake of [...this.waiters]) wake();
  }

  /** A template message reached the resident: kept in `templates` and shown in their chat. */
  deliverTemplate(openid: string, body: object): void {
    this.templates.push(body);
    this.resident(openid).shown.push({ msgtype: 'template', ...body });
    for (const wake of [...this.waiters]) wake();
  }

  /** Resolves once `check` holds; checked again after every API call and delivered message. */
  until(check: () => boolean): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        if (!check()) return;
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
    });
  }
}
