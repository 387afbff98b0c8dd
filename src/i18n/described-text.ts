/**
 * A described message (`src/workflows/described.ts`) as one text message: the Telegram bot's
 * HTML (`HTML_TEXT`, with a translator of the `html` flavour) or plain text for the command line
 * (`PLAIN_TEXT`, with the `plain` flavour). Data is escaped by the style; locale texts carry
 * their own emphasis (`{ B(…) }`), so the layout adds only what the structure says:
 * - a title (data in bold) heads its section: the next block follows on the next line;
 * - paragraphs, lists and notes are sections, separated by a blank line;
 * - fields in a row are one section, one `label value` line each;
 * - a list is its label, then one line per item: data items with a bullet, locale items as the
 *   locale writes them (they carry their own mark).
 *
 * @example
 * const t = createTranslate(LOCALES_DIR, 'plain');
 * describedText(described, (key, vars) => t('zh-CN', key, vars), PLAIN_TEXT);
 */
import type { Block, Described, DescribedText, DescribedVars } from '../workflows/described.js';
import { escapeHtml } from './html.js';
import type { TranslationVars } from './translate.js';

export interface TextStyle {
  /** Makes data (a title, a knowledge-base text, a resident's words) safe for the message. */
  escape(text: string): string;
  bold(text: string): string;
}

export const HTML_TEXT: TextStyle = { escape: escapeHtml, bold: (text) => `<b>${text}</b>` };
export const PLAIN_TEXT: TextStyle = { escape: (text) => text, bold: (text) => text };

/** A translator bound to the reader's language, of the flavour that matches the style. */
export type LocaleTranslate = (key: string, vars?: TranslationVars) => string;

export function describedText(described: Described, t: LocaleTranslate, style: TextStyle): string {
  const vars = (v: DescribedVars | undefined): TranslationVars | undefined => {
    if (!v) return undefined;
    const out: TranslationVars = {};
    for (const [name, value] of Object.entries(v))
      out[name] = typeof value === 'object' ? t(value.key) : value;
    return out;
  };
  const say = (text: DescribedText): string =>
    'key' in text ? t(text.key, vars(text.vars)) : style.escape(text.text);
  const sections: string[] = [];
  let previous: Block['type'] | null = null;
  const add = (text: string, joinsPrevious: boolean) => {
    if (joinsPrevious && sections.length) sections[sections.length - 1] += `\n${text}`;
    else sections.push(text);
  };
  for (const block of described.blocks) {
    const afterTitle = previous === 'title';
    switch (block.type) {
      case 'title':
        add('key' in block.text ? say(block.text) : style.bold(say(block.text)), false);
        break;
      case 'paragraph':
        add(say(block.text), afterTitle);
        break;
      case 'field':
        add(`${say(block.label)} ${say(block.value)}`, afterTitle || previous === 'field');
        break;
      case 'list': {
        const items = block.items.map((item) => ('key' in item ? say(item) : `• ${say(item)}`));
        add([...(block.label ? [say(block.label)] : []), ...items].join('\n'), afterTitle);
        break;
      }
      case 'quote':
        add(`• 「${say(block.quote)}」${say(block.note)}`, afterTitle || previous === 'quote');
        break;
      case 'note':
        add(say(block.text), false);
        break;
    }
    previous = block.type;
  }
  return sections.join('\n\n');
}
