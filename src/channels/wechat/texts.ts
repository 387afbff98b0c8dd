/**
 * The WeChat channel's translator. It reads the same Fluent files as the rest of the project,
 * but without grammY's plugin and without HTML escaping: WeChat shows text as is, so a variable
 * is inserted literally, and the emphasis functions (`{ B(…) }`, …) give the plain words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../domain/locale.js';
import { PLAIN_MARKUP } from '../../i18n/markup.js';

export type PlainTranslate = (
  locale: Locale,
  key: string,
  vars?: Record<string, string | number>,
) => string;

/** Loads every `.ftl` of every locale; a missing message falls back to Chinese, then to its key. */
export function createPlainTranslate(localesDir: string): PlainTranslate {
  const bundles = new Map<string, FluentBundle>();
  for (const locale of LOCALES) {
    const bundle = new FluentBundle(locale, { useIsolating: false, functions: PLAIN_MARKUP });
    const dir = join(localesDir, locale);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.ftl'))
      .sort())
      bundle.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')));
    bundles.set(locale, bundle);
  }
  return (locale, key, vars) => {
    for (const lang of [locale, DEFAULT_LOCALE]) {
      const bundle = bundles.get(lang);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) return bundle.formatPattern(message.value, vars);
    }
    return key;
  };
}
