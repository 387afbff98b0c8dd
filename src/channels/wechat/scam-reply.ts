/**
 * 防骗查询 on WeChat: the same check as everywhere (`src/domain/fraud`, with the county
 * blocklist), described by the channel-neutral verdict (`src/workflows/scam/describe-verdict.ts`:
 * risk, type, red flags quoted from the resident's own message with links defanged, what to do,
 * the three rules) and rendered as plain text, with its choices (我已经被骗了, ask the officer) as
 * a menu message. WeChat turns anything like a link into a tappable one, so a message holding a
 * link also gets the WeChat note that links were rewritten.
 */
import { type BlocklistLookup, checkMessage } from '../../domain/fraud/index.js';
import type { Locale } from '../../domain/locale.js';
import { describeVerdict } from '../../workflows/scam/describe-verdict.js';
import { hasLink } from './defang.js';
import { describedMessages } from './described-text.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';

export function scamReply(
  text: string,
  locale: Locale,
  t: PlainTranslate,
  blocklist?: BlocklistLookup,
): OutgoingMessage[] {
  const result = checkMessage(text, { lang: locale, ...(blocklist ? { blocklist } : {}) });
  const messages = describedMessages(describeVerdict(result), locale, t, {
    // WeChat's own note below says it for the whole message, quotes or not.
    skipNotes: ['web-links-defanged'],
  });
  if (!hasLink(text)) return messages;
  return messages.map((m, i) =>
    i === 0 && m.type === 'text'
      ? { ...m, text: `${m.text}\n\n${t(locale, 'wechat-scam-links')}` }
      : m,
  );
}

/** Whether a text, sent outside 防骗查询, reads as a suspicious message rather than a question. */
export function looksLikeScam(text: string, blocklist?: BlocklistLookup): boolean {
  return checkMessage(text, blocklist ? { blocklist } : {}).risk !== 'none';
}
