/**
 * The report card officers see in the station and county groups. It shows what an officer needs
 * to triage, never who reported: a named reporter is revealed only by a button, to officers in
 * scope, in private; exact coordinates go only to the county command group. Below the report
 * comes its history: officers' notes and replies, and what the reporter added since.
 */
import { type Locale, localize } from '../../../domain/locale.js';
import { COLOUR_MARK } from '../../../domain/reports/categories.js';
import type { Report } from '../../../domain/reports/report.js';
import { escapeHtml } from '../../../i18n/html.js';
import type { Translate } from '../../../i18n/translate.js';
import type { Db } from '../../../store/database.js';
import { getVillageContext } from '../../../store/places.repository.js';
import { getPerson } from '../../../store/users.repository.js';
import { historyLines, historyOf } from '../../../workflows/reports/report-history.js';
import { defangLinks } from '../../../workflows/scam/defang.js';

export const COLOUR_EMOJI = COLOUR_MARK;

/**
 * Until every caller passes the county's zone (the routing code does not yet), cards use the
 * configuration's default zone, which is the county's in every deployment so far.
 */
const DEFAULT_ZONE = 'Asia/Shanghai';

export interface CardOptions {
  exactPlace: boolean;
  timeZone?: string;
  /** History entries shown: a few on group cards, all of them in the /reports detail. */
  historyKeep?: number;
}

/** A resident's words on the card: escaped, and links defanged so none becomes a tap target. */
const quoted = (text: string) => escapeHtml(defangLinks(text));

export async function renderCard(
  db: Db,
  translate: Translate,
  report: Report,
  locale: Locale,
  opts: CardOptions,
): Promise<string> {
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const place = await getVillageContext(db, report.villageCode);
  const officer = report.assignedOfficerId ? await getPerson(db, report.assignedOfficerId) : null;
  let where = place
    ? `${localize(place.village.name, locale)}（${localize(place.township.name, locale)}）`
    : report.villageCode;
  if (report.place.text) where += ` · ${quoted(report.place.text)}`;
  if (report.place.latitude !== null && report.place.longitude !== null) {
    where += opts.exactPlace
      ? ` · 📍 ${report.place.latitude.toFixed(5)}, ${report.place.longitude.toFixed(5)}`
      : ` · ${t('card-location-shared')}`;
  }
  if (report.place.outsideCounty) where += ` · ${t('card-outside-county')}`;
  const lines = [
    `${COLOUR_EMOJI[report.colour]} <b>${report.reference}</b> · ${t(`report-kind-${report.kind}`)} · ${t(`report-cat-${report.category}`)}`,
    t('card-status', {
      status: t(`status-${report.status}`),
      officer: officer?.firstName || t('card-unassigned'),
    }),
    t('card-where', { where }),
    report.occurredText ? t('card-when', { when: report.occurredText }) : '',
    t('card-reporter', { who: t(report.anonymous ? 'card-anonymous' : 'card-named') }),
    '',
    report.description ? quoted(report.description) : t('card-voice-only'),
  ];
  if (report.evidence.length) lines.push('', t('card-evidence', { count: report.evidence.length }));
  if (report.rejectReason)
    lines.push('', t('card-rejected', { reason: quoted(report.rejectReason) }));
  const history = historyLines(await historyOf(db, report.id), t, opts.timeZone ?? DEFAULT_ZONE, {
    keep: opts.historyKeep ?? 5,
    maxText: opts.historyKeep ? 300 : 200,
  });
  if (history.length) lines.push('', t('card-history'), ...history.map(quoted));
  return lines.filter((l, i) => l !== '' || i === 5 || lines[i - 1] !== '').join('\n');
}
