import { describe, expect, it } from 'vitest';
import { askedPart } from '../../../src/domain/services/asked-part.js';
import { CALIBRATION, confidenceOf } from '../../../src/domain/services/confidence.js';

describe('the matter a requirement question asks about', () => {
  it('is the part before "what to bring"', () => {
    expect(askedPart('结婚要带户口本吗？')).toBe('结婚');
    expect(askedPart('補辦駕照需要什麼材料')).toBe('补办驾照');
  });

  it('is the whole question when there is no requirement phrase, or nothing before it', () => {
    expect(askedPart('身份证丢了怎么办')).toBeUndefined();
    expect(askedPart('要带什么')).toBeUndefined();
    expect(askedPart('')).toBeUndefined();
  });
});

describe('a question that does not name its topic', () => {
  const clear = {
    coverage: 1,
    evidence: 6,
    total: 6,
    top: 10,
    second: 1,
    cues: 0,
    anchor: 3,
    named: 3,
  };

  it('is answered directly when a word of the topic title or keywords is in it', () => {
    expect(confidenceOf(clear)).toBeGreaterThanOrEqual(CALIBRATION.high);
  });

  it('is only a guess when its words are found only in the topic examples', () => {
    expect(confidenceOf({ ...clear, anchor: 0, named: 0 })).toBeLessThan(CALIBRATION.medium);
  });
});
