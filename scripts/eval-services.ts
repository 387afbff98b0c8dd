/**
 * Measures the service-question matcher on labelled question files.
 *
 *   npm run eval:services [-- --verbose] [--strict] [--file <tsv>] [--half tune|check] [--tune-only]
 *
 * By default it reads `../shared/eval/service-questions.dev.tsv` next to the project (columns
 * question, topic, source; topic `none` = out of scope). That file is for research use only, so it
 * is read in place and never copied: nothing from it may end up in the project.
 *
 * Discipline: the file is split by a stable hash of each question (FNV-1a, see `halfOf`) into a
 * *tune* half and a *check* half. Only the tune half may be looked at when changing synonyms,
 * phrasings or calibration (`--verbose` prints its misses only, unless `--half check` is given on
 * purpose at the end). Both halves and the whole file are reported; if the halves drift apart by
 * more than 3 points, something was fitted to the tune rows. Our own question sets
 * (tests/domain/services/fixtures/own-*.tsv), written before looking at the file, are reported too.
 * Those named `-fresh` are probes: written before a round of tuning, measured before and after it,
 * never looked into (`--verbose` skips them) and hidden by `--tune-only`.
 *
 * "Answered directly" is band `high`: the bot gives the answer without asking. "Topic null" is
 * band `low`: the bot says it is not sure, and `cunjing ask --json` prints `topic: null`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadServiceCatalog } from '../src/domain/services/catalog.js';
import type { MatchResult } from '../src/domain/services/matcher.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const strict = args.includes('--strict');
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const file = option('--file')
  ? resolve(option('--file') as string)
  : join(root, '..', 'shared', 'eval', 'service-questions.dev.tsv');
const showHalf = option('--half') ?? 'tune';

interface Row {
  question: string;
  topic: string;
}

/** FNV-1a over the UTF-8 bytes: stable across runs, machines and Node versions. */
export function halfOf(question: string): 'tune' | 'check' {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(question.trim(), 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tune' : 'check';
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => (cols[0] ?? '').trim() !== '' && (cols[1] ?? '').trim() !== '')
    .map(([question = '', topic = '']) => ({ question, topic: topic.trim() }));
}

const { matcher } = loadServiceCatalog(join(root, 'locales'));

interface Measures {
  inScope: number;
  none: number;
  rightDirect: number;
  wrongDirect: number;
  top1: number;
  top3: number;
  noneDirect: number;
  noneNull: number;
  misses: Array<{ row: Row; result: MatchResult; kind: string }>;
}

function measure(rows: Row[]): Measures {
  const m: Measures = {
    inScope: 0,
    none: 0,
    rightDirect: 0,
    wrongDirect: 0,
    top1: 0,
    top3: 0,
    noneDirect: 0,
    noneNull: 0,
    misses: [],
  };
  for (const row of rows) {
    const result = matcher.match(row.question);
    if (row.topic === 'none') {
      m.none++;
      if (result.band === 'high') m.noneDirect++;
      if (result.band === 'low') m.noneNull++;
      if (result.band !== 'low') m.misses.push({ row, result, kind: `none→${result.band}` });
      continue;
    }
    m.inScope++;
    const ranked = [result.topic, ...result.alternatives.map((a) => a.topic)];
    const right = result.topic === row.topic;
    if (right) m.top1++;
    if (ranked.includes(row.topic as never)) m.top3++;
    if (result.band === 'high') right ? m.rightDirect++ : m.wrongDirect++;
    if (!right || result.band !== 'high') {
      const kind = right
        ? `right but ${result.band}`
        : result.band === 'high'
          ? 'WRONG high'
          : 'miss';
      m.misses.push({ row, result, kind });
    }
  }
  return m;
}

const pct = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
const TARGETS: Array<[string, (m: Measures) => number, number, boolean]> = [
  ['answered directly and correctly', (m) => pct(m.rightDirect, m.inScope), 70, true],
  ['answered directly but wrong', (m) => pct(m.wrongDirect, m.inScope), 1, false],
  ['top-1', (m) => pct(m.top1, m.inScope), 90, true],
  ['top-3', (m) => pct(m.top3, m.inScope), 98, true],
  ['out of scope answered directly', (m) => pct(m.noneDirect, m.none), 3, false],
  ['out of scope → topic null', (m) => pct(m.noneNull, m.none), 90, true],
];

const sets: Array<[string, Row[]]> = [];
if (existsSync(file)) {
  const rows = readRows(file);
  sets.push(['tune half', rows.filter((r) => halfOf(r.question) === 'tune')]);
  // While tuning, `--tune-only` keeps the check half out of sight.
  if (!args.includes('--tune-only')) {
    sets.push(['check half', rows.filter((r) => halfOf(r.question) === 'check')]);
    sets.push(['full dev set', rows]);
  }
} else {
  console.log(`No evaluation file at ${file}; reporting our own question sets only.`);
}
const fixtures = join(root, 'tests', 'domain', 'services', 'fixtures');
for (const name of [
  'own-questions.tsv',
  'own-formal-questions.tsv',
  'own-unseen-questions.tsv',
  'own-out-of-scope.tsv',
  'own-out-of-scope-tune.tsv',
  'own-out-of-scope-tune2.tsv',
  'own-out-of-scope-tune3.tsv',
  'own-out-of-scope-fresh.tsv',
  'own-in-scope-fresh2.tsv',
  'own-out-of-scope-fresh2.tsv',
]) {
  // Probe sets (…-fresh…) are measured before and after, never while tuning.
  if (args.includes('--tune-only') && name.includes('-fresh')) continue;
  if (existsSync(join(fixtures, name))) sets.push([name, readRows(join(fixtures, name))]);
}

const results = sets.map(([name, rows]) => [name, measure(rows)] as const);
console.log(`${file}\n`);
console.log(`${'measure'.padEnd(34)}${results.map(([n]) => n.padStart(26)).join('')}   target`);
let failed = false;
for (const [name, value, target, up] of TARGETS) {
  const cells = results.map(([set, m]) => {
    // A set with no rows of this kind (only out-of-scope questions) has nothing to report.
    if ((name.startsWith('out of scope') ? m.none : m.inScope) === 0) return '—'.padStart(26);
    const v = value(m);
    const pass = up ? v >= target : v <= target;
    if (!pass && set !== 'tune half') failed = true;
    return `${pass ? ' ' : '✗'}${v.toFixed(1)}%`.padStart(26);
  });
  console.log(`${name.padEnd(34)}${cells.join('')}   ${up ? '≥' : '≤'} ${target}%`);
}
console.log(
  `${'rows (in scope / out of scope)'.padEnd(34)}${results.map(([, m]) => `${m.inScope} / ${m.none}`.padStart(26)).join('')}`,
);
const tune = results.find(([n]) => n === 'tune half')?.[1];
const check = results.find(([n]) => n === 'check half')?.[1];
if (tune && check) {
  const gap = Math.abs(pct(tune.rightDirect, tune.inScope) - pct(check.rightDirect, check.inScope));
  console.log(
    `\nhalves differ by ${gap.toFixed(1)} points on "answered directly and correctly" (≤ 3)`,
  );
}

if (verbose) {
  for (const [name, m] of results) {
    if (name.endsWith('half') && name !== `${showHalf} half`) continue;
    if (name === 'full dev set') continue;
    // Probe sets (…-fresh) are measured, never looked into: their misses would invite fitting.
    if (name.includes('-fresh')) continue;
    console.log(`\n${name}: misses`);
    for (const { row, result, kind } of m.misses) {
      const alts = result.alternatives.map((a) => `${a.topic} ${a.confidence}`).join(', ');
      console.log(
        `  [${kind}] ${row.question}\n      want ${row.topic}; got ${result.topic} ` +
          `${result.band} ${result.confidence} | ${alts}`,
      );
    }
  }
}
if (strict && failed) process.exit(1);
