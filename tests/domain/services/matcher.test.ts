import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/domain/services/knowledge-base.js';
import { createMatcher, type MatchResult } from '../../../src/domain/services/matcher.js';
import {
  MAX_QUESTION_CHARS,
  normalise,
  truncateQuestion,
} from '../../../src/domain/services/normalise.js';
import { loadSynonyms } from '../../../src/domain/services/synonyms.js';
import { FIXTURE_LOCALES, FIXTURE_TOPIC_IDS, SYNONYMS_FILE } from './helpers.js';

// The small fixture knowledge base keeps these tests independent of the real content, which
// other people edit; `real-kb.test.ts` checks the real one.
const kb = loadKnowledgeBase(FIXTURE_LOCALES, { requiredTopicIds: FIXTURE_TOPIC_IDS });
const matcher = createMatcher(kb, loadSynonyms(SYNONYMS_FILE));

function expectWellFormed(result: MatchResult): void {
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.alternatives.length).toBeLessThanOrEqual(2);
  expect(result.alternatives.map((a) => a.topic)).not.toContain(result.topic);
}

describe('a villager asks in colloquial Chinese', () => {
  it.each([
    ['俺娃刚生咋上户口', 'hukou.birth'],
    ['电瓶车咋上牌', 'ebike.registration'],
    ['驾照丢了', 'driver.lost'],
    ['俺身份证掉了咋整', 'idcard.lost'],
    ['三蹦子咋上牌', 'rural.motor-vehicles'],
    ['车子年审', 'vehicle.inspection'],
    ['俺被人骗了咋整', 'fraud.victim'],
    ['户口本丢了咋补', 'hukou.booklet'],
  ])('%s → %s, answered directly', (question, topic) => {
    const result = matcher.match(question);
    expectWellFormed(result);
    expect(result.topic).toBe(topic);
    expect(result.band).toBe('high');
  });

  it('reads traditional characters: 身份證過期', () => {
    expect(matcher.match('身份證過期').topic).toBe('idcard.renewal');
  });

  it('reads full-width letters mixed with Chinese', () => {
    expect(matcher.match('ＩＤ　ｃａｒｄ丢了怎么办！').topic).toBe('idcard.lost');
  });
});

describe('questions in English and Mongolian', () => {
  it('finds English questions through the English knowledge base', () => {
    const renew = matcher.match('How do I renew my driving licence?', 'en');
    expect(renew).toMatchObject({ topic: 'driver.renewal', band: 'high' });
    expect(renew.title).toBe('Renewing a driving licence');
    expect(matcher.match('I lost my ID card', 'en').topic).toBe('idcard.lost');
  });

  it('finds English keywords that only the synonyms know (no English topic for e-bikes)', () => {
    expect(matcher.match('e-bike plate').topic).toBe('ebike.registration');
  });

  it('finds a Mongolian question by its keywords and titles it in Mongolian', () => {
    const result = matcher.match('ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ ᠭᠡᠭᠡᠭᠰᠡᠨ', 'mn');
    expect(result.topic).toBe('idcard.lost');
    expect(result.title).toMatch(/^ᠪᠡᠶ/);
  });

  it('offers choices, not an answer, for a bare keyword that fits several topics', () => {
    const result = matcher.match('иргэний үнэмлэх');
    expect(result.topic).toMatch(/^idcard\./);
    expect(result.band).toBe('medium');
    expect(result.alternatives.every((a) => a.topic.startsWith('idcard.'))).toBe(true);
  });
});

describe('questions the police do not handle', () => {
  it.each([
    '明天天气怎么样',
    '今年玉米什么价',
    '社保卡丢了怎么补',
    '县医院挂号要排多久',
    '去民政局领结婚证要带什么',
    '养老保险能一次补交吗',
    "What's the weather tomorrow?",
  ])('%s → low', (question) => {
    const result = matcher.match(question);
    expectWellFormed(result);
    expect(result.band).toBe('low');
  });
});

describe('bad input never crashes and never answers confidently', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t '],
    ['emoji only', '😀😀🙏'],
    ['punctuation only', '？？？！！。。。'],
    ['one stray letter', 'x'],
    ['control characters', '\u0000\u0007\u200b'],
  ])('%s', (_name, question) => {
    const result = matcher.match(question);
    expect(result).toEqual({
      topic: null,
      title: '',
      confidence: 0,
      alternatives: [],
      band: 'low',
    });
  });

  it('handles a 5,000-character paste by reading only its head and tail', () => {
    const paste = `驾照丢了${'这是一段转发的通知内容，'.repeat(420)}`;
    expect(paste.length).toBeGreaterThan(5000);
    const result = matcher.match(paste);
    expectWellFormed(result);
    expect(result.band).not.toBe('high');
    // What bounds the work, whatever arrives: the matcher sees the same 300 characters as for
    // the shortened question, and a paste ten times longer changes nothing.
    const shortened = truncateQuestion(normalise(paste));
    expect([...shortened].length).toBeLessThanOrEqual(MAX_QUESTION_CHARS + 1);
    expect(matcher.match(shortened)).toEqual(result);
    expect(matcher.match(`驾照丢了${'这是一段转发的通知内容，'.repeat(4200)}`)).toEqual(result);
  });

  it('treats a non-string from a careless caller as empty', () => {
    expect(matcher.match(undefined as unknown as string).topic).toBeNull();
  });
});
