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
  const i18n = new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory,
    fluentBundleOptions: HTML_BUNDLE_OPTIONS,
    localeNegotiator: (ctx) =>
      ctx.person?.language ?? localeFromLanguageCode(ctx.from?.language_code),
  });
  rememberMatchedBundles(i18n.fluent);
  return i18n;
}

type BundleMatcher = { matchBundles?: (locales: string[]) => unknown };

/**
 * The plugin negotiates languages (`@fluent/langneg`) over every bundle on each `ctx.t` call, a
 * dozen times per answer, for a result that depends only on the locale asked for: the bundles
 * are all loaded by the constructor. The match is kept per locale list instead. (Private in the
 * plugin; if a new version drops it, translation still works, only uncached.)
 */
function rememberMatchedBundles(fluent: object): void {
  const target = fluent as BundleMatcher;
  const match = target.matchBundles;
  if (typeof match !== 'function') return;
  const matched = new Map<string, unknown>();
  target.matchBundles = (locales) => {
    const key = locales.join('\n');
    if (!matched.has(key)) matched.set(key, match.call(fluent, locales));
    return matched.get(key);
  };
  // A bundle added later (none is today) must be matched afresh.
  const add = (fluent as { addBundle?: (...args: unknown[]) => unknown }).addBundle;
  if (typeof add === 'function')
    (fluent as { addBundle: (...args: unknown[]) => unknown }).addBundle = (...args) => {
      matched.clear();
      return add.apply(fluent, args);
    };
}

/** Middleware body: after i18n runs, makes `ctx.t` escape its variables. */
export function makeTranslationHtmlSafe(ctx: BotContext): void {
  const t = ctx.t;
  const safe = ((key: string, vars?: TranslationVars) =>
    t(key, escapeVars(vars))) as BotContext['t'];
  ctx.t = safe;
  ctx.translate = safe;
}
