/**
 * Translation from the Fluent locales (`locales/<lang>/*.ftl`) for anyone who writes to a person:
 * the bot, the workflows' outboxes, the jobs and the CLI. It needs no grammY: the bot's
 * middleware (`src/bot/i18n.ts`) loads the same files with the same bundle options, so `ctx.t`
 * and a `Translate` give the same text.
 *
 * Two flavours. `html` (the default) is for Telegram's parse_mode HTML: every variable is
 * escaped here, once, so a name like "<b>&" shows literally instead of breaking or restyling the
 * message, and the files' own words and emphasis become HTML (`./html.ts`). `plain` gives the
 * words as they are, for text shown without markup (the command line).
 *
 * @example
 * const translate = createTranslate(LOCALES_DIR);
 * translate('en', 'report-submitted', { reference: 'R-7' }); // "✅ Submitted, reference <b>R-7</b>. …"
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/locale.js';
import { escapeHtml, HTML_MARKUP } from './html.js';
import { PLAIN_MARKUP } from './markup.js';

export type TranslationVars = Record<string, string | number>;
export type Translate = (locale: Locale, key: string, vars?: TranslationVars) => string;

type FluentBundleOptions = NonNullable<ConstructorParameters<typeof FluentBundle>[1]>;

/** The bundle options of the HTML flavour; the bot's grammY middleware uses the same. */
export const HTML_BUNDLE_OPTIONS: FluentBundleOptions = {
  // Bidi isolation marks would show up as stray characters in Telegram clients.
  useIsolating: false,
  functions: HTML_MARKUP,
  transform: escapeHtml,
};

const PLAIN_BUNDLE_OPTIONS: FluentBundleOptions = { useIsolating: false, functions: PLAIN_MARKUP };

/** Escapes the string variables of an HTML message (numbers stay numbers for Fluent). */
export function escapeVars(vars: TranslationVars | undefined): TranslationVars | undefined {
  if (!vars) return vars;
  const safe: TranslationVars = {};
  for (const [k, v] of Object.entries(vars)) safe[k] = typeof v === 'string' ? escapeHtml(v) : v;
  return safe;
}

function loadBundle(localesDir: string, locale: Locale, options: FluentBundleOptions) {
  const bundle = new FluentBundle(locale, options);
  const dir = join(localesDir, locale);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')), {
      allowOverrides: true,
    });
    if (errors.length) throw new Error(`${join(dir, file)}: ${errors[0]?.message}`);
  }
  return bundle;
}

/**
 * A translator over every locale. A message missing in a language falls back to Chinese, and
 * one missing everywhere shows as `{key}`, as in the bot. `key.attribute` reads an attribute.
 */
export function createTranslate(localesDir: string, flavour: 'html' | 'plain' = 'html'): Translate {
  const options = flavour === 'html' ? HTML_BUNDLE_OPTIONS : PLAIN_BUNDLE_OPTIONS;
  const bundles = new Map(LOCALES.map((l) => [l, loadBundle(localesDir, l, options)]));
  return (locale, path, vars) => {
    const [id = '', attribute] = path.split('.', 2);
    const args = flavour === 'html' ? escapeVars(vars) : vars;
    for (const l of locale === DEFAULT_LOCALE ? [locale] : [locale, DEFAULT_LOCALE]) {
      const bundle = bundles.get(l);
      const message = bundle?.getMessage(id);
      if (!bundle || !message) continue;
      const pattern = attribute ? message.attributes[attribute] : (message.value ?? '');
      if (pattern !== undefined) return bundle.formatPattern(pattern, args);
    }
    return `{${path}}`;
  };
}
