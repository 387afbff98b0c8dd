/**
 * Redraws a report's cards straight from an update, when an officer pressed a button from an
 * older state of the card: nothing changed, so nothing is owed and a lost redraw costs nothing.
 * Every card a change causes (a new report, triage, additions, reopening, escalation) is a
 * notice enqueued by its workflow instead, and delivered by the notice loop.
 */
import type { Api } from 'grammy';
import type { Report } from '../../../domain/reports/report.js';
import type { Translate } from '../../../i18n/translate.js';
import type { Logger } from '../../../logger.js';
import type { Db } from '../../../store/database.js';
import { notificationsOf } from '../../../store/reports.repository.js';
import { localeOfUser } from '../../../store/users.repository.js';
import { exactPlaceChat } from '../../notices/inbox-chats.js';
import { renderCard } from './card.js';
import { triageKeyboard } from './keyboards.js';

export interface RoutingDeps {
  api: Api;
  db: Db;
  translate: Translate;
  logger: Logger;
  /** The county's zone, for the times on the card. */
  timeZone?: string;
}

/** Brings every card of a report up to date (best effort). */
export async function refreshCards(deps: RoutingDeps, report: Report): Promise<void> {
  const exactChat = await exactPlaceChat(deps.db, report);
  for (const n of await notificationsOf(deps.db, report.id)) {
    const chatId = Number(n.chat_id);
    const locale = await localeOfUser(deps.db, chatId);
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate(locale, key, vars);
    const exactPlace = chatId === exactChat;
    try {
      await deps.api.editMessageText(
        chatId,
        Number(n.message_id),
        await renderCard(deps.db, deps.translate, report, locale, {
          exactPlace,
          ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
        }),
        {
          reply_markup: triageKeyboard(report, t),
          link_preview_options: { is_disabled: true },
        },
      );
    } catch (error) {
      deps.logger.warn('report card could not be updated', {
        report_id: report.id,
        chat_id: chatId,
        error,
      });
    }
  }
}
