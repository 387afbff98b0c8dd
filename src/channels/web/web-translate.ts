/**
 * The web chat's translator: the same Fluent files as the bot (`locales/<lang>/*.ftl`), giving
 * plain text. The files carry no markup; their emphasis functions (`{ B(…) }`, `{ I(…) }`, …)
 * give the plain words here (`PLAIN_MARKUP`), and the page inserts every text with
 * `textContent`, so variables (a village name, a resident's words) are never read as markup.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../domain/locale.js';
import { PLAIN_MARKUP } from '../../i18n/markup.js';
import type { DescribedText } from '../../workflows/described.js';

export type WebTranslate = (
  locale: Locale,
  key: string,
  vars?: Record<string, string | number>,
) => string;

function loadBundle(localesDir: string, locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false, functions: PLAIN_MARKUP });
  const dir = join(localesDir, locale);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(dir, file), 'utf8')));
    if (errors.length) throw new Error(`${join(dir, file)}: ${errors[0]?.message}`);
  }
  return bundle;
}

export function createWebTranslate(localesDir: string): WebTranslate {
  const bundles = new Map(LOCALES.map((l) => [l, loadBundle(localesDir, l)]));
  return (locale, key, vars) => {
    // Missing in a language: Chinese, as the bot does; missing everywhere: the key itself.
    for (const l of [locale, DEFAULT_LOCALE]) {
      const bundle = bundles.get(l);
      const message = bundle?.getMessage(key);
      if (bundle && message?.value) return bundle.formatPattern(message.value, vars);
    }
    return key;
  };
}

/** A described text in the reader's language: a locale message, or data as it is. */
export function textOf(t: WebTranslate, locale: Locale, text: DescribedText): string {
  if (!('key' in text)) return text.text;
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.vars ?? {}))
    vars[name] = typeof value === 'object' ? t(locale, value.key) : value;
  return t(locale, text.key, vars);
}
