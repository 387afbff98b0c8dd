/**
 * The command menus Telegram shows beside the text field, registered per scope and language:
 * residents see resident commands; each officer and admin gets a menu scoped to their own chat.
 */
import type { Api } from 'grammy';
import type { LanguageCode } from 'grammy/types';
import { isLocale, LOCALES, type Locale } from '../domain/locale.js';
import type { Person } from '../domain/people/roles.js';
import type { Logger } from '../logger.js';
import type { Translate } from './i18n.js';

const RESIDENT = [
  'start',
  'menu',
  'officer',
  'help',
  'language',
  'village',
  'privacy',
  'cancel',
] as const;
const OFFICER = [
  ...RESIDENT,
  'reports',
  'stats',
  'redeem',
  'block',
  'broadcast',
  'broadcast_status',
] as const;
const ADMIN = [...OFFICER, 'grant', 'revoke', 'officers', 'campaigns'] as const;

export function commandsFor(role: Person['role']): readonly string[] {
  if (role === 'admin') return ADMIN;
  if (role === 'officer') return OFFICER;
  return RESIDENT;
}

/** Telegram wants ISO 639-1 codes for command languages. */
const TELEGRAM_LANGUAGE: Record<Locale, LanguageCode> = { 'zh-CN': 'zh', en: 'en', mn: 'mn' };

function list(translate: Translate, locale: Locale, names: readonly string[]) {
  return names.map((command) => ({ command, description: translate(locale, `cmd-${command}`) }));
}

export async function registerResidentCommands(api: Api, translate: Translate): Promise<void> {
  await api.setMyCommands(list(translate, 'zh-CN', RESIDENT));
  for (const locale of LOCALES) {
    await api.setMyCommands(list(translate, locale, RESIDENT), {
      language_code: TELEGRAM_LANGUAGE[locale],
    });
  }
}

/** Gives one officer or admin their menu; a resident's chat-scoped menu is removed. */
export async function registerPersonCommands(
  api: Api,
  translate: Translate,
  person: Person,
  logger: Logger,
): Promise<void> {
  const scope = { type: 'chat' as const, chat_id: person.telegramId };
  try {
    if (person.role === 'resident') {
      await api.deleteMyCommands({ scope });
      return;
    }
    const locale = isLocale(person.language) ? person.language : 'zh-CN';
    await api.setMyCommands(list(translate, locale, commandsFor(person.role)), { scope });
  } catch (error) {
    // Someone who never opened the bot has no chat yet; they get the menu at their first /start.
    logger.warn('could not register chat commands', { chat_id: person.telegramId, error });
  }
}
