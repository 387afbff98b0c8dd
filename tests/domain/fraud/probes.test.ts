/**
 * The project's own probe set (`probes.tsv`): new messages modelled on 2024–2026 rural cases and
 * police warnings, in Chinese, English and a mix. The targets must hold on it.
 */
import { describe, expect, it } from 'vitest';
import { measure, missedTargets } from '../../../src/domain/fraud/evaluate.js';
import { analyseMessage, checkMessage } from '../../../src/domain/fraud/index.js';
import { readProbes } from './probes.js';

const probes = readProbes();

describe('the own probe set', () => {
  it('has fraud and benign messages in Chinese and English', () => {
    expect(probes.filter((p) => p.label === 'fraud').length).toBeGreaterThanOrEqual(50);
    expect(probes.filter((p) => p.label === 'benign').length).toBeGreaterThanOrEqual(40);
    expect(probes.filter((p) => /^[\x20-\x7e]+$/.test(p.text)).length).toBeGreaterThanOrEqual(20);
  });

  it('meets every target of issue 11', () => {
    const m = measure(probes, (text) => analyseMessage(text));
    expect(missedTargets(m), JSON.stringify(m)).toEqual([]);
  });

  it('rates fraud that asks for money, a code, a card or an ID while impersonating someone high', () => {
    const missed = probes
      .filter((p) => p.label === 'fraud' && p.asks)
      .filter((p) => checkMessage(p.text).risk !== 'high')
      .map((p) => p.text);
    // At least 75 % must be high (target); list the rest for whoever tunes next.
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(
      Math.floor(probes.filter((p) => p.label === 'fraud' && p.asks).length * 0.25),
    );
  });

  it('never rates a genuine police warning high, nor flags one that asks for nothing', () => {
    const warnings = probes.filter(
      (p) => p.label === 'benign' && /提醒|提示|宣传|warning|reminder|警方|注意/i.test(p.text),
    );
    expect(warnings.length).toBeGreaterThanOrEqual(6);
    for (const w of warnings) expect(checkMessage(w.text).risk, w.text).toBe('none');
  });
});
