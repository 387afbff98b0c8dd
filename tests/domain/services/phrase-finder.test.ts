/**
 * PhraseFinder walks a character tree instead of running one regex of thousands of alternatives.
 * These tests hold it to the regex it replaced, kept here as the reference: same `find` and same
 * `replace` on real questions, the real phrase lists, and seeded random text built from them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/domain/services/knowledge-base.js';
import { normalise, truncateQuestion } from '../../../src/domain/services/normalise.js';
import {
  loadSynonyms,
  normalisePhrase,
  PhraseFinder,
  phraseKey,
} from '../../../src/domain/services/synonyms.js';
import { PROJECT_LOCALES, SYNONYMS_FILE } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const DEV_SET = join(here, '..', '..', '..', '..', 'shared', 'eval', 'service-questions.dev.tsv');

/** The regex implementation PhraseFinder had before the tree, verbatim. */
class RegexPhraseFinder {
  private readonly pattern: RegExp | undefined;
  private readonly keys: string[];

  constructor(phrases: Iterable<string>, wholeWord = false) {
    const unique = [...new Set(phrases)].filter((p) => p.length > 0);
    unique.sort((a, b) => phraseKey(b).length - phraseKey(a).length);
    this.keys = unique.map(phraseKey);
    const parts = unique.map((p) => {
      const body = p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');
      const start = /^[^\p{Script=Han}]/u.test(p) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
      if (!/[^\p{Script=Han}]$/u.test(p)) return `${start}${body}`;
      return `${start}${body}${wholeWord ? '(?![\\p{L}\\p{M}\\p{N}])' : '[\\p{L}\\p{M}\\p{N}]*'}`;
    });
    this.pattern = parts.length > 0 ? new RegExp(parts.join('|'), 'gu') : undefined;
  }

  find(text: string): Array<{ key: string; text: string }> {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((m) => ({ key: this.keyOf(m[0]), text: m[0] }));
  }

  replace(text: string, by: (key: string) => string): string {
    return this.pattern ? text.replace(this.pattern, (m) => by(this.keyOf(m))) : text;
  }

  private keyOf(found: string): string {
    const plain = phraseKey(found);
    return this.keys.find((k) => plain.startsWith(k)) ?? plain;
  }
}

interface Pair {
  name: string;
  phrases: string[];
  wholeWord: boolean;
  fast: PhraseFinder;
  reference: RegexPhraseFinder;
}

function pair(name: string, phrases: string[], wholeWord: boolean): Pair {
  return {
    name,
    phrases,
    wholeWord,
    fast: new PhraseFinder(phrases, wholeWord),
    reference: new RegexPhraseFinder(phrases, wholeWord),
  };
}

/** Compares both finders on every text; returns the first difference, or undefined. */
function firstDifference(p: Pair, texts: Iterable<string>): string | undefined {
  const by = (key: string) => `<${key}>`;
  for (const text of texts) {
    const want = p.reference.find(text);
    const got = p.fast.find(text);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      return `${p.name} find(${JSON.stringify(text)}): ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`;
    }
    const wantText = p.reference.replace(text, by);
    const gotText = p.fast.replace(text, by);
    if (gotText !== wantText) {
      return `${p.name} replace(${JSON.stringify(text)}): ${JSON.stringify(gotText)} ≠ ${JSON.stringify(wantText)}`;
    }
  }
  return undefined;
}

/** The phrase lists the matcher's Lexicon builds from the real synonyms file, built the same way. */
function realPairs(): Pair[] {
  const synonyms = loadSynonyms(SYNONYMS_FILE);
  const rewriteTo = new Map(
    Object.entries(synonyms.rewrite).map(([from, to]) => [
      phraseKey(normalisePhrase(from)),
      normalisePhrase(to),
    ]),
  );
  const rewriter = new RegexPhraseFinder(Object.keys(synonyms.rewrite).map(normalisePhrase), true);
  const rewrite = (text: string) => rewriter.replace(text, (key) => rewriteTo.get(key) ?? key);
  const std = (phrases: string[]) => phrases.map((p) => rewrite(normalisePhrase(p)));
  return [
    pair('rewrite', Object.keys(synonyms.rewrite).map(normalisePhrase), true),
    pair('ignore', std(synonyms.ignore), false),
    pair('expand', std(Object.keys(synonyms.expand)), false),
    pair('out_of_scope', std(synonyms.out_of_scope), false),
    pair('context', std(synonyms.context), false),
    pair('against', std(Object.keys(synonyms.against)), false),
    pair('small_talk', std(synonyms.small_talk), false),
  ];
}

/** A few hand-made lists, one rule each, plus phrases with odd whitespace (the regex fallback). */
const HAND_MADE = [
  ['id card', 'idcard', 'id', 'card', 'card id', '身份证', '身份', '证'],
  ['abc', 'a bc', 'ab c', 'a b c', 'ab', 'bc', 'b', 'c d', 'cd'],
  ['驾照', '驾照 a', 'a 驾照', 'a驾照', '驾 照', '照a', '驾x'],
  ['pass', 'passport', 'port', 'sport', 'pass port', 'x'],
  ['😀', '😀a', 'a😀', '😀 😀', 'é', 'é', 'ᠭᠡᠭᠡᠭ', 'үнэмлэх', 'иргэний үнэмлэх', '1', '12'],
  ['.', 'a.b', '(x)', '[y]', '$', 'a*', '\\', '?', '{2}', '^', '|'],
  ['abcd', 'bcde', 'cdef', 'ab cd', 'abc', 'bcd', '', '', 'de f'],
  ['ab', 'aa', 'aaa', 'a a', 'ba', '证件', '件证', '证 件'],
];
const ODD = [' lead', 'trail ', 'a  b', 'tab\tx', '\u3000x', 'ab', 'a b', 'x\u00a0y', 'b'];

function handPairs(): Pair[] {
  const pairs: Pair[] = [];
  for (const [i, list] of [...HAND_MADE, ODD].entries()) {
    pairs.push(pair(`hand ${i}`, list, false), pair(`hand ${i} whole`, list, true));
  }
  return pairs;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EXTRA_PIECES = [
  ' ',
  ' ',
  '  ',
  '\t',
  '\u3000',
  '\u00a0',
  'a',
  'b',
  'c',
  'x',
  's',
  'é',
  '\u0301',
  '1',
  '2',
  '0',
  '的',
  '了',
  '吗',
  '证',
  '我',
  '😀',
  '\ud83d',
  '\ude00',
  'ᠭ',
  'ү',
  '.',
  '，',
  '-',
];

/** Random strings made of pieces of the phrases (whole, cut, or one character) and other pieces. */
function randomTexts(phrases: string[], count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const usable = phrases.filter((p) => p.length > 0);
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    const pieces = 1 + Math.floor(random() * 8);
    for (let j = 0; j < pieces; j++) {
      const kind = random();
      if (kind < 0.45 && usable.length > 0) {
        const p = pick(usable);
        text += kind < 0.15 ? p.replace(/ /g, pick(['', ' ', '  ', '\t'])) : p;
      } else if (kind < 0.6 && usable.length > 0) {
        const chars = [...pick(usable)];
        const from = Math.floor(random() * chars.length);
        text += chars.slice(from, from + 1 + Math.floor(random() * 4)).join('');
      } else {
        text += pick(EXTRA_PIECES);
      }
    }
    texts.push(text);
  }
  return texts;
}

function tsvQuestions(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((q) => q.length > 0);
}

describe('PhraseFinder gives what the regex gave', () => {
  const real = realPairs();

  it('builds its real lists from plain phrases (single spaces only), so none falls back', () => {
    for (const p of real) {
      for (const phrase of p.phrases) expect(phrase).not.toMatch(/^ | $| {2}|[^\S ]/);
    }
  });

  it('on the phrases themselves, every list against every other', () => {
    const all = real.flatMap((p) => p.phrases);
    for (const p of real) expect(firstDifference(p, all)).toBeUndefined();
  });

  it('on real questions: the fixtures, the dev set when present, and the knowledge base', () => {
    const files = readdirSync(join(here, 'fixtures'))
      .filter((f) => f.endsWith('.tsv'))
      .map((f) => join(here, 'fixtures', f));
    if (existsSync(DEV_SET)) files.push(DEV_SET);
    const raw = files.flatMap(tsvQuestions);
    for (const topic of loadKnowledgeBase(PROJECT_LOCALES).topics()) {
      raw.push(topic.title, topic.summary, ...topic.questions, ...topic.keywords);
    }
    // Each finder sees text at several stages: raw, normalised, rewritten, with ignored words gone.
    const rewrite = real[0] as Pair;
    const ignore = real[1] as Pair;
    const texts = raw.flatMap((q) => {
      const normalised = truncateQuestion(normalise(q));
      const rewritten = rewrite.reference.replace(normalised, (key) => key);
      return [q, normalised, rewritten, ignore.reference.replace(rewritten, () => ' ')];
    });
    expect(texts.length).toBeGreaterThan(1000);
    for (const p of real) expect(firstDifference(p, texts)).toBeUndefined();
  });

  it('on seeded random text built from the real phrases', () => {
    for (const [i, p] of real.entries()) {
      expect(firstDifference(p, randomTexts(p.phrases, 3000, 1000 + i))).toBeUndefined();
    }
  });

  it('on hand-made lists covering each rule, both with and without wholeWord', () => {
    for (const [i, p] of handPairs().entries()) {
      const texts = [
        ...p.phrases,
        ...randomTexts(p.phrases, 3000, 77 + i),
        'valid card',
        'idcards',
        'my id card',
        'a  b c',
        'passports',
        '😀😀a',
      ];
      expect(firstDifference(p, texts)).toBeUndefined();
    }
  });

  it('finds nothing with no phrases', () => {
    const finder = new PhraseFinder(['', '']);
    expect(finder.find('abc')).toEqual([]);
    expect(finder.replace('abc', () => 'x')).toBe('abc');
  });
});
