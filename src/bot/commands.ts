/**
 * The command menus Telegram shows beside the text field, registered per scope and language:
 * residents see resident commands in private chats; each officer and admin gets a menu scoped
 * to their own chat; group chats (the station and county groups) list only the officer commands
 * that work there, never the villagers' /start or /village.
 */
import type { Api } from 'grammy';
import type { LanguageCode } from 'grammy/types';
import { isLocale, LOCALES, type Locale } from '../domain/locale.js';
import type { Person } from '../domain/people/roles.js';
import type { Translate } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import type { TelegramUser } from '../store/users.repository.js';

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
/** What works in a station or county group (see `features/groups.ts`). */
export const GROUP = ['reports', 'stats', 'officer'] as const;

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

/**
 * The groups' menu: for all groups, and for each known station or command group by its chat id
 * (a chat scope wins over a language-specific all-groups list, so the county's groups always see
 * their own). Villagers' commands stay in private chats.
 */
export async function registerGroupCommands(
  api: Api,
  translate: Translate,
  groupChatIds: readonly number[],
  logger: Logger,
): Promise<void> {
  const scope = { type: 'all_group_chats' as const };
  await api.setMyCommands(list(translate, 'zh-CN', GROUP), { scope });
  for (const locale of LOCALES) {
    await api.setMyCommands(list(translate, locale, GROUP), {
      scope,
      language_code: TELEGRAM_LANGUAGE[locale],
    });
  }
  for (const chatId of groupChatIds) {
    await api
      .setMyCommands(list(translate, 'zh-CN', GROUP), { scope: { type: 'chat', chat_id: chatId } })
      // A group the bot was not added to yet has no chat; it gets the all-groups list.
      .catch((error) =>
        logger.warn('could not register group commands', { chat_id: chatId, error }),
      );
  }
}

/** Gives one officer or admin their menu; a resident's chat-scoped menu is removed. */
export async function registerPersonCommands(
  api: Api,
  translate: Translate,
  person: TelegramUser,
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
