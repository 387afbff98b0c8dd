/**
 * Report cards sent straight from an update: a report's later news (escalation, new information,
 * reopening) as a fresh card, and edits of the cards already shown. A new report's first cards
 * are notices instead (see `workflows/reports/submit-report.ts`). Each card is remembered, so
 * later changes edit the cards in place.
 */
import type { Api } from 'grammy';
import { type Destination, reportDestinations } from '../../../domain/reports/destinations.js';
import type { Report } from '../../../domain/reports/report.js';
import type { Logger } from '../../../logger.js';
import type { Db } from '../../../store/database.js';
import { getVillageContext } from '../../../store/places.repository.js';
import { notificationsOf, recordNotification } from '../../../store/reports.repository.js';
import { localeOfUser } from '../../../store/users.repository.js';
import type { Translate } from '../../i18n.js';
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

export async function destinationsOf(db: Db, report: Report): Promise<Destination[]> {
  const place = await getVillageContext(db, report.villageCode);
  return place ? reportDestinations(place) : [];
}

/** Sends the card to every destination; returns how many received it. */
export async function routeReport(
  deps: RoutingDeps,
  report: Report,
  prefixKey?: string,
  onlyCommand = false,
): Promise<number> {
  let delivered = 0;
  for (const dest of await destinationsOf(deps.db, report)) {
    if (onlyCommand && !dest.command) continue;
    const locale = await localeOfUser(deps.db, dest.chatId);
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate(locale, key, vars);
    try {
      const card = await renderCard(deps.db, deps.translate, report, locale, {
        exactPlace: dest.command,
        ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
      });
      const text = prefixKey ? `${t(prefixKey)}\n${card}` : card;
      const sent = await deps.api.sendMessage(dest.chatId, text, {
        reply_markup: triageKeyboard(report, t),
        link_preview_options: { is_disabled: true },
      });
      await recordNotification(deps.db, report.id, dest.chatId, sent.message_id);
      delivered++;
    } catch (error) {
      deps.logger.error('report card could not be delivered', {
        report_id: report.id,
        chat_id: dest.chatId,
        error,
      });
    }
  }
  return delivered;
}

/** Brings every card of a report up to date after a change. */
export async function refreshCards(deps: RoutingDeps, report: Report): Promise<void> {
  const destinations = await destinationsOf(deps.db, report);
  for (const n of await notificationsOf(deps.db, report.id)) {
    const chatId = Number(n.chat_id);
    const locale = await localeOfUser(deps.db, chatId);
    const t = (key: string, vars?: Record<string, string | number>) =>
      deps.translate(locale, key, vars);
    const exactPlace = destinations.some((d) => d.chatId === chatId && d.command);
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
