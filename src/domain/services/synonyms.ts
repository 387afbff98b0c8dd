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
 */
export class PhraseFinder {
  private readonly pattern: RegExp | undefined;
  /** Keys (no spaces), longest first, to tell which phrase a match belongs to. */
  private readonly keys: string[];

  constructor(phrases: Iterable<string>, wholeWord = false) {
    const unique = [...new Set(phrases)].filter((p) => p.length > 0);
    unique.sort((a, b) => phraseKey(b).length - phraseKey(a).length);
    this.keys = unique.map(phraseKey);
    const parts = unique.map((p) => {
      const body = escapeRegExp(p).replace(/ /g, '\\s*');
      const start = /^[^\p{Script=Han}]/u.test(p) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
      if (!/[^\p{Script=Han}]$/u.test(p)) return `${start}${body}`;
      return `${start}${body}${wholeWord ? '(?![\\p{L}\\p{M}\\p{N}])' : '[\\p{L}\\p{M}\\p{N}]*'}`;
    });
    this.pattern = parts.length > 0 ? new RegExp(parts.join('|'), 'gu') : undefined;
  }

  /** Every non-overlapping phrase found, in order: its {@link phraseKey} and the text found. */
  find(text: string): Array<{ key: string; text: string }> {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((m) => ({ key: this.keyOf(m[0]), text: m[0] }));
  }

  /** Replaces each phrase found; `by` receives its {@link phraseKey}. */
  replace(text: string, by: (key: string) => string): string {
    return this.pattern ? text.replace(this.pattern, (m) => by(this.keyOf(m))) : text;
  }

  private keyOf(found: string): string {
    const plain = phraseKey(found);
    return this.keys.find((k) => plain.startsWith(k)) ?? plain;
  }
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
