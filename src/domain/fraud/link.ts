/**
 * Links: one canonical key per link, and what the address itself gives away.
 *
 * Phishing links imitate a real site's name in a domain the imitator can buy (`icbc-vip.top`,
 * `12123-cx.com`, `yb-gov.cc`) or hide it (short links, bare IP addresses). Those traits can be
 * read from the address alone, without visiting it; the lists of real domains, shorteners and
 * unusual endings live in `data/fraud/channels.yaml`.
 */
import type { RuleBase } from './rule-base.js';
import type { ChannelSignalId } from './schema.js';

/**
 * Canonical key for a link: lowercase host without `www.`, plus the path without a trailing
 * slash; scheme, port, query and fragment dropped. The host alone (`normaliseUrl('http://host')`)
 * is the key for "this whole site was reported". Null when the text is not a web address.
 *
 * @example normaliseUrl('HTTPS://WWW.Icbc-Vip.top/Login/?a=1') // → 'icbc-vip.top/Login'
 * @example normaliseUrl('t.cn/A6x9Zk') // → 't.cn/A6x9Zk'
 */
export function normaliseUrl(raw: string): string | null {
  const compact = raw
    .normalize('NFKC')
    .replace(/[\s\u200b-\u200d\ufeff]/g, '')
    .replace(/^[a-z][a-z0-9+.-]{0,9}:\/\//i, '');
  if (!compact || compact.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(`http://${compact}`);
  } catch {
    return null;
  }
  const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
  if (!host.includes('.')) return null;
  const path = url.pathname.replace(/\/+$/, '');
  return host + path;
}

/** A web address found in a message. */
export interface FoundLink {
  /** `normaliseUrl` of the link, and of its host alone. */
  key: string;
  hostKey: string;
  /** Range in the normalised text. */
  start: number;
  end: number;
  signals: ChannelSignalId[];
}

const MAX_LINKS = 50;
const URL_CHAR = /[a-z0-9.\-_~:/?#@&=%+]/;
const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;

function isOfficial(host: string, official: readonly string[]): boolean {
  return official.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Digits written for the letters they resemble (`g0v`, `1cbc`, `a1ipay`, `5hebao`): the reader sees
 * the name, the filter sees another word. Folded before comparing with the protected names.
 */
const DIGIT_LOOKALIKES: Record<string, string> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  '8': 'b',
};

function unDigit(part: string): string {
  return part.replace(/[01358]/g, (d) => DIGIT_LOOKALIKES[d] ?? d);
}

/**
 * Whether a host name contains a protected name: `icbc` in `icbc-vip`, `gov` in `yb-gov`, and the
 * same with look-alike digits (`g0v`, `1cbc` read with 1 as i or l).
 */
function imitates(host: string, tokens: readonly string[]): boolean {
  const raw = host.split(/[.-]/);
  const parts = [...raw];
  for (const p of raw) {
    if (!/[a-z]/.test(p) || !/[01358]/.test(p)) continue;
    parts.push(unDigit(p), unDigit(p).replaceAll('l', 'i'));
  }
  return tokens.some((t) =>
    parts.some((p) => (t.length >= 4 ? p.includes(t) : p === t || p.startsWith(t))),
  );
}

/** The channel signals of one host (already lowercase, without `www.`). */
export function linkSignals(host: string, rules: RuleBase): ChannelSignalId[] {
  const out = new Set<ChannelSignalId>();
  if (IPV4.test(host)) return ['link-ip'];
  if (rules.shorteners.has(host)) out.add('link-shortener');
  for (const group of rules.channels.links.lookalikes) {
    if (!isOfficial(host, group.official) && imitates(host, group.tokens)) out.add(group.signal);
  }
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (rules.oddTlds.has(tld)) out.add('link-odd-tld');
  return [...out];
}

/** Reads one run of URL characters; null when it is not a plausible web address. */
function parseRun(run: string, rules: RuleBase): { host: string } | null {
  const schemed = /^https?:\/\//.test(run);
  const rest = run.replace(/^https?:\/\//, '');
  const host = (/^[^/?#:]*/.exec(rest)?.[0] ?? '').replace(/^www\./, '').replace(/\.+$/, '');
  if (host.includes('@') || !host.includes('.')) return null;
  if (IPV4.test(host)) return { host };
  const labels = host.split('.');
  if (labels.some((l) => !/^[a-z0-9-]{1,63}$/.test(l))) return null;
  const tld = labels[labels.length - 1] as string;
  if (/\d/.test(tld)) return null;
  const known = rules.commonTlds.has(tld) || rules.oddTlds.has(tld);
  return known || (schemed && tld.length >= 2) ? { host } : null;
}

/** Finds web addresses in normalised text (which is already lowercase and un-spaced). */
export function findLinks(
  text: string,
  original: (start: number, end: number) => string,
  rules: RuleBase,
): FoundLink[] {
  const found: FoundLink[] = [];
  let i = 0;
  while (i < text.length && found.length < MAX_LINKS) {
    if (!URL_CHAR.test(text[i] as string)) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && URL_CHAR.test(text[end] as string)) end++;
    let stop = end;
    while (stop > i && /[.:/?#&=-]/.test(text[stop - 1] as string)) stop--;
    const run = text.slice(i, stop);
    const parsed = run.includes('.') ? parseRun(run, rules) : null;
    if (parsed) {
      const hostKey = parsed.host;
      const key = normaliseUrl(original(i, stop)) ?? hostKey;
      found.push({ key, hostKey, start: i, end: stop, signals: linkSignals(hostKey, rules) });
    }
    i = end;
  }
  return found;
}
