/**
 * No catastrophic backtracking: every rule, and the whole check, runs in time proportional to the
 * text, even on 100,000 characters crafted from the rules' own words.
 *
 * The test compares a text with one five times shorter, built the same way, instead of holding an
 * absolute time: linear work grows ×5, catastrophic backtracking ×25 or far more, and a busy
 * machine slows both runs alike. The absolute figures (target < 50 ms) are measured by
 * `npm run bench -- adversarial`. CPU time, best of three, so a GC pause does not count.
 */
import { describe, expect, it } from 'vitest';
import { analyseMessage, loadRuleBase } from '../../../src/domain/fraud/index.js';
import { bestCpuMs } from '../../helpers/cpu-time.js';

const LENGTH = 100_000;
const fillTo = (length: number) => (unit: string) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const fill = fillTo(LENGTH);
const shorter = (text: string) => text.slice(0, LENGTH / 5);
/** Below this a run is too short to time; anything under 12 × it passes. */
const FLOOR_MS = 1;
const MAX_GROWTH = 12;

const GENERIC = [
  'a',
  '验证',
  '安全',
  '安 全 ',
  '验证码发给',
  '不要',
  '我是你的',
  '1',
  '1 ',
  '.',
  'w.',
  '转到安全',
  '先交保证',
  '，',
].map(fill);

/** CPU time, not wall time: a busy machine's wait for a core is not the regex's cost. */
const bestOf3 = (run: () => void): number => bestCpuMs(3, run);

/** How much longer the full text takes than its first fifth (5 when the work is linear). */
function growth(run: (text: string) => void, text: string): number {
  const short = bestOf3(() => run(shorter(text)));
  const full = bestOf3(() => run(text));
  return full / Math.max(short, FLOOR_MS);
}

/** Near-misses built from a rule's own words: each literal run cut short and repeated. */
function nearMisses(source: string): string[] {
  const words = source.match(/[\u4e00-\u9fff]{2,}/g) ?? [];
  const parts = words.slice(0, 12).map((w) => w.slice(0, Math.max(1, w.length - 1)));
  if (parts.length === 0) return [];
  return [fill(parts.join('')), fill(parts.join(' ')), fill(`${parts.join('')}，`)];
}

describe('linear time', () => {
  const rules = loadRuleBase();

  it('runs every rule in time linear in the text on 100,000 adversarial characters', () => {
    for (const signal of rules.signals) {
      for (const re of signal.regexes) {
        const scan = (text: string) => {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] === '') re.lastIndex++;
        };
        for (const text of [...GENERIC, ...nearMisses(re.source)]) {
          expect(
            growth(scan, text),
            `${signal.id} on ${JSON.stringify(text.slice(0, 12))}`,
          ).toBeLessThan(MAX_GROWTH);
        }
      }
    }
  });

  it('checks a 100,000-character adversarial message in time linear in its length', () => {
    analyseMessage('预热');
    for (const text of [...GENERIC, fill('验证码安全账户转到我是你的'), fill('安 全 账 户 ')]) {
      const verdict = analyseMessage(text);
      expect(verdict.risk, 'a verdict is still given').toBeTruthy();
      expect(growth(analyseMessage, text), JSON.stringify(text.slice(0, 12))).toBeLessThan(
        MAX_GROWTH,
      );
    }
  });
});
