/**
 * `cunjing questions report --from YYYY-MM-DD --to YYYY-MM-DD [--station <code>]`: the residents'
 * questions that ended "not sure" or "没解决", grouped by likely topic, and the scam checks
 * officers marked wrong, for a period (days in the county's time zone, both included). The same
 * text the station groups get every Monday; askers are never shown (the store does not know them).
 */
import { parseArgs } from 'node:util';
import { LOCALES_DIR } from '../app/content.js';
import { localize } from '../domain/locale.js';
import { loadServiceCatalog } from '../domain/services/catalog.js';
import { countyDay } from '../domain/time/county-day.js';
import { describedText, PLAIN_TEXT } from '../i18n/described-text.js';
import { createTranslate, type TranslationVars } from '../i18n/translate.js';
import { listUnanswered, listWrongVerdicts } from '../store/answer-feedback.repository.js';
import { listStations } from '../store/places.repository.js';
import { describeQuestionsReport } from '../workflows/questions/describe-questions-report.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE =
  'usage: cunjing questions report --from YYYY-MM-DD --to YYYY-MM-DD [--station <code>]';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight of a calendar day in a time zone, as an instant. */
function midnight(day: string, timeZone: string): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((p) => p.type === 'timeZoneName')
    ?.value.replace('GMT', '');
  return new Date(`${day}T00:00:00${offset && offset !== '' ? offset : 'Z'}`);
}

export async function questionsCommand(args: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = args;
  if (action === '--help' || action === '-h' || action === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (action !== 'report') throw new UsageError(USAGE);
  let values: { from?: string; to?: string; station?: string };
  try {
    values = parseArgs({
      args: rest,
      options: { from: { type: 'string' }, to: { type: 'string' }, station: { type: 'string' } },
    }).values;
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
  const { from, to, station } = values;
  if (!from || !to || !DAY.test(from) || !DAY.test(to))
    throw new UsageError(`--from and --to are days like 2026-12-01\n${USAGE}`);
  return withStore(io, async ({ db }, config) => {
    const start = midnight(from, config.TZ);
    const end = new Date(midnight(to, config.TZ).getTime() + 86_400_000);
    if (!(start < end)) throw new UsageError(`--from must not be after --to\n${USAGE}`);
    const stations = await listStations(db);
    const chosen = station ? stations.filter((s) => s.code === station) : stations;
    if (station && chosen.length === 0)
      throw new UsageError(
        `no station "${station}"; known: ${stations.map((s) => s.code).join(', ')}`,
      );
    const { kb } = loadServiceCatalog(LOCALES_DIR);
    const translate = createTranslate(LOCALES_DIR, 'plain');
    const t = (key: string, vars?: TranslationVars) => translate('zh-CN', key, vars);
    const targets = station
      ? chosen.map((s) => ({ code: s.code, name: localize(s.name, 'zh-CN') }))
      : [{ code: undefined, name: chosen.map((s) => localize(s.name, 'zh-CN')).join('、') }];
    for (const target of targets) {
      const period = { from: start, to: end, ...(target.code ? { stationCode: target.code } : {}) };
      const report = describeQuestionsReport({
        station: target.name,
        from,
        to,
        questions: await listUnanswered(db, period),
        wrongVerdicts: await listWrongVerdicts(db, period),
        titleOf: (id) => kb.topic(id, 'zh-CN')?.topic.title ?? id,
        dayOf: (iso) => countyDay(new Date(iso), config.TZ),
      });
      io.out(describedText(report, t, PLAIN_TEXT));
    }
    return 0;
  });
}
