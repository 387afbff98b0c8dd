/**
 * A plausible report of the example county (红旗村, 乌兰派出所), for tests, fixtures and
 * benchmarks that need reports in the store without walking through the report flow.
 * Imports nothing from vitest, so child processes and benchmarks can use it too.
 */
import { type Address, telegramAddress, webAddress } from '../../src/domain/people/addresses.js';
import type { Db } from '../../src/store/database.js';
import { ensurePerson } from '../../src/store/people.repository.js';
import { createReport, type NewReport } from '../../src/store/reports.repository.js';

/**
 * A sample report's fields. `reporterPersonId` defaults to 1; tests that care who filed it use
 * `createSampleReport`, which files it as a person of a Telegram user or web device.
 */
export function sampleReport(over: Partial<NewReport> = {}): NewReport {
  return {
    submissionKey: `sample-${Math.random().toString(36).slice(2)}`,
    kind: 'dispute',
    category: 'land',
    colour: 'yellow',
    description: '地界纠纷',
    voiceFileId: null,
    evidence: [],
    villageCode: 'wl-hongqi',
    townshipCode: 'T-WULAN',
    stationCode: 'ST-WULAN',
    latitude: null,
    longitude: null,
    placeText: null,
    outsideCounty: false,
    occurredText: null,
    anonymous: false,
    reporterPersonId: 1,
    reporterLanguage: 'zh-CN',
    ...over,
  };
}

/** Sample fields, and who files: a Telegram user (100001 unless told) or a web device. */
export type SampleOver = Partial<Omit<NewReport, 'reporterPersonId' | 'reporterDeviceId'>> & {
  reporter?: Address;
};

/** Stores a sample report filed by the person of `over.reporter` (made when new). */
export async function createSampleReport(
  db: Db,
  over: SampleOver = {},
  timeZone = 'Asia/Shanghai',
  now?: Date,
) {
  const { reporter = telegramAddress(100001), ...fields } = over;
  const reporterPersonId = await ensurePerson(db, reporter, now);
  const device = reporter.channel === 'web' ? { reporterDeviceId: reporter.address } : {};
  return createReport(db, sampleReport({ ...fields, reporterPersonId, ...device }), timeZone, now);
}

/** A Telegram user as a reporter, the way the bot passes them to the workflows. */
export async function telegramReporter(db: Db, telegramId = 100001) {
  return { personId: await ensurePerson(db, telegramAddress(telegramId)) };
}

/** A web device as a reporter, the way the web channel passes it to the workflows. */
export async function webReporter(db: Db, deviceId: string) {
  return { personId: await ensurePerson(db, webAddress(deviceId)), webDevice: deviceId };
}
