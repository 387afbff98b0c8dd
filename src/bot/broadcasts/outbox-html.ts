/**
 * Telegram's rendering of a broadcast: the stored description (`BroadcastDescription`, a
 * described message in the recipients' language) as HTML for parse_mode HTML. The delivery
 * engine calls it once per broadcast at send time (`telegramBroadcastRenderer`); the officer's
 * preview and the reviewer's card call `broadcastHtml` so they show exactly what residents get.
 *
 * Telegram's layout for a broadcast, a compact card:
 * - a title heads the card; the paragraphs and fields after it follow on the next lines;
 * - a field is its label in bold, then its value (`<b>怎么办：</b>…`); a field with an empty label
 *   is its value alone;
 * - a note, and a paragraph outside a card, stand apart after a blank line;
 * - choices are not drawn: a broadcast goes out without buttons.
 * Data (a library text, an officer's words) is escaped here; a variable is escaped by the HTML
 * flavour of the translator (`escapeVars`), so `translate` must be that flavour
 * (`createTranslate(dir)`, the default).
 *
 * @example
 * const render = telegramBroadcastRenderer(createTranslate(LOCALES_DIR));
 * render({ locale: 'zh-CN', message: describeBroadcast(request, 'zh-CN') });
 * // { text: '🚨 <b>紧急预警</b>\n\n今天有人冒充…', parseMode: 'HTML' }
 */
import type { BroadcastDescription } from '../../broadcast/broadcast.js';
import type { BroadcastRenderer } from '../../broadcast/engine.js';
import type { BroadcastRequest } from '../../domain/broadcasts/request.js';
import { isLocale, type Locale } from '../../domain/locale.js';
import { escapeHtml } from '../../i18n/html.js';
import type { Translate, TranslationVars } from '../../i18n/translate.js';
import { describeBroadcast } from '../../workflows/broadcasts/describe-broadcast.js';
import type { Described, DescribedText, DescribedVars } from '../../workflows/described.js';

/** The engine's renderer for Telegram: one HTML text per broadcast. */
export function telegramBroadcastRenderer(translate: Translate): BroadcastRenderer {
  return (description: BroadcastDescription) => {
    const message = description.message as Partial<Described>;
    if (!Array.isArray(message.blocks))
      throw new Error(
        'the stored description has no blocks; it should be { locale, message: Described } ' +
          'as the workflows write it (src/workflows/described.ts).',
      );
    const locale: Locale = isLocale(description.locale) ? description.locale : 'zh-CN';
    return { text: describedHtml(message as Described, translate, locale), parseMode: 'HTML' };
  };
}

/** An officer's broadcast as residents of `locale` read it on Telegram (previews, review). */
export function broadcastHtml(
  translate: Translate,
  locale: Locale,
  request: Pick<BroadcastRequest, 'kind' | 'texts'>,
): string {
  return describedHtml(describeBroadcast(request, locale), translate, locale);
}

/** A described message in Telegram's broadcast layout (see the module comment). */
export function describedHtml(message: Described, translate: Translate, locale: Locale): string {
  const t = (key: string, vars?: TranslationVars) => translate(locale, key, vars);
  const vars = (v: DescribedVars | undefined): TranslationVars | undefined => {
    if (!v) return undefined;
    const out: TranslationVars = {};
    for (const [name, value] of Object.entries(v))
      out[name] = typeof value === 'object' ? t(value.key) : value;
    return out;
  };
  const say = (text: DescribedText): string =>
    'key' in text ? t(text.key, vars(text.vars)) : escapeHtml(text.text);
  const sections: string[] = [];
  let inCard = false;
  let previous: string | null = null;
  const add = (text: string, joins: boolean) => {
    if (joins && sections.length) sections[sections.length - 1] += `\n${text}`;
    else sections.push(text);
  };
  for (const block of message.blocks) {
    switch (block.type) {
      case 'title':
        add('key' in block.text ? say(block.text) : `<b>${say(block.text)}</b>`, false);
        inCard = true;
        break;
      case 'paragraph':
        add(say(block.text), inCard);
        break;
      case 'field': {
        const label = say(block.label).trim();
        const value = say(block.value);
        add(label ? `<b>${label}</b>${value}` : value, inCard || previous === 'field');
        break;
      }
      case 'list': {
        const items = block.items.map((item) => ('key' in item ? say(item) : `• ${say(item)}`));
        add([...(block.label ? [say(block.label)] : []), ...items].join('\n'), inCard);
        break;
      }
      case 'quote':
        add(`• 「${say(block.quote)}」${say(block.note)}`, inCard || previous === 'quote');
        break;
      case 'note':
        add(say(block.text), false);
        inCard = false;
        break;
    }
    previous = block.type;
  }
  return sections.join('\n\n');
}
