/** Renders an awareness item (tip or legal item) as the message villagers receive. */
import type { AwarenessItem, AwarenessTopic } from '../../domain/awareness/library.js';
import type { Locale } from '../../domain/locale.js';
import { escapeHtml } from '../../i18n/html.js';
import type { Translate } from '../../i18n/translate.js';

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
