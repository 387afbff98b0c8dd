/**
 * Emphasis in the locale files without any channel's markup. A translator writes
 * `{ B("到哪里办") }`, `{ B("编号 ", $reference) }`, `{ I("发送 /cancel 随时取消。") }`,
 * `{ CODE($id) }`, `{ LINK("https://…", "text") }` or `{ MENTION($askerId, $askerName) }`, and
 * each channel gives these Fluent functions its own rendering: Telegram bold/italic/code HTML
 * (`./html.ts`), the web chat and WeChat the plain words (`PLAIN_MARKUP`).
 *
 * Every function joins its positional arguments (string literals, variables, numbers, other
 * markup calls) into one span, so `B("编号 ", $reference)` is one bold run. The rendering is
 * deferred to `toString(scope)`, so numbers are formatted for the message's locale.
 */
import { FluentType, type FluentValue } from '@fluent/bundle';

type Scope = Parameters<FluentType<unknown>['toString']>[0];

/** A rendered span: its text is final for the channel and never escaped again. */
export class Markup extends FluentType<(scope: Scope) => string> {
  override toString(scope: Scope): string {
    return this.value(scope);
  }
}

/** How a channel renders each kind of span. `text` is the channel-ready text of the parts. */
export interface MarkupStyle {
  /**
   * Makes a part that is not markup ready for the channel. A `string` is a literal from the
   * locale file or a variable's value as the caller passed it (Fluent does not tell them apart);
   * `formatted` is a number or date Fluent formatted itself.
   */
  part(text: string, kind: 'string' | 'formatted'): string;
  bold(text: string): string;
  italic(text: string): string;
  code(text: string): string;
  /** A link; `url` is raw (not escaped), `text` channel-ready. */
  link(url: string, text: string): string;
  /** A person's name that opens their profile where the channel can (`id`: Telegram user id). */
  mention(id: string, text: string): string;
}

/** The functions the locale files may call, besides Fluent's own NUMBER and DATETIME. */
export const MARKUP_FUNCTIONS = ['B', 'I', 'CODE', 'LINK', 'MENTION'] as const;

export type MarkupFunctions = Record<
  (typeof MARKUP_FUNCTIONS)[number],
  (positional: FluentValue[]) => FluentValue
>;

/** A URL or id as it is: a number without the locale's digit grouping (`1001`, not `1,001`). */
function raw(value: FluentValue, scope: Scope): string {
  if (typeof value === 'string') return value;
  const inner = value.valueOf();
  return typeof inner === 'number' ? String(inner) : value.toString(scope);
}

/** Fluent functions rendering with `style`; pass as `functions` in the FluentBundle options. */
export function markupFunctions(style: MarkupStyle): MarkupFunctions {
  const render = (parts: FluentValue[], scope: Scope): string =>
    parts
      .map((p) =>
        p instanceof Markup
          ? p.toString(scope)
          : typeof p === 'string'
            ? style.part(p, 'string')
            : style.part(p.toString(scope), 'formatted'),
      )
      .join('');
  const span = (wrap: (text: string) => string) => (parts: FluentValue[]) =>
    new Markup((scope) => wrap(render(parts, scope)));
  return {
    B: span(style.bold),
    I: span(style.italic),
    CODE: span(style.code),
    LINK: ([url = '', ...text]) =>
      new Markup((scope) => {
        const href = raw(url, scope);
        return style.link(href, text.length ? render(text, scope) : style.part(href, 'string'));
      }),
    MENTION: ([id = '', ...text]) =>
      new Markup((scope) => style.mention(raw(id, scope), render(text, scope))),
  };
}

/** For channels that show text as it is (web chat, WeChat): the words, no markup. */
export const PLAIN_MARKUP: MarkupFunctions = markupFunctions({
  part: (text) => text,
  bold: (text) => text,
  italic: (text) => text,
  code: (text) => text,
  link: (url, text) => (text === url ? url : `${text} (${url})`),
  mention: (_id, text) => text,
});
