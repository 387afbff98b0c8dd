/**
 * Sends a stored question to the village officer's Telegram in the officer's language, with the
 * link to the asker only when they agreed, and records the message, so the officer's reply to it
 * finds the question. Used by the bot's 问驻村民警 and, through the composition root, by the web
 * chat. A question that cannot reach the officer is marked undelivered.
 */
import type { Api } from 'grammy';
import { localize } from '../../domain/locale.js';
import type { OfficerQuestion } from '../../domain/questions/officer-question.js';
import type { ServiceCatalog } from '../../domain/services/catalog.js';
import { defang } from '../../domain/text/defang.js';
import type { Translate } from '../../i18n/translate.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import {
  getQuestion,
  markUndelivered,
  recordDelivery,
} from '../../store/officer-questions.repository.js';
import { telegramChatOfPerson } from '../../store/people.repository.js';
import { getVillageContext, type VillageContext } from '../../store/places.repository.js';
import { localeOfUser } from '../../store/users.repository.js';

export interface SendToOfficerDeps {
  api: Api;
  db: Db;
  translate: Translate;
  services: ServiceCatalog;
  logger: Logger;
}

/** Whether the question reached the officer. */
export async function sendQuestionToOfficer(
  deps: SendToOfficerDeps,
  saved: OfficerQuestion,
  place: VillageContext,
  asker: { telegramId: number; name: string } | null,
): Promise<boolean> {
  if (saved.officerId === null) return false;
  // The officer is a person; the bot reaches them at their Telegram chat.
  const officerId = await telegramChatOfPerson(deps.db, saved.officerId);
  if (officerId === null) {
    await markUndelivered(deps.db, saved.id);
    return false;
  }
  const officerLocale = await localeOfUser(deps.db, officerId);
  const topicTitle = saved.topicId
    ? deps.services.kb.topic(saved.topicId, officerLocale)?.topic.title
    : undefined;
  const shared = saved.shareContact && asker !== null;
  try {
    const sent = await deps.api.sendMessage(
      officerId,
      deps.translate(officerLocale, 'ask-to-officer', {
        id: String(saved.id),
        village: localize(place.village.name, officerLocale),
        township: localize(place.township.name, officerLocale),
        topic: topicTitle ?? deps.translate(officerLocale, 'ask-topic-none'),
        // A pasted link ("is this real?") reaches the officer quoted dead, without a preview.
        question: defang(saved.question),
        shared: shared ? 'yes' : 'no',
        askerId: asker ? String(asker.telegramId) : '',
        askerName: asker?.name ?? '',
      }),
      { link_preview_options: { is_disabled: true } },
    );
    await recordDelivery(deps.db, saved.id, officerId, sent.message_id);
    return true;
  } catch (error) {
    deps.logger.warn('question could not reach the officer', { question_id: saved.id, error });
    await markUndelivered(deps.db, saved.id);
    return false;
  }
}

/** The same for a question stored elsewhere (the web chat), by its number; never names the asker. */
export async function sendStoredQuestion(deps: SendToOfficerDeps, id: number): Promise<boolean> {
  const saved = await getQuestion(deps.db, id);
  const place = saved ? await getVillageContext(deps.db, saved.villageCode) : null;
  return saved && place ? sendQuestionToOfficer(deps, saved, place, null) : false;
}
