/**
 * 防骗查询 on WeChat: the same check as everywhere (`src/domain/fraud`, with the county
 * blocklist), rendered as plain text. Red flags are quoted from the resident's own message, and
 * every link in a quote is defanged so the reply never carries a tappable scam link.
 */
import { type BlocklistLookup, checkMessage } from '../../domain/fraud/index.js';
import type { Locale } from '../../domain/locale.js';
import { defangLinks, hasLink } from './defang.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

const RISK_MARK = { high: '🔴', suspicious: '🟠', none: '🟢' } as const;

/** At most this many red flags are listed: more reads as noise on a phone. */
const MAX_SIGNALS = 8;

export function scamReply(
  text: string,
  locale: Locale,
  t: PlainTranslate,
  blocklist?: BlocklistLookup,
): OutgoingMessage[] {
  const result = checkMessage(text, { lang: locale, ...(blocklist ? { blocklist } : {}) });
  const lines = [`${RISK_MARK[result.risk]} ${t(locale, `scam-risk-${result.risk}`)}`];
  if (result.type && result.risk !== 'none')
    lines.push(t(locale, 'scam-type', { type: t(locale, `fraud-type-${result.type}`) }));
  if (result.signals.length) {
    lines.push('', t(locale, 'wechat-scam-signals'));
    for (const s of result.signals.slice(0, MAX_SIGNALS))
      lines.push(`• 「${defangLinks(s.quote)}」${s.explanation}`);
  }
  lines.push('', t(locale, 'wechat-scam-what-now'), result.advice);
  if (result.risk === 'none') lines.push('', t(locale, 'wechat-scam-three-rules'));
  if (hasLink(text)) lines.push('', t(locale, 'wechat-scam-links'));
  return [{ type: 'text', text: lines.join('\n') }];
}

/** Whether a text, sent outside 防骗查询, reads as a suspicious message rather than a question. */
export function looksLikeScam(text: string, blocklist?: BlocklistLookup): boolean {
  return checkMessage(text, blocklist ? { blocklist } : {}).risk !== 'none';
}
