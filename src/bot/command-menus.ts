/**
 * The command menus: residents' per language, the groups' officer commands, and each officer's
 * and admin's own. A convenience, so registration runs in the background after start and is
 * retried when it fails.
 */

import { telegramAddress } from '../domain/people/addresses.js';
import type { Translate } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import { ensurePerson } from '../store/people.repository.js';
import { getCounty, listStations, listTownships } from '../store/places.repository.js';
import { getUser, listOfficers } from '../store/users.repository.js';
import {
  registerGroupCommands,
  registerPersonCommands,
  registerResidentCommands,
} from './commands.js';
import { telegramChat } from './notices/inbox-chats.js';
import type { TelegramApi } from './telegram-api.js';

/** The station groups and the township and county command groups named in the county file. */
async function groupChatIds(db: Db): Promise<number[]> {
  const ids = [
    ...(await listStations(db)).map((s) => telegramChat(s.inbox)),
    ...(await listTownships(db)).map((t) => telegramChat(t.commandInbox)),
    telegramChat((await getCounty(db))?.commandInbox),
  ];
  return [...new Set(ids.filter((id): id is number => id !== null))];
}

export async function registerMenus(
  api: TelegramApi,
  db: Db,
  translate: Translate,
  adminIds: ReadonlySet<number>,
  logger: Logger,
): Promise<void> {
  await registerResidentCommands(api, translate);
  await registerGroupCommands(api, translate, await groupChatIds(db), logger);
  const staff = [...(await listOfficers(db))];
  for (const id of adminIds) {
    const admin = await getUser(db, id);
    staff.push({
      ...(admin ?? {
        telegramId: id,
        personId: await ensurePerson(db, telegramAddress(id)),
        firstName: '',
        language: null,
        villageCode: null,
        scope: null,
        active: true,
      }),
      role: 'admin',
    });
  }
  for (const person of staff) await registerPersonCommands(api, translate, person, logger);
}
