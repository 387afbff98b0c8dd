/**
 * Evaluates the scam check on the shared development set: `npm run eval:scam`.
 *
 * The set (`../shared/eval/scam-texts.dev.tsv`, beside the project) is research-only, so it is
 * read at run time and never copied into the project. It is also only half of the measurement:
 * a hidden set of different messages (rural scams included) is used too, so a rule that only
 * fits these rows is a defect. Use `--show` to print misses and false alarms for study, and
 * `--strict` to exit non-zero when a target fails (for CI where the set exists).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseMessage } from '../src/domain/fraud/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, '..', 'shared', 'eval', 'scam-texts.dev.tsv');
const args = process.argv.slice(2);

if (!existsSync(file)) {
  console.log(`Skipping the scam evaluation: ${file} is not there (it is not part of the repo).`);
  process.exit(0);
}

interface Row {
  text: string;
  label: 'fraud' | 'benign';
  type: string;
}

const rows: Row[] = readFileSync(file, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter((cols) => cols.length >= 3 && (cols[1] === 'fraud' || cols[1] === 'benign'))
  .map(([text = '', label, type = '']) => ({ text, label: label as Row['label'], type }));

const pct = (n: number, d: number) => (d === 0 ? 0 : (100 * n) / d);
const fraud = rows.filter((r) => r.label === 'fraud');
const benign = rows.filter((r) => r.label === 'benign');
let caught = 0;
let benignHigh = 0;
let benignFlagged = 0;
let typed = 0;
let typedRight = 0;
const confusion = new Map<
  string,
  { n: number; caught: number; right: number; wrong: Map<string, number> }
>();
const misses: string[] = [];
const alarms: string[] = [];

for (const row of rows) {
  const a = analyseMessage(row.text);
  const why = `${a.risk} ${a.type ?? '-'} ${a.score} [${a.signals.map((s) => s.id).join(' ')}]`;
  if (row.label === 'benign') {
    if (a.risk === 'high') benignHigh++;
    if (a.risk !== 'none') {
      benignFlagged++;
      alarms.push(`${why}\n    ${row.text.slice(0, 160)}`);
    }
    continue;
  }
  if (a.risk !== 'none') caught++;
  else misses.push(`${row.type || '?'} ${why}\n    ${row.text.slice(0, 160)}`);
  const key = row.type || '(untyped)';
  const c = confusion.get(key) ?? { n: 0, caught: 0, right: 0, wrong: new Map() };
  c.n++;
  if (a.risk !== 'none') c.caught++;
  if (row.type) {
    typed++;
    if (a.type === row.type) {
      typedRight++;
      c.right++;
    } else c.wrong.set(a.type ?? 'null', (c.wrong.get(a.type ?? 'null') ?? 0) + 1);
  }
  confusion.set(key, c);
}

const targets = [
  {
    name: 'recall on fraud (high or suspicious)',
    value: pct(caught, fraud.length),
    ok: (v: number) => v >= 90,
    goal: '≥ 90%',
  },
  {
    name: 'benign rated high',
    value: pct(benignHigh, benign.length),
    ok: (v: number) => v <= 3,
    goal: '≤ 3%',
  },
  {
    name: 'benign rated high or suspicious',
    value: pct(benignFlagged, benign.length),
    ok: (v: number) => v <= 10,
    goal: '≤ 10%',
  },
  {
    name: 'type accuracy (typed fraud rows)',
    value: pct(typedRight, typed),
    ok: (v: number) => v >= 80,
    goal: '≥ 80%',
  },
];

console.log(`Scam check on ${rows.length} rows (${fraud.length} fraud, ${benign.length} benign)\n`);
let failed = 0;
for (const t of targets) {
  const ok = t.ok(t.value);
  if (!ok) failed++;
  console.log(
    `${ok ? 'PASS' : 'FAIL'}  ${t.name.padEnd(36)} ${t.value.toFixed(1).padStart(5)}%  (target ${t.goal})`,
  );
}

console.log('\nPer type: rows, detected, right type, most common wrong types');
for (const [type, c] of [...confusion].sort((a, b) => b[1].n - a[1].n)) {
  const wrong = [...c.wrong]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t, n]) => `${t}×${n}`);
  const right = type === '(untyped)' ? '   -' : `${pct(c.right, c.n).toFixed(0).padStart(3)}%`;
  console.log(
    `  ${type.padEnd(26)} ${String(c.n).padStart(4)}  ${pct(c.caught, c.n).toFixed(0).padStart(3)}%  ${right}  ${wrong.join(' ')}`,
  );
}

if (args.includes('--show')) {
  console.log(`\nMissed fraud (${misses.length}):\n${misses.join('\n')}`);
  console.log(`\nFlagged benign (${alarms.length}):\n${alarms.join('\n')}`);
}
if (args.includes('--strict') && failed > 0) process.exit(1);
