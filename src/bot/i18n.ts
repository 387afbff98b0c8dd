/**
 * Loads the Fluent locales and makes translation HTML-safe. Every message goes out with
 * parse_mode HTML, so every variable interpolated into a translation is escaped here, once:
 * a name like "<b>&" shows literally instead of breaking or restyling the message. The locale
 * files hold plain text: their own words are escaped by the bundle's `transform`, and their
 * emphasis (`{ B(…) }`, `{ I(…) }`, `{ CODE(…) }`) becomes HTML through `TELEGRAM_MARKUP`.
 */
import { I18n } from '@grammyjs/i18n';
import { DEFAULT_LOCALE, type Locale, localeFromLanguageCode } from '../domain/locale.js';
import type { BotContext } from './context.js';
import { escapeHtml } from './html.js';
import { TELEGRAM_MARKUP } from './markup.js';

export type TranslationVars = Record<string, string | number>;
export type Translate = (locale: Locale, key: string, vars?: TranslationVars) => string;

function escapeVars(vars: TranslationVars | undefined): TranslationVars | undefined {
  if (!vars) return vars;
  const safe: TranslationVars = {};
  for (const [k, v] of Object.entries(vars)) safe[k] = typeof v === 'string' ? escapeHtml(v) : v;
  return safe;
}

export function createI18n(directory: string): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory,
    // Bidi isolation marks would show up as stray characters in Telegram clients.
    fluentBundleOptions: { useIsolating: false, functions: TELEGRAM_MARKUP, transform: escapeHtml },
    localeNegotiator: (ctx) =>
      ctx.person?.language ?? localeFromLanguageCode(ctx.from?.language_code),
  });
}

/** A translator for messages to other people (officers, reporters) in their own language. */
export function createTranslate(i18n: I18n<BotContext>): Translate {
  return (locale, key, vars) => i18n.t(locale, key, escapeVars(vars));
}

/** Middleware body: after i18n runs, makes `ctx.t` escape its variables. */
export function makeTranslationHtmlSafe(ctx: BotContext): void {
  const t = ctx.t;
  const safe = ((key: string, vars?: TranslationVars) =>
    t(key, escapeVars(vars))) as BotContext['t'];
  ctx.t = safe;
  ctx.translate = safe;
}
