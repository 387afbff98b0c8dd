/**
 * Finding phone numbers and account numbers in a normalised message.
 *
 * A hand-written scan rather than a regex: digit runs are read once, left to right, so a paste of
 * 20,000 digits costs the same as reading it. Amounts (`5000元`, `¥300`) and decimals are skipped,
 * because an amount that happens to start with 95 is not a fake bank hotline.
 */
import { isDigit } from './characters.js';
import { looksLikePhone, normalisePhone, phoneSignal } from './phone.js';
import type { ChannelSignalId } from './schema.js';

/** A phone or account number found in a message. */
export interface FoundNumber {
  kind: 'phone' | 'account';
  /** The blocklist key: `normalisePhone` for phones, `normaliseAccount` for accounts. */
  key: string;
  /** Range in the normalised text. */
  start: number;
  end: number;
  signal: ChannelSignalId | null;
}

/** At most this many numbers are looked up per message, whatever was pasted. */
const MAX_NUMBERS = 200;
const UNIT_AFTER = new Set([
  ...'元块万亿千百%‰个件箱斤吨次天年月日号时分秒岁克米只台期楼栋室条单张',
]);
const CURRENCY_BEFORE = new Set([...'¥$￥第']);
const WECHAT_ID = /(?:微信号?|vx|wx|v信|薇信|威信)(?:号|id)?[:\s]{0,2}([a-z][a-z0-9_-]{5,19})/gu;

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/**
 * Canonical key for an account: bank card and QQ numbers as bare digits, chat ids lowercased.
 *
 * @example normaliseAccount('6222 0212 3456 7890') // → '6222021234567890'
 * @example normaliseAccount('WX: Li_Ming88') // → 'li_ming88'
 */
export function normaliseAccount(raw: string): string | null {
  const compact = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.·:]/g, '');
  if (/^\d{5,19}$/.test(compact)) return compact;
  const id = /^(?:wx|vx|qq|微信号?)?([a-z][a-z0-9_-]{5,19})$/u.exec(
    raw.normalize('NFKC').toLowerCase().replace(/[\s:]/g, ''),
  );
  return id?.[1] ?? null;
}

/**
 * Every phone number and account number in normalised text, with its blocklist key and the
 * signal its shape gives (if any). Reads at most 200 numbers.
 *
 * @example findNumbers('请回电+95588', ['170'])[0]?.signal // → 'phone-service-lookalike'
 */
export function findNumbers(text: string, virtualPrefixes: readonly string[]): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (let i = 0; i < text.length && found.length < MAX_NUMBERS; i++) {
    const plus = text[i] === '+' && isDigit(text[i + 1]);
    if (!plus && !isDigit(text[i])) continue;
    const before = text[i - 1];
    let end = plus ? i + 1 : i;
    while (end < text.length && isDigit(text[end])) end++;
    const start = i;
    i = end - 1;
    const after = text[end];
    const afterQq = text.slice(start - 2, start) === 'qq';
    if (!plus && !afterQq && (isAsciiLetter(before) || CURRENCY_BEFORE.has(before ?? ''))) {
      continue;
    }
    if (before === '.' || (after === '.' && isDigit(text[end + 1]))) continue;
    if (UNIT_AFTER.has(after ?? '')) continue;
    const raw = text.slice(start, end);
    const key = normalisePhone(raw);
    if (key && !afterQq && looksLikePhone(key)) {
      found.push({ kind: 'phone', key, start, end, signal: phoneSignal(key, virtualPrefixes) });
    } else if (!plus && end - start >= 5 && end - start <= 19) {
      found.push({ kind: 'account', key: raw, start, end, signal: null });
    }
  }
  for (const m of text.matchAll(WECHAT_ID)) {
    const id = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - id.length;
    found.push({ kind: 'account', key: id, start, end: start + id.length, signal: null });
    if (found.length >= MAX_NUMBERS) break;
  }
  return found;
}
