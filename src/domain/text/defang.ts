/**
 * Defanging: a link quoted back to a villager must not become a link again. Telegram (and most
 * chat apps) turn `ybj-gov.cn` or `http://…` into something to tap, and preview it; written as
 * `ybj-gov[.]cn` and `hxxp://` it stays readable and dead, the way security teams quote them.
 */

/** A scheme, or a host name ending in a top-level domain of letters (never "3.5" or "v1.2"). */
const SCHEME = /\b(h)tt(ps?)(:\/\/)/gi;
const HOST = /\b((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)([a-z]{2,24})\b/gi;

/**
 * @example defang('请访问 http://ybj-gov.cn/login') // → '请访问 hxxp://ybj-gov[.]cn/login'
 */
export function defang(text: string): string {
  return text
    .replace(SCHEME, (_m, h: string, rest: string, sep: string) => `${h}xx${rest}${sep}`)
    .replace(HOST, (_m, labels: string, tld: string) => `${labels.replaceAll('.', '[.]')}${tld}`);
}
