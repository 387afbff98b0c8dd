/**
 * Web reports go through the same workflow as Telegram ones: same tables, same station and
 * county cards (as notices), same anonymity (the device is kept like a relay, never shown to
 * officers). Photos are written under the data directory by their content hash before the
 * report is stored, so a repeated submit writes nothing twice and a crash leaves at most an
 * unreferenced file, never a report pointing at a missing one.
 */
import { DEFAULT_LOCALE } from '../../domain/locale.js';
import { webAddress } from '../../domain/people/addresses.js';
import type { ReportKind } from '../../domain/reports/categories.js';
import type { Db } from '../../store/database.js';
import { ensurePerson } from '../../store/people.repository.js';
import { getWebResident } from '../../store/web-residents.repository.js';
import { submitReport } from '../../workflows/reports/submit-report.js';
import { saveWebEvidence } from './evidence-files.js';
import { WebError } from './http-kit.js';
import type { SubmitReport } from './reports-seam.js';

export interface WebSubmitterDeps {
  db: Db;
  timeZone: string;
  /** Where evidence files go (`<DATA_DIR>/evidence`). */
  evidenceDir: string;
  /** Wakes the notice loop once the report and its cards are committed. */
  wakeNotices: () => void;
  now?: () => Date;
}

export function createWebSubmitter(deps: WebSubmitterDeps): SubmitReport {
  return async (input) => {
    const fileIds = await saveWebEvidence(deps.evidenceDir, input.photos);
    const resident = await getWebResident(deps.db, input.deviceId);
    const result = await submitReport(
      { db: deps.db, timeZone: deps.timeZone },
      {
        reporter: {
          personId: await ensurePerson(deps.db, webAddress(input.deviceId)),
          webDevice: input.deviceId,
        },
        homeVillageCode: input.villageCode,
        submissionKey: input.submissionKey,
        locale: resident?.language ?? DEFAULT_LOCALE,
        now: deps.now?.() ?? new Date(),
        draft: {
          kind: input.kind as ReportKind,
          category: input.category,
          description: input.description,
          evidence: fileIds.map((fileId) => ({ kind: 'photo' as const, fileId })),
          place: input.place,
          anonymous: input.anonymous,
        },
      },
    );
    switch (result.outcome) {
      case 'stored':
        deps.wakeNotices();
        return { reference: result.report.reference };
      case 'rate-limited':
        throw new WebError(429, 'rate_limited', 'report-rate-limited');
      case 'no-village':
        throw new WebError(400, 'no_village', 'web-choose-village-first');
      case 'not-yours':
        throw new WebError(409, 'stale_submission', 'report-draft-lost');
    }
  };
}
