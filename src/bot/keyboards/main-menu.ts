/**
 * The main menu: four large reply-keyboard buttons that stay under the text field, because many
 * villagers find big buttons easier than commands. Presses arrive as plain text, in whatever
 * language the keyboard was sent in, so `menuButtonTexts` lists every language's label.
 */
import { Keyboard } from 'grammy';
import { LOCALES } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translate.js';

export const MENU_KEYS = ['menu-services', 'menu-scam', 'menu-report', 'menu-mine'] as const;
export type MenuKey = (typeof MENU_KEYS)[number];

type T = (key: string) => string;

export function mainMenuKeyboard(t: T): Keyboard {
  return new Keyboard()
    .text(t('menu-services'))
    .text(t('menu-scam'))
    .row()
    .text(t('menu-report'))
    .text(t('menu-mine'))
    .resized()
    .persistent();
}

/** Every language's label for a menu button, so an old keyboard keeps working after a switch. */
export function menuButtonTexts(translate: Translate, key: MenuKey): string[] {
  return [...new Set(LOCALES.map((locale) => translate(locale, key)))];
}

/** True for a press of any main-menu button in any language: it leaves whatever flow is open. */
export function isMenuButton(translate: Translate, text: string | undefined): boolean {
  return (
    text !== undefined && MENU_KEYS.some((key) => menuButtonTexts(translate, key).includes(text))
  );
}
