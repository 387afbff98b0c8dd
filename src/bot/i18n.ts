/**
 * The bot's translation middleware: grammY's i18n plugin over the Fluent locales, with the same
 * bundle options as `Translate` (`src/i18n/translate.ts`), so `ctx.t` gives HTML-safe text:
 * every variable interpolated into a translation is escaped, once, and the files' emphasis
 * (`{ B(…) }`, `{ I(…) }`, `{ CODE(…) }`) becomes HTML.
 */
import { I18n } from '@grammyjs/i18n';
import { DEFAULT_LOCALE, localeFromLanguageCode } from '../domain/locale.js';
import { escapeVars, HTML_BUNDLE_OPTIONS, type TranslationVars } from '../i18n/translate.js';
import type { BotContext } from './context.js';

export function createI18n(directory: string): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory,
    fluentBundleOptions: HTML_BUNDLE_OPTIONS,
    localeNegotiator: (ctx) =>
      ctx.person?.language ?? localeFromLanguageCode(ctx.from?.language_code),
  });
}

/** Middleware body: after i18n runs, makes `ctx.t` escape its variables. */
export function makeTranslationHtmlSafe(ctx: BotContext): void {
  const t = ctx.t;
  const safe = ((key: string, vars?: TranslationVars) =>
    t(key, escapeVars(vars))) as BotContext['t'];
  ctx.t = safe;
  ctx.translate = safe;
}
