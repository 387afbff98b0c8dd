/**
 * The texts the Telegram outbox (`broadcasts.text`, sent with parse_mode HTML) stores for
 * residents: an officer's broadcast and an awareness campaign's item, rendered once when a
 * workflow enqueues them, in each recipient group's language. Data (the officer's words, the
 * library's text) is escaped here; the locale files give the headers and labels.
 */
import type { AwarenessItem, AwarenessTopic } from '../domain/awareness/library.js';
import type { BroadcastRequest } from '../domain/broadcasts/request.js';
import type { Locale } from '../domain/locale.js';
import { escapeHtml } from '../i18n/html.js';
import type { Translate } from '../i18n/translate.js';

/** An awareness item (tip or legal item) as the message villagers receive. */
export function renderAwareness(
  translate: Translate,
  locale: Locale,
  topic: AwarenessTopic,
  item: AwarenessItem,
): string {
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const lines = [t(`awareness-${topic}-header`, { title: item.title })];
  for (const part of item.parts) {
    const label = t(`awareness-part-${part.label}`).trim();
    lines.push(label ? `<b>${label}</b>${escapeHtml(part.text)}` : escapeHtml(part.text));
  }
  // A translation may cover only some items; the rest arrive in Chinese, and the message says so.
  if (item.locale !== locale) lines.push('', t('awareness-in-chinese'));
  lines.push('', t('awareness-footer'));
  return lines.join('\n');
}

/** What a resident reads: a header for the kind, then the officer's text, shown literally. */
export function renderBroadcast(
  translate: Translate,
  locale: Locale,
  request: Pick<BroadcastRequest, 'kind' | 'texts'>,
): string {
  const text = request.texts[locale] ?? request.texts['zh-CN'];
  return `${translate(locale, `broadcast-header-${request.kind}`)}\n\n${escapeHtml(text)}`;
}
