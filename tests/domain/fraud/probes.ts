/**
 * The project's own held-out probe set (`probes.tsv`): new messages written for this project,
 * modelled on 2024–2026 rural fraud cases and police warnings, in Chinese, English and a mix.
 * None comes from the evaluation set. Columns: label, type, asks (y/n: the message asks for
 * money, a code, a card or an ID number), text.
 *
 * `probes-holdout.tsv` was written after the rules, as new messages, and measured once before
 * anything was changed for it; that first figure is the honest one (see the README).
 *
 * `probes-fresh.tsv` is a third set of new messages, written for the second round of issue 11
 * before that round changed any rule, and never used for tuning: its first figure is recorded in
 * the README beside the later one.
 *
 * `probes-fresh2.tsv` (78 fraud, 40 benign) was written the same way for the third round, before
 * any rule of that round, and measured once before it; never tuned on.
 */
import { readFileSync } from 'node:fs';
import type { LabelledMessage } from '../../../src/domain/fraud/evaluate.js';

/**
 * `probes.tsv` was written first and looked at while writing rules; `probes-holdout.tsv` later;
 * `probes-fresh.tsv` and `probes-fresh2.tsv` last, kept out of tuning.
 */
export type ProbeSet = 'probes' | 'probes-holdout' | 'probes-fresh' | 'probes-fresh2';

export function readProbes(set: ProbeSet = 'probes'): LabelledMessage[] {
  return readFileSync(new URL(`./${set}.tsv`, import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [label = '', type = '', asks = '', text = ''] = line.split('\t');
      if (label !== 'fraud' && label !== 'benign')
        throw new Error(`${set}.tsv: bad label in ${line}`);
      return { label, type, asks: asks === 'y', text };
    });
}
