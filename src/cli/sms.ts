/**
 * `cunjing sms import <file.csv> [--dry-run]`: registers residents who read only SMS, from the
 * CSV an officer filled in (phone,village,language,consent). Good lines are saved (a number
 * already registered is brought up to date), bad lines are listed with their line number and
 * reason; the exit code is 1 when any line was bad. `--dry-run` checks without saving.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseSmsRoster } from '../domain/people/sms-roster.js';
import { appendAudit } from '../store/audit.repository.js';
import { inTransaction } from '../store/in-transaction.js';
import { getVillage } from '../store/places.repository.js';
import { saveSmsAddress } from '../store/sms-addresses.repository.js';
import { type CliIo, UsageError, withStore } from './context.js';

const USAGE =
  'usage: cunjing sms import <file.csv> [--dry-run]   (columns: phone,village,language,consent)';

export async function smsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  const [action, file] = positionals;
  if (action !== 'import' || !file) throw new UsageError(USAGE);
  const text = await readFile(file, 'utf8');
  return withStore(io, async ({ db }) => {
    const villages = await db.selectFrom('villages').select('code').execute();
    const known = new Set(villages.map((v) => v.code));
    const { entries, problems } = parseSmsRoster(text, (code) => known.has(code));
    for (const p of problems) io.err(`${file}:${p.line}: ${p.reason}`);
    if (!values['dry-run'] && entries.length) {
      const now = new Date();
      const result = await inTransaction(db, async (trx) => {
        let added = 0;
        for (const e of entries) {
          if (!(await getVillage(trx, e.villageCode))) continue;
          const saved = await saveSmsAddress(
            trx,
            {
              phone: e.phone,
              villageCode: e.villageCode,
              language: e.language,
              consent: `import: ${e.consent}`,
              deviceId: null,
              urgent: true,
              reportNews: false,
              verifiedAt: now,
            },
            now,
          );
          if (saved.created) added += 1;
        }
        await appendAudit(trx, {
          actorId: null,
          action: 'sms.import',
          detail: { file, saved: entries.length, added, bad: problems.length },
        });
        return added;
      });
      io.out(
        `Saved ${entries.length} SMS residents from ${file} (${result} new, ${entries.length - result} updated); ${problems.length} bad lines.`,
      );
    } else {
      io.out(
        `${entries.length} good lines, ${problems.length} bad lines in ${file}${values['dry-run'] ? ' (dry run: nothing saved)' : ''}.`,
      );
    }
    return problems.length ? 1 : 0;
  });
}
