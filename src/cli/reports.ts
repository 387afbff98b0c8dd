/**
 * `cunjing reports export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format xlsx|csv] [--out file]`:
 * reports for the county's records, in Chinese, with times on the county's clock.
 *
 * Days are county days (`TZ`): `--from 2026-12-01` starts at local midnight, whatever the
 * machine's own zone or the UTC date. Without dates it exports this month so far. Anonymous
 * reporters stay anonymous, exact coordinates are left out, and every cell is neutralised against
 * formula injection by the writers. Files go to `data/exports/` unless `--out` says otherwise.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { countyDay, firstOfMonth, isDay } from '../domain/time/county-day.js';
import { exportReports } from '../export/export-reports.js';
import { exportLabels } from '../export/labels.js';
import { createTranslate } from '../i18n/translate.js';
import { appendAudit } from '../store/audit.repository.js';
import { listStations, listTownships, listVillages } from '../store/places.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE =
  'usage: cunjing reports export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format xlsx|csv] [--out file]\n' +
  '  days are in the county time zone (TZ); without dates: this month so far; default format xlsx;\n' +
  '  default file data/exports/reports-<from>-<to>.<format>';
const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));
export const EXPORT_DIR = join('data', 'exports');

function day(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isDay(value)) {
    throw new UsageError(
      `--${name} ${value} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01\n${USAGE}`,
    );
  }
  return value;
}

/**
 * @param now the clock, injected so tests can fix "today" (a county day) instead of reading the
 *   machine's date.
 */
export async function reportsCommand(
  args: string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'export') throw new UsageError(USAGE);
  const { values } = parseArgs({
    args: rest,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'xlsx' },
      out: { type: 'string' },
    },
  });
  const format = values.format;
  if (format !== 'csv' && format !== 'xlsx') {
    throw new UsageError(`--format ${format} is not supported; use xlsx or csv\n${USAGE}`);
  }
  let from = day(values.from, 'from');
  let to = day(values.to, 'to');
  return withStore(io, async ({ db }, config) => {
    const at = now();
    const today = countyDay(at, config.TZ);
    to ??= from && from > today ? from : today;
    from ??= firstOfMonth(to);
    if (from > to) throw new UsageError(`--from ${from} is after --to ${to}\n${USAGE}`);
    const file = values.out ?? join(EXPORT_DIR, `reports-${from}-${to}.${format}`);
    await mkdir(dirname(file), { recursive: true });
    const translate = createTranslate(LOCALES_DIR, 'plain');
    const labels = exportLabels({
      locale: 'zh-CN',
      t: (key) => translate('zh-CN', key),
      villages: await listVillages(db),
      townships: await listTownships(db),
      stations: await listStations(db),
    });
    const { rows } = await exportReports({
      db,
      from,
      to,
      timeZone: config.TZ,
      format,
      file,
      labels,
      now: at,
    });
    await appendAudit(db, {
      actorId: null,
      action: 'reports.export',
      detail: { from, to, format, rows },
    });
    io.out(`Wrote ${rows} reports (${from} to ${to}, ${config.TZ}) to ${file}`);
    return 0;
  });
}
