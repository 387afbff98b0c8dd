/**
 * The languages the bot speaks. Chinese is primary and the fallback for anything missing;
 * Mongolian is the traditional script used in Inner Mongolia.
 */
export const LOCALES = ['zh-CN', 'mn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A text in each language. Only Chinese is required; the others fall back to it. */
export type LocalizedText = { 'zh-CN': string } & Partial<Record<Exclude<Locale, 'zh-CN'>, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/**
 * Maps a Telegram client's `language_code` (IETF tag such as "zh-hans", "en-US", "mn") to one
 * of ours. Unknown languages get Chinese, the language of the service.
 */
export function localeFromLanguageCode(code: string | undefined): Locale {
  const primary = code?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'mn') return 'mn';
  if (primary === 'en') return 'en';
  return 'zh-CN';
}
