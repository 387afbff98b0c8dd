/**
 * The notices a change to a report causes, enqueued in the change's own transaction: one edit of
 * every card officers were shown (or a fresh card per inbox, when the news deserves one), and
 * news for the reporter wherever they are (a named chat, the anonymous relay, a web device; for a
 * web reporter also one copy where they are now, WeChat or SMS, chosen by `newsCopy`). Each key derives
 * from the history event the change wrote, so a retried workflow enqueues nothing twice, and a
 * crash after the commit loses nothing: the notice loop delivers them.
 *
 * @example
 * const eventId = await addEvent(trx, report.id, by, 'status', 'accepted');
 * const notices = await enqueueReportNotices(trx, {
 *   report, eventId, now, reporter: { key: 'reporter-accepted', vars: { officer: '李警官' } },
 * });
 */
import { newsCopy } from '../../domain/notices/news-copy.js';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { reporterRecipient } from '../../domain/notices/reporter-address.js';
import {
  INBOX_CHANNEL,
  inboxKey,
  reportCardsKey,
  reportDestinations,
} from '../../domain/reports/destinations.js';
import type { Report } from '../../domain/reports/report.js';
import type { Db } from '../../store/database.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { getVillageContext } from '../../store/places.repository.js';
import { hasCards, reporterAddressOf } from '../../store/reports.repository.js';
import { smsAddressOfDevice } from '../../store/sms-addresses.repository.js';
import { webReporterActivity } from '../../store/wechat.repository.js';
import type { ReporterNotice } from './triage-outcome.js';

export interface ReportNoticesInput {
  /** The report as it is after the change. */
  report: Report;
  /** The history event the change wrote: the notices' keys derive from it. */
  eventId: number;
  now: Date;
  /** What the reporter should hear, if anything. */
  reporter?: ReporterNotice;
  /** The officers' cards: edited in place (the default), sent afresh with a line above, or left. */
  cards?: 'edit' | { fresh: string } | 'none';
  /**
   * The WeChat account sends template messages past the 48-hour window (a notice template is
   * configured). Without one, a WeChat copy out of the window would wait for the resident's next
   * message, so a reporter with SMS report news on gets it by SMS instead. Absent: no template.
   */
  wechatTemplate?: boolean | undefined;
}

export async function enqueueReportNotices(
  db: Db,
  input: ReportNoticesInput,
): Promise<NewNotice[]> {
  const { report, eventId } = input;
  const key = `report:${report.id}:event:${eventId}`;
  // Officers hear of a red report first; the reporter's news goes with the same weight.
  const priority = report.colour === 'red' ? NOTICE_PRIORITY.urgent : NOTICE_PRIORITY.normal;
  const notices: NewNotice[] = [];
  const cards = input.cards ?? 'edit';
  // Which chats and messages show the report's cards is the sending channel's record: the
  // workflow asks for every card to be brought up to date, and the channel finds them.
  if (cards === 'edit' && (await hasCards(db, report.id)))
    notices.push({
      idempotencyKey: `${key}:edit`,
      channel: INBOX_CHANNEL,
      recipient: reportCardsKey(report.id),
      kind: 'report-card-edit',
      payload: { reportId: report.id },
      priority,
      reportId: report.id,
    });
  if (typeof cards === 'object') {
    const place = await getVillageContext(db, report.villageCode);
    for (const dest of place ? reportDestinations(place) : [])
      notices.push({
        idempotencyKey: `${key}:card:${inboxKey(dest.inbox)}`,
        channel: INBOX_CHANNEL,
        recipient: inboxKey(dest.inbox),
        kind: 'report-card',
        payload: { reportId: report.id, exactPlace: dest.command, prefixKey: cards.fresh },
        priority,
        reportId: report.id,
      });
  }
  const address = input.reporter ? await reporterAddressOf(db, report) : null;
  if (input.reporter && address)
    notices.push({
      idempotencyKey: `${key}:reporter`,
      ...reporterRecipient(address),
      kind: 'reporter-status',
      payload: {
        reportId: report.id,
        reference: report.reference,
        status: report.status,
        key: input.reporter.key,
        vars: input.reporter.vars,
      },
      priority,
      reportId: report.id,
    });
  // A web reporter keeps the news in the web inbox (the record the page shows) and gets one more
  // copy where they are: in WeChat when the device is linked to it (opened inside WeChat), else by
  // SMS if they asked for that.
  const news = notices.find((n) => n.kind === 'reporter-status');
  if (news && address?.channel === 'web') {
    const activity = await webReporterActivity(db, report.id);
    const sms = await smsAddressOfDevice(db, address.deviceId);
    const copy = newsCopy({
      wechat: activity?.wechat ?? null,
      sms: sms?.reportNews === true,
      wechatTemplate: input.wechatTemplate === true,
      now: input.now,
    });
    if (copy === 'wechat' && activity?.wechat)
      notices.push({
        ...news,
        idempotencyKey: `${key}:reporter:wechat`,
        channel: 'wechat',
        recipient: activity.wechat.openid,
      });
    if (copy === 'sms' && sms)
      notices.push({
        ...news,
        idempotencyKey: `${key}:reporter:sms`,
        channel: 'sms',
        recipient: String(sms.id),
      });
  }
  await enqueueNotices(db, notices, input.now);
  return notices;
}

/** Whether the reporter will hear of it (an anonymous reporter through the relay). */
export function tellsReporter(notices: NewNotice[]): boolean {
  return notices.some((n) => n.kind === 'reporter-status');
}
