/**
 * `cunjing sms import`: the officer's CSV of SMS-only residents is checked line by line; good
 * lines are saved (a number already there is brought up to date), bad lines are reported with
 * their line number and reason and the number masked, and the exit code says some were bad.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { smsCommand } from '../../src/cli/sms.js';
import { smsTables } from '../../src/store/sms.table.js';
import { createTestStore, type TestStore } from '../helpers/store.js';

function io(url: string): CliIo & { out_: string[]; err_: string[] } {
  const out_: string[] = [];
  const err_: string[] = [];
  return {
    out_,
    err_,
    out: (l) => out_.push(l),
    err: (l) => err_.push(l),
    env: { DATABASE_URL: url, BOT_TOKEN: undefined },
  };
}

describe('cunjing sms import', () => {
  let store: TestStore;
  let dir: string;
  beforeEach(async () => {
    store = await createTestStore('sqlite', { file: true });
    dir = mkdtempSync(join(tmpdir(), 'cunjing-sms-'));
  });
  afterEach(() => store.cleanup());

  const csv = (text: string) => {
    const file = join(dir, 'roster.csv');
    writeFileSync(file, text);
    return file;
  };

  it('saves the good lines and reports each bad one by line number, with the number masked', async () => {
    const file = csv(
      [
        'phone,village,language,consent',
        '13800000001,wl-hongqi,zh-CN,本人到派出所登记同意 2026-12-01',
        '+86 139 0000 0002,by-bayan,mn,"子女代为登记, 本人电话确认"',
        '1380000,wl-hongqi,zh-CN,同意',
        '13800000004,no-such-village,zh-CN,同意',
        '13800000005,wl-hongqi,fr,同意',
        '13800000006,wl-hongqi,zh-CN,',
        '13800000001,wl-qianjin,zh-CN,同意',
        '',
      ].join('\n'),
    );
    const out = io(store.url);
    expect(await smsCommand(['import', file], out)).toBe(1);
    expect(out.err_).toEqual([
      `${file}:4: "****" is not a mainland mobile number (11 digits, 13…–19…)`,
      `${file}:5: village code "no-such-village" is not in the county file`,
      `${file}:6: language "fr" must be zh-CN, en or mn`,
      `${file}:7: the consent note is missing (how and when the resident agreed)`,
      `${file}:8: the same number as line 2`,
    ]);
    expect(out.out_).toEqual([
      `Saved 2 SMS residents from ${file} (2 new, 0 updated); 5 bad lines.`,
    ]);
    const rows = await smsTables(store.db)
      .selectFrom('sms_addresses')
      .select(['phone', 'village_code', 'language', 'consent', 'urgent', 'active'])
      .orderBy('phone')
      .execute();
    expect(rows).toMatchObject([
      {
        phone: '+8613800000001',
        village_code: 'wl-hongqi',
        language: 'zh-CN',
        consent: 'import: 本人到派出所登记同意 2026-12-01',
      },
      { phone: '+8613900000002', village_code: 'by-bayan', language: 'mn', urgent: 1, active: 1 },
    ]);
  });

  it('checks without saving on --dry-run, and exits 0 when every line is good', async () => {
    const file = csv('13800000001,wl-hongqi,zh-CN,本人登记\n');
    const out = io(store.url);
    expect(await smsCommand(['import', file, '--dry-run'], out)).toBe(0);
    expect(out.out_).toEqual([`1 good lines, 0 bad lines in ${file} (dry run: nothing saved).`]);
    const count = await smsTables(store.db).selectFrom('sms_addresses').selectAll().execute();
    expect(count).toHaveLength(0);
  });
});
