/**
 * The HTML flavour of the locale files, for Telegram's parse_mode HTML: the bot's messages and
 * the broadcasts it renders from their stored descriptions at send time carry it. It renders
 * the emphasis functions (`B`, `I`, `CODE`, `LINK`, `MENTION`; see `./markup.ts`) as HTML tags
 * and escapes everything else.
 *
 * Variables reach Fluent already HTML-escaped (`escapeVars` in `./translate.ts`), and Fluent
 * passes a variable and a string literal alike as a plain string. So a string part is escaped
 * here in a way that leaves an existing entity alone: a literal `"A & B"` becomes `A &amp; B`,
 * and a variable's `&amp;` stays `&amp;` instead of turning into `&amp;amp;`.
 *
 * @example
 * // zh-CN: report-submitted = ✅ 已提交，编号 { B($reference) }。
 * t('report-submitted', { reference: 'R-7' }); // "✅ 已提交，编号 <b>R-7</b>。"
 */
import { type MarkupFunctions, markupFunctions } from './markup.js';

/** HTML escaping for Telegram's parse_mode HTML, which needs only these three entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes `<`, `>` and any `&` that does not already start an entity. Idempotent. */
export function escapeHtmlOnce(text: string): string {
  return text
    .replace(/&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return escapeHtmlOnce(value).replace(/"/g, '&quot;');
}

export const HTML_MARKUP: MarkupFunctions = markupFunctions({
  part: (text, kind) => (kind === 'string' ? escapeHtmlOnce(text) : escapeHtml(text)),
  bold: (text) => `<b>${text}</b>`,
  italic: (text) => `<i>${text}</i>`,
  code: (text) => `<code>${text}</code>`,
  link: (url, text) => `<a href="${attribute(url)}">${text}</a>`,
  mention: (id, text) => `<a href="tg://user?id=${attribute(id)}">${text}</a>`,
});
