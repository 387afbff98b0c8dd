/**
 * 我的反映 on the web: a device lists the reports it filed, reads one with its history, and adds
 * words or a photo to an open one (often the answer to an officer's question). Ownership is
 * checked on the server for every call through the device that filed the report; a report id
 * from anyone else is refused as "not found", audited without the device, and changes nothing.
 * After resolution the device that filed the report answers "are you satisfied?" through the
 * same workflow as Telegram; a second press changes nothing and says the answer is recorded.
 */

import { webAddress } from '../../domain/people/addresses.js';
import type { Logger } from '../../logger.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { ensurePerson } from '../../store/people.repository.js';
import type { Described } from '../../workflows/described.js';
import {
  describeMyReport,
  describeMyReports,
} from '../../workflows/reports/describe-my-reports.js';
import { addToReport, MAX_ADDITION, ownReport } from '../../workflows/reports/reporter-addition.js';
import { giveFeedback } from '../../workflows/reports/reporter-feedback.js';
import { saveWebEvidence } from './evidence-files.js';
import { field, WebError } from './http-kit.js';
import { acceptPhoto, MAX_PHOTO_BYTES, type Photo } from './photo.js';

/** An addition's JSON body: one photo in base64 plus the words. */
export const MAX_ADDITION_BYTES = Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 16 * 1024;

export interface MyReportsDeps {
  db: Db;
  logger: Logger;
  /** The county's zone, for the times in the history. */
  timeZone: string;
  /** Where photos added to reports are written; absent: photos are refused. */
  evidenceDir?: string;
  /** Wakes the notice loop once new cards for the officers are committed. */
  wakeNotices?: () => void;
}

export interface MyReportsCall {
  url: URL;
  deviceId: string;
  reply: (message: Described) => void;
}

const reportIdOf = (value: unknown): number => {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new WebError(400, 'bad_request', 'web-error');
  return id;
};

export function createMyReportsApi(deps: MyReportsDeps) {
  const { db } = deps;

  /** A report id that is not this device's: audited (no device, no words) and answered 404. */
  async function refuse(reportId: number, path: string): Promise<never> {
    await appendAudit(db, {
      actorId: null,
      action: 'web.refused',
      subject: `report:${reportId}`,
      detail: { reason: 'not-yours', path },
    });
    deps.logger.warn('web: refused a report that is not the device’s', { path });
    throw new WebError(404, 'not_found', 'web-mine-not-found');
  }

  async function photoOf(value: unknown, anonymous: boolean): Promise<Photo | undefined> {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new WebError(400, 'bad_request', 'web-error');
    if (!deps.evidenceDir) throw new WebError(503, 'photos_unavailable', 'web-error');
    const bytes = Buffer.from(value, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES)
      throw new WebError(413, 'photo_too_large', 'web-photo-too-large');
    const photo = acceptPhoto(bytes, anonymous);
    if (!photo) throw new WebError(415, 'not_an_image', 'web-photo-not-image');
    return photo;
  }

  const said = (key: string, reference: string): Described => ({
    tone: 'info',
    blocks: [{ type: 'paragraph', text: { key, vars: { reference } } }],
    choices: [{ label: { key: 'web-mine-back' }, action: 'myreports' }],
  });

  // The device's person (made with the device; `ensure` covers a device from before people).
  const reporterOf = async (call: MyReportsCall) => ({
    personId: await ensurePerson(db, webAddress(call.deviceId)),
  });

  return {
    gets: {
      async myreports(call: MyReportsCall) {
        call.reply(await describeMyReports(db, await reporterOf(call)));
      },
      async myreport(call: MyReportsCall) {
        const id = reportIdOf(call.url.searchParams.get('id'));
        const message = await describeMyReport(db, await reporterOf(call), id, deps.timeZone);
        if (!message) return refuse(id, call.url.pathname);
        call.reply(message);
      },
    },
    posts: {
      async addinfo(call: MyReportsCall, body: Record<string, unknown>) {
        const reporter = await reporterOf(call);
        const id = reportIdOf(body.reportId);
        // Read first only to know whether the photo's metadata must go; the workflow checks
        // ownership again inside its transaction.
        const report = await ownReport(db, reporter, id);
        if (!report) return refuse(id, call.url.pathname);
        const text = [...field(body, 'text')].slice(0, MAX_ADDITION).join('');
        const photo = await photoOf(body.photo, report.anonymous);
        if (!text && !photo) throw new WebError(400, 'empty', 'web-no-text');
        const [fileId] =
          photo && deps.evidenceDir ? await saveWebEvidence(deps.evidenceDir, [photo]) : [];
        const result = await addToReport(db, {
          reporter,
          reportId: id,
          text,
          ...(fileId ? { file: { kind: 'photo' as const, fileId } } : {}),
          announce: true,
          now: new Date(),
        });
        switch (result.outcome) {
          case 'not-yours':
            return refuse(id, call.url.pathname);
          case 'closed':
            throw new WebError(409, 'closed', 'web-mine-closed');
          case 'empty':
            throw new WebError(400, 'empty', 'web-no-text');
          case 'added': {
            if (result.notices.length) deps.wakeNotices?.();
            const message = await describeMyReport(db, reporter, id, deps.timeZone, {
              reference: result.report.reference,
            });
            if (message) call.reply(message);
          }
        }
      },
      async feedback(call: MyReportsCall, body: Record<string, unknown>) {
        const id = reportIdOf(body.reportId);
        if (body.answer !== 'yes' && body.answer !== 'no')
          throw new WebError(400, 'bad_request', 'web-error');
        const satisfied = body.answer === 'yes';
        const result = await giveFeedback(db, {
          reporter: await reporterOf(call),
          reportId: id,
          satisfied,
          now: new Date(),
        });
        if (!result.report) return refuse(id, call.url.pathname);
        const { reference } = result.report;
        if (result.outcome === 'done') {
          if (result.notices.length) deps.wakeNotices?.();
          return call.reply(said(satisfied ? 'feedback-thanks' : 'feedback-reopened', reference));
        }
        // A second press (or one racing the first): nothing changes, and the resident is told.
        if (result.outcome === 'stale' || result.answered)
          return call.reply(said('feedback-recorded', reference));
        throw new WebError(409, 'not_due', 'feedback-not-due');
      },
    },
  };
}
