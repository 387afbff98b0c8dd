/**
 * The knowledge base and its matcher, loaded together once at start-up and shared by the bot
 * and the CLI.
 */
import { join } from 'node:path';
import { SYNONYMS_FILE } from './kb-files.js';
import { type KnowledgeBase, loadKnowledgeBase } from './knowledge-base.js';
import { createMatcher, type Matcher } from './matcher.js';
import { loadSynonyms } from './synonyms.js';
import { BASE_LANG } from './topic-ids.js';

export interface ServiceCatalog {
  kb: KnowledgeBase;
  matcher: Matcher;
}

export interface CatalogOptions {
  /**
   * Build the matcher's index on the first question instead of now. The files are still read and
   * checked now, so a broken one fails here; only the index waits: its phrase expressions, term
   * tables and the Chinese word segmenter cost 0.1–0.3 s and about 20 MB, which a bot that has
   * not been asked anything yet does not need.
   */
  deferIndex?: boolean;
}

export function loadServiceCatalog(
  localesDir: string,
  options: CatalogOptions = {},
): ServiceCatalog {
  const kb = loadKnowledgeBase(localesDir);
  const synonyms = loadSynonyms(join(localesDir, BASE_LANG, 'services', SYNONYMS_FILE));
  const build = () => createMatcher(kb, synonyms);
  return { kb, matcher: options.deferIndex ? deferredMatcher(build) : build() };
}

/** A matcher that `build` makes on the first question; its answers are the built matcher's. */
export function deferredMatcher(build: () => Matcher): Matcher {
  let built: Matcher | undefined;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    match: (question, lang) => get().match(question, lang),
    explain: (question) => get().explain(question),
  };
}

const GREETINGS =
  /^(你好|您好|在吗|在不在|谢谢|多谢|好的|好|嗯|哦|喂|hi|hello|hey|thanks|thank you|ok|okay|ᠰᠠᠶᠢᠨ ᠪᠠᠶᠢᠨ᠎ᠠ ᠤᠤ)$/iu;

/**
 * Whether free text looks like a question worth matching, rather than a greeting or noise:
 * at least two letters of any script once punctuation and emoji are gone, and not a greeting.
 */
export function looksLikeQuestion(text: string): boolean {
  const letters = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .trim();
  if ([...letters.replace(/\s/g, '')].length < 2) return false;
  return !GREETINGS.test(letters.replace(/\s+/g, ' '));
}
