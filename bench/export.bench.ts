/**
 * `reports export` at county scale: a temporary SQLite file with `--reports` reports (default
 * 1,000,000, a busy county's year) spread over one year, exported as XLSX and as CSV by the real
 * CLI in a child process each. Reports wall time, rows per second, peak RSS against the 300 MB
 * target, the file size, and how many data sheets the XLSX needed (Excel holds 1,048,576 rows).
 *
 *   npm run bench -- export [--reports N]
 *
 * Rows are generated with one prepared INSERT in a transaction per 50,000 (seconds, not minutes).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { openStore } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';

const ROOT = new URL('..', import.meta.url).pathname;
const TARGET_MB = 300;
const FROM = '2025-12-01';
const TO = '2026-11-30';

const CATEGORIES = [
  'neighbour',
  'family',
  'land',
  'wages',
  'debt',
  'fraud',
  'theft',
  'vice',
  'road',
];
const COLOURS = ['red', 'yellow', 'green', 'green', 'yellow'];
const STATUSES = ['new', 'accepted', 'in_progress', 'resolved', 'mediated', 'closed'];
const VILLAGES = [
  ['wl-hongqi', 'T-WULAN'],
  ['wl-qianjin', 'T-WULAN'],
  ['by-hure', 'T-BAYAN'],
];
const TEXTS = [
  '邻居家的羊群连续几天进了我家草场，吃了刚补种的牧草，找他理论不认账，希望民警来调解。',
  '接到自称公安局的电话，说我的身份证涉嫌洗钱，要我把存款转到“安全账户”，我没转，想反映这个号码。',
  '村东头的土地边界去年重新测量过，但隔壁又把界桩往我家这边挪了两米，双方争执不下。',
  '包工头拖欠我们八个人去年秋收的工钱，一共三万多元，多次讨要都说没钱。',
  '晚上有人在河边用电网捕鱼，还有人偷偷拉走了集体的树苗。',
];

function numberArg(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : undefined;
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}

async function makeDatabase(file: string, reports: number): Promise<number> {
  const store = openStore(`sqlite:${file}`);
  await migrateToLatest(store.db);
  await store.close();
  const started = performance.now();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    `insert into reports (reference, submission_key, kind, category, colour, status, description,
       village_code, township_code, station_code, latitude, longitude, place_text, outside_county,
       occurred_text, anonymous, reporter_language, satisfaction, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ST-WULAN', ?, ?, ?, 0, ?, ?, 'zh-CN', ?, ?, ?)`,
  );
  const start = Date.parse(`${FROM}T00:00:00+08:00`);
  const span = Date.parse(`${TO}T23:59:59+08:00`) - start;
  const batch = db.transaction((first: number, last: number) => {
    for (let i = first; i < last; i++) {
      const at = new Date(start + Math.floor((i / reports) * span)).toISOString();
      const category = CATEGORIES[i % CATEGORIES.length] ?? 'land';
      const [village, township] = VILLAGES[i % VILLAGES.length] ?? ['wl-hongqi', 'T-WULAN'];
      insert.run(
        `JF-${at.slice(0, 10).replace(/-/g, '')}-${String(i).padStart(7, '0')}`,
        `bench-${i}`,
        ['fraud', 'theft', 'vice', 'road'].includes(category) ? 'clue' : 'dispute',
        category,
        COLOURS[i % COLOURS.length],
        STATUSES[i % STATUSES.length],
        `${TEXTS[i % TEXTS.length]}（第 ${i} 条）`,
        village,
        township,
        i % 3 === 0 ? 43.9 : null,
        i % 3 === 0 ? 116.1 : null,
        i % 4 === 0 ? '村委会东边第三户' : null,
        i % 5 === 0 ? 'ᠥᠴᠦᠭᠡᠳᠦᠷ' : '昨天晚上',
        i % 2,
        i % 6 === 4 ? (i % 12 === 4 ? 'yes' : 'no') : null,
        at,
        at,
      );
    }
  });
  for (let i = 0; i < reports; i += 50_000) batch(i, Math.min(reports, i + 50_000));
  db.close();
  return (performance.now() - started) / 1000;
}

function exportOnce(file: string, format: 'xlsx' | 'csv', out: string) {
  return new Promise<{ code: number; seconds: number; peakRssMb: number }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        'bin/run-ts.js',
        'bench/export-worker.ts',
        '--from',
        FROM,
        '--to',
        TO,
        '--format',
        format,
        '--out',
        out,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `sqlite:${file}`, TZ: 'Asia/Shanghai' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.on('error', reject);
    child.on('close', () => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`export worker printed no result: ${stdout}`));
      }
    });
  });
}

/** Sheet names and row counts, read back with exceljs's streaming reader (never all in memory). */
async function sheetRows(file: string): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  for await (const sheet of reader) {
    let n = 0;
    for await (const _row of sheet) n++;
    rows[(sheet as unknown as { name: string }).name] = n;
  }
  return rows;
}

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const reports = numberArg(args, '--reports') ?? 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-export-bench-'));
  try {
    const file = join(dir, 'bench.db');
    const insertSeconds = await makeDatabase(file, reports);
    console.log(`  ${reports} reports inserted in ${insertSeconds.toFixed(1)} s`);
    const figures: Record<string, unknown> = {
      reports,
      insert_seconds: Number(insertSeconds.toFixed(1)),
    };
    for (const format of ['xlsx', 'csv'] as const) {
      const out = join(dir, `reports.${format}`);
      const r = await exportOnce(file, format, out);
      if (r.code !== 0) throw new Error(`${format} export exited with ${r.code}`);
      figures[format] = {
        seconds: r.seconds,
        rows_per_second: Math.round(reports / r.seconds),
        peak_rss_mb: r.peakRssMb,
        peak_rss_to_target: Number((r.peakRssMb / TARGET_MB).toFixed(2)),
        file_mb: Number((statSync(out).size / 2 ** 20).toFixed(1)),
        ...(format === 'xlsx' ? { sheets: await sheetRows(out) } : {}),
      };
      console.log(`  ${format}: ${JSON.stringify(figures[format])}`);
    }
    return figures;
  } finally {
    if (!process.env.KEEP_BENCH_DB) rmSync(dir, { recursive: true, force: true });
    else console.log(`  kept ${dir}`);
  }
}
