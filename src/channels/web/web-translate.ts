/**
 * The web chat's translator: the same Fluent files as the bot (`locales/<lang>/*.ftl`), giving
 * plain text. The locale files still carry a little Telegram markup (<b>, <i>) in our own texts;
 * it is stripped here, and the page inserts every text with `textContent`, so variables (a
 * village name, a resident's words) are never read as markup on the web.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../domain/locale.js';
import type { DescribedText } from '../../workflows/described.js';

export type WebTranslate = (
  locale: Locale,
  key: string,
  vars?: Record<string, string | number>,
) => string;

/** Our own locale text without the Telegram tags and entities it may hold. */
export function plainText(text: string): string {
  return text
    .replace(/<\/?(b|i|u|s|code|pre)>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function loadBundle(localesDir: string, locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
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
      if (bundle && message?.value) {
        // Variables are formatted after the markup is stripped, so they reach the page as typed.
        const marked = new Map<string, string>();
        const safeVars: Record<string, string | number> = {};
        for (const [name, value] of Object.entries(vars ?? {})) {
          const token = `\u0000${marked.size}\u0000`;
          marked.set(token, String(value));
          safeVars[name] = typeof value === 'number' ? value : token;
        }
        let text = plainText(bundle.formatPattern(message.value, safeVars));
        for (const [token, value] of marked) text = text.split(token).join(value);
        return text;
      }
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
