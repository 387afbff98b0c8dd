/**
 * Language choice, each label in its own language so anyone can find theirs. The Mongolian label
 * also says Монгол and Mongolian: on a phone without a Mongolian font the script shows as boxes,
 * and the Cyrillic and Latin words still tell a Mongolian reader which button is theirs.
 */
import { InlineKeyboard } from 'grammy';
import { LOCALES, type Locale } from '../../domain/locale.js';
import { callbackAction } from '../callback-data.js';

export const pickLanguage = callbackAction('lang', [LOCALES.join('|')]);

export const LANGUAGE_LABELS: Record<Locale, string> = {
  'zh-CN': '中文',
  mn: 'ᠮᠣᠩᠭᠣᠯ Монгол Mongolian',
  en: 'English',
};

/** One language a row: the Mongolian label is too long to share a row on a phone. */
export function languageKeyboard(): InlineKeyboard {
  return InlineKeyboard.from(
    LOCALES.map((locale) => [
      InlineKeyboard.text(LANGUAGE_LABELS[locale], pickLanguage.data(locale)),
    ]),
  );
}
