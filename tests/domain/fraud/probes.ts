/**
 * The project's own held-out probe set (`probes.tsv`): new messages written for this project,
 * modelled on 2024–2026 rural fraud cases and police warnings, in Chinese, English and a mix.
 * None comes from the evaluation set. Columns: label, type, asks (y/n: the message asks for
 * money, a code, a card or an ID number), text.
 */
import { readFileSync } from 'node:fs';
import type { LabelledMessage } from '../../../src/domain/fraud/evaluate.js';

const FILE = new URL('./probes.tsv', import.meta.url);

export function readProbes(): LabelledMessage[] {
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [label = '', type = '', asks = '', text = ''] = line.split('\t');
      if (label !== 'fraud' && label !== 'benign')
        throw new Error(`probes.tsv: bad label in ${line}`);
      return { label, type, asks: asks === 'y', text };
    });
}
