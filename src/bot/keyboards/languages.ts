/** Language choice, each label in its own language so anyone can find theirs. */
import { InlineKeyboard } from 'grammy';
import { LOCALES, type Locale } from '../../domain/locale.js';
import { callbackAction } from '../callback-data.js';

export const pickLanguage = callbackAction('lang', [LOCALES.join('|')]);

const LABELS: Record<Locale, string> = { 'zh-CN': '中文', mn: 'ᠮᠣᠩᠭᠣᠯ', en: 'English' };

export function languageKeyboard(): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(LABELS[locale], pickLanguage.data(locale));
  return keyboard;
}
