/**
 * A plausible report of the example county (红旗村, 乌兰派出所), for tests, fixtures and
 * benchmarks that need reports in the store without walking through the report flow.
 * Imports nothing from vitest, so child processes and benchmarks can use it too.
 */
import type { NewReport } from '../../src/store/reports.repository.js';

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
    reporterTelegramId: 100001,
    reporterLanguage: 'zh-CN',
    ...over,
  };
}
