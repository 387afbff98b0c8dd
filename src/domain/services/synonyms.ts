import { z } from 'zod';
import { readYamlFile } from '../../content/yaml-file.js';
import { KnowledgeBaseError } from './knowledge-base-error.js';
import { normalise } from './normalise.js';

const phrase = z.string().trim().min(1);

export const synonymsSchema = z.object({
  rewrite: z.record(phrase, phrase).default({}),
  expand: z.record(phrase, z.array(phrase).min(1)).default({}),
  ignore: z.array(phrase).default([]),
  out_of_scope: z.array(phrase).default([]),
  /**
   * Words that say *who* or *when*, not *what*: 俺娘, 老头子, 孙子, 十岁, 半年. They help a topic
   * that mentions them (孩子 for a newborn) but never count against one, so "俺娘身份证丢了" is as
   * clear as "身份证丢了".
   */
  context: z.array(phrase).default([]),
  /**
   * Direction words: a phrase → topic ids a question containing it is *not* about (迁出 rules out
   * moving a hukou in, even when the question names the destination).
   */
  against: z.record(phrase, z.array(phrase).min(1)).default({}),
  /** Greetings and chit-chat: a question made only of these gets a friendly reply, no topic. */
  small_talk: z.array(phrase).default([]),
  /**
   * Evidence of a police counter service, per topic id: the thing that topic is about (身份证,
   * 户口, 号牌, 电动车…) or its matter (被骗, 报警). A question is answered directly only when its
   * best topic's evidence is in it; `过户+车` needs both parts. A topic without an entry needs none.
   */
  evidence: z.record(phrase, z.array(phrase).min(1)).default({}),
});

/** The synonyms file as written; pass it to `createMatcher`. */
export type Synonyms = z.infer<typeof synonymsSchema>;

/** Reads and validates a synonyms file, naming the file and the field on error. */
export function loadSynonyms(file: string): Synonyms {
  let raw: unknown;
  try {
    raw = readYamlFile(file);
  } catch (err) {
    throw new KnowledgeBaseError(
      file,
      `cannot be read: ${err instanceof Error ? err.message : err}`,
    );
  }
  const result = synonymsSchema.safeParse(raw ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new KnowledgeBaseError(file, `${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data;
}

/**
 * Finds any of a set of phrases in normalised text, longest first. Chinese phrases match inside
 * words (Chinese has no word boundaries to respect). Phrases in other scripts must start at a word
 * boundary, so "id card" is not found in "valid card", and by default take in the rest of the word
 * they start, so a Mongolian or Cyrillic stem ("ᠭᠡᠭᠡᠭ") covers its inflected forms and an English
 * key its plural. With `wholeWord` they must instead end at a word boundary, which rewriting needs
 * so as not to change half a word. A space in a phrase also matches no space ("idcard").
 *
 * The rules are those of one regular expression, `phrase1|phrase2|…` over the phrases longest key
 * first, each space written `\s*`: at the leftmost place where any phrase matches, the first phrase
 * in that order that matches there wins, and the search goes on after it. A regex of thousands of
 * alternatives is slow to compile and to run, so the phrases are kept in a character tree instead
 * and every phrase that matches at a place is found in one walk. A list in which any phrase has
 * other whitespace than single spaces between words, or a lone surrogate (never the case once
 * normalised), keeps the regex, whose backtracking the tree does not reproduce.
 */
export class PhraseFinder {
  private readonly root: TrieNode = newNode();
  private readonly states: TrieNode[] = [];
  private readonly nextStates: TrieNode[] = [];
  private readonly empty: boolean;
  private readonly fallback: RegExp | undefined;
  /** Per phrase, in sorted order: needs a word boundary before it / ends in a non-Han character. */
  private readonly startsWord: boolean[] = [];
  private readonly endsWord: boolean[] = [];
  /** Distinct keys, and their lengths longest first, to tell which phrase a match belongs to. */
  private readonly keySet: Set<string>;
  private readonly keyLengths: number[];

  constructor(
    phrases: Iterable<string>,
    private readonly wholeWord = false,
  ) {
    const unique = [...new Set(phrases)].filter((p) => p.length > 0);
    unique.sort((a, b) => phraseKey(b).length - phraseKey(a).length);
    const keys = unique.map(phraseKey);
    this.keySet = new Set(keys);
    this.keyLengths = [...new Set(keys.map((k) => k.length))].sort((a, b) => b - a);
    this.empty = unique.length === 0;
    if (!unique.every(isPlainPhrase)) {
      this.fallback = legacyPattern(unique, wholeWord);
      return;
    }
    unique.forEach((p, index) => {
      this.startsWord.push(/^[^\p{Script=Han}]/u.test(p));
      this.endsWord.push(/[^\p{Script=Han}]$/u.test(p));
      let node = this.root;
      for (const ch of p) {
        if (ch === ' ') {
          node.space ??= { ...newNode(), isSpace: true };
          node = node.space;
          continue;
        }
        const cp = ch.codePointAt(0) as number;
        let child = node.next.get(cp);
        if (!child) {
          child = newNode();
          node.next.set(cp, child);
        }
        node = child;
      }
      node.phrase = index;
    });
  }

  /** Every non-overlapping phrase found, in order: its {@link phraseKey} and the text found. */
  find(text: string): Array<{ key: string; text: string }> {
    if (this.empty) return [];
    if (this.fallback) {
      return [...text.matchAll(this.fallback)].map((m) => ({ key: this.keyOf(m[0]), text: m[0] }));
    }
    const found: Array<{ key: string; text: string }> = [];
    this.scan(text, (start, end) => {
      const match = text.slice(start, end);
      found.push({ key: this.keyOf(match), text: match });
    });
    return found;
  }

  /** Replaces each phrase found; `by` receives its {@link phraseKey}. */
  replace(text: string, by: (key: string) => string): string {
    if (this.empty) return text;
    if (this.fallback) return text.replace(this.fallback, (m) => by(this.keyOf(m)));
    let out = '';
    let last = 0;
    this.scan(text, (start, end) => {
      out += text.slice(last, start) + by(this.keyOf(text.slice(start, end)));
      last = end;
    });
    return last === 0 ? text : out + text.slice(last);
  }

  /** Calls `onMatch` with each match's start and end, left to right, as the regex would find them. */
  private scan(text: string, onMatch: (start: number, end: number) => void): void {
    let pos = 0;
    while (pos < text.length) {
      const end = this.matchAt(text, pos);
      if (end > pos) {
        onMatch(pos, end);
        pos = end;
      } else {
        pos += (text.codePointAt(pos) as number) > 0xffff ? 2 : 1;
      }
    }
  }

  /** The end of the match starting at `start` (the first phrase in order that matches), or -1. */
  private matchAt(text: string, start: number): number {
    const first = text.codePointAt(start) as number;
    if (!this.root.next.has(first)) return -1; // no phrase starts with a space
    let best = Number.POSITIVE_INFINITY;
    let bestEnd = -1;
    let wordBefore: boolean | undefined;
    // The nodes reached so far, in two buffers used in turn (matchAt never runs inside itself).
    let states = this.states;
    let next = this.nextStates;
    states[0] = this.root;
    let count = 1;
    let pos = start;
    while (count > 0 && pos < text.length) {
      const cp = text.codePointAt(pos) as number;
      pos += cp > 0xffff ? 2 : 1;
      const space = isSpace(cp);
      let reached = 0;
      for (let i = 0; i < count; i++) {
        const node = states[i] as TrieNode;
        if (node.isSpace) {
          if (space) next[reached++] = node;
          else {
            const child = node.next.get(cp);
            if (child) next[reached++] = child;
          }
          continue;
        }
        const child = node.next.get(cp);
        if (child) next[reached++] = child;
        if (node.space) {
          if (space) next[reached++] = node.space;
          else {
            const after = node.space.next.get(cp);
            if (after) next[reached++] = after;
          }
        }
      }
      for (let i = 0; i < reached; i++) {
        const index = (next[i] as TrieNode).phrase;
        if (index < 0 || index >= best) continue;
        if (this.startsWord[index]) {
          wordBefore ??= start > 0 && isWord(codePointBefore(text, start));
          if (wordBefore) continue;
        }
        let end = pos;
        if (this.endsWord[index]) {
          if (this.wholeWord) {
            if (end < text.length && isWord(text.codePointAt(end) as number)) continue;
          } else {
            while (end < text.length) {
              const after = text.codePointAt(end) as number;
              if (!isWord(after)) break;
              end += after > 0xffff ? 2 : 1;
            }
          }
        }
        best = index;
        bestEnd = end;
      }
      const swap = states;
      states = next;
      next = swap;
      count = reached;
    }
    return bestEnd;
  }

  /** The longest key the found text starts with (keys are sorted longest first), else its own key. */
  private keyOf(found: string): string {
    const plain = phraseKey(found);
    for (const length of this.keyLengths) {
      if (length > plain.length) continue;
      const prefix = plain.slice(0, length);
      if (this.keySet.has(prefix)) return prefix;
    }
    return plain;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The node reached through a space in a phrase, which matches any run of whitespace or none. */
  space: TrieNode | undefined;
  isSpace: boolean;
  /** The index (in sorted order) of the phrase ending here, or -1. */
  phrase: number;
}

function newNode(): TrieNode {
  return { next: new Map(), space: undefined, isSpace: false, phrase: -1 };
}

/**
 * Whether the tree matches a phrase exactly as its regex would: whitespace only as single spaces
 * between other characters (so a `\s*` is always followed by a character it cannot take, and
 * taking all the whitespace is the only way to match), and no lone surrogate.
 */
function isPlainPhrase(phrase: string): boolean {
  return (
    !/^ | $| {2}|[^\S ]/.test(phrase) &&
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(phrase)
  );
}

function legacyPattern(sorted: string[], wholeWord: boolean): RegExp {
  const parts = sorted.map((p) => {
    const body = escapeRegExp(p).replace(/ /g, '\\s*');
    const start = /^[^\p{Script=Han}]/u.test(p) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
    if (!/[^\p{Script=Han}]$/u.test(p)) return `${start}${body}`;
    return `${start}${body}${wholeWord ? '(?![\\p{L}\\p{M}\\p{N}])' : '[\\p{L}\\p{M}\\p{N}]*'}`;
  });
  return new RegExp(parts.join('|'), 'gu');
}

const SPACE = /\s/;
const WORD = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP code point: 0 not yet known, then bit 1 set, bit 2 whitespace, bit 4 letter/mark/digit. */
const CLASSES = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp > 0xffff) return 1 | (WORD.test(String.fromCodePoint(cp)) ? 4 : 0);
  let known = CLASSES[cp] as number;
  if (known === 0) {
    const ch = String.fromCharCode(cp);
    known = 1 | (SPACE.test(ch) ? 2 : 0) | (WORD.test(ch) ? 4 : 0);
    CLASSES[cp] = known;
  }
  return known;
}

function isSpace(cp: number): boolean {
  return (classOf(cp) & 2) !== 0;
}

function isWord(cp: number): boolean {
  return (classOf(cp) & 4) !== 0;
}

/** The code point just before `index`, reading a surrogate pair as one, as a lookbehind does. */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2) as number;
  }
  return low;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase without spaces: how "id card" and "idcard" are looked up as one entry. */
export function phraseKey(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Normalises a phrase from the file the same way questions are, so the two can meet. */
export function normalisePhrase(text: string): string {
  return normalise(text).replace(/\s+/g, ' ');
}
