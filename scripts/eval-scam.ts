/**
 * Evaluates the scam check: `npm run eval:scam`.
 *
 * The development set (`../shared/eval/scam-texts.dev.tsv`, beside the project) is research-only,
 * so it is read at run time and never copied into the project. It is split in two halves by a
 * hash of each text (`halfOf`): rules are written while looking at failures on the **tune** half
 * only, and the **check** half tells whether they generalise. A rule that helps only the tune
 * half is fitted to its rows and should be dropped. The project's own probe set
 * (`tests/domain/fraud/probes.tsv`, new messages written for this project) is reported too.
 *
 * `--show` prints misses and false alarms of the tune half only; `--strict` exits non-zero when a
 * target fails on the check half or the probe set, or the halves differ by more than 3 points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  asksForMoneyOrData,
  halfOf,
  type LabelledMessage,
  type Measures,
  measure,
  missedTargets,
  TARGETS,
} from '../src/domain/fraud/evaluate.js';
import { analyseMessage } from '../src/domain/fraud/index.js';
import { readProbes } from '../tests/domain/fraud/probes.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, '..', 'shared', 'eval', 'scam-texts.dev.tsv');
const args = process.argv.slice(2);

function readDev(): LabelledMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 3 && (cols[1] === 'fraud' || cols[1] === 'benign'))
    .map(([text = '', label, type = '']) => ({ text, label: label as 'fraud' | 'benign', type }));
}

const analyse = (text: string) => analyseMessage(text);
const f = (v: number) => `${v.toFixed(1).padStart(5)}%`;

const sets: Array<[string, LabelledMessage[]]> = [];
const dev = existsSync(file) ? readDev() : [];
if (dev.length === 0) console.log(`(${file} is not there; only the probe set is measured)\n`);
else {
  sets.push(['tune half', dev.filter((r) => halfOf(r.text) === 'tune')]);
  sets.push(['check half', dev.filter((r) => halfOf(r.text) === 'check')]);
  sets.push(['full dev set', dev]);
}
sets.push(['own probe set', readProbes()]);
sets.push(['held-out probes', readProbes('probes-holdout')]);
sets.push(['fresh probes', readProbes('probes-fresh')]);
sets.push(['fresh2 probes', readProbes('probes-fresh2')]);

const results = new Map<string, Measures>();
console.log(
  `${'set'.padEnd(14)} ${'rows'.padStart(5)}  recall  asks→high  benign high  benign flagged  type acc.`,
);
for (const [name, rows] of sets) {
  const m = measure(rows, analyse);
  results.set(name, m);
  console.log(
    `${name.padEnd(14)} ${String(m.rows).padStart(5)}  ${f(m.recall)}  ${f(m.asksHigh)}     ${f(m.benignHigh)}       ${f(m.benignFlagged)}        ${f(m.typeAccuracy)}`,
  );
}
console.log(
  `${'target'.padEnd(20)}  ≥${TARGETS.recall.min}%     ≥${TARGETS.asksHigh.min}%       ≤${TARGETS.benignHigh.max}%          ≤${TARGETS.benignFlagged.max}%          ≥${TARGETS.typeAccuracy.min}%`,
);
console.log(
  '\nrecall = fraud rated high or suspicious; asks→high = fraud asking for money, a code, a card or an ID rated high.',
);

let failed = 0;
for (const name of [
  'check half',
  'own probe set',
  'held-out probes',
  'fresh probes',
  'fresh2 probes',
]) {
  const m = results.get(name);
  if (!m) continue;
  const missed = missedTargets(m);
  if (missed.length) failed++;
  console.log(
    `${missed.length ? 'FAIL' : 'PASS'}  ${name}${missed.length ? `: ${missed.join(', ')}` : ''}`,
  );
}
const tune = results.get('tune half');
const check = results.get('check half');
if (tune && check) {
  const keys = ['recall', 'asksHigh', 'benignHigh', 'benignFlagged', 'typeAccuracy'] as const;
  const gaps = keys.map((k) => [k, Math.abs(tune[k] - check[k])] as const);
  const wide = gaps.filter(([, g]) => g > 3);
  if (wide.length) failed++;
  console.log(
    `${wide.length ? 'FAIL' : 'PASS'}  halves within 3 points (${gaps.map(([k, g]) => `${k} ${g.toFixed(1)}`).join(', ')})`,
  );
}

if (args.includes('--show')) {
  const rows = sets.find(([n]) => n === 'tune half')?.[1] ?? [];
  for (const row of rows) {
    const a = analyseMessage(row.text);
    const bad =
      row.label === 'fraud'
        ? a.risk === 'none' ||
          (row.type && a.type !== row.type) ||
          (a.risk !== 'high' && asksForMoneyOrData(row.text))
        : a.risk !== 'none';
    if (!bad) continue;
    const why = `${a.risk} ${a.type ?? '-'} ${a.score} [${a.signals.map((s) => s.id).join(' ')}]`;
    console.log(`\n${row.label} ${row.type || '?'} → ${why}\n    ${row.text.slice(0, 200)}`);
  }
}
if (args.includes('--strict') && failed > 0) process.exit(1);
