import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { reportsCommand } from '../../src/cli/reports.js';
import { createReport } from '../../src/store/reports.repository.js';
import { ensureUser } from '../../src/store/users.repository.js';
import { createTestStore } from '../helpers/store.js';

describe('cunjing reports export', () => {
  it('writes CSV and XLSX with anonymous reporters kept anonymous and formulas neutralised', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'export-'));
    const store = await createTestStore('sqlite', { file: true });
    const { url } = store;
    await ensureUser(store.db, 1, '实名张三');
    const base = {
      kind: 'dispute' as const,
      category: 'land',
      colour: 'yellow' as const,
      voiceFileId: null,
      evidence: [],
      villageCode: 'wl-hongqi',
      townshipCode: 'T-WULAN',
      stationCode: 'ST-WULAN',
      latitude: 43.9,
      longitude: 116.1,
      placeText: null,
      outsideCounty: false,
      occurredText: null,
      reporterLanguage: 'zh-CN',
    };
    await createReport(
      store.db,
      {
        ...base,
        submissionKey: 'a',
        description: '=HYPERLINK("http://x","点我")',
        anonymous: false,
        reporterTelegramId: 1,
      },
      'Asia/Shanghai',
    );
    await createReport(
      store.db,
      {
        ...base,
        submissionKey: 'b',
        description: '匿名反映',
        anonymous: true,
        reporterTelegramId: 2,
      },
      'Asia/Shanghai',
    );
    await store.close();
    const lines: string[] = [];
    const io: CliIo = {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      env: { DATABASE_URL: url },
    };
    const today = new Date().toISOString().slice(0, 10);
    const csvFile = join(dir, 'r.csv');
    expect(
      await reportsCommand(
        ['export', '--from', '2020-01-01', '--to', today, '--format', 'csv', '--out', csvFile],
        io,
      ),
    ).toBe(0);
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv).toContain('实名张三');
    expect(csv).toContain('匿名 anonymous');
    expect(csv).not.toContain(',=HYPERLINK');
    expect(csv).toContain("'=HYPERLINK");
    expect(csv).not.toContain('43.9');
    const xlsxFile = join(dir, 'r.xlsx');
    expect(
      await reportsCommand(
        ['export', '--from', '2020-01-01', '--to', today, '--format', 'xlsx', '--out', xlsxFile],
        io,
      ),
    ).toBe(0);
    const xlsx = readFileSync(xlsxFile);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    await expect(
      reportsCommand(['export', '--from', 'yesterday', '--to', today], io),
    ).rejects.toThrow(/usage/);
  });
});
