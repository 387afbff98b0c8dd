/**
 * Finds villages by a typed name, for people who would rather type "红旗" than page through
 * buttons. Matching is forgiving: either side may contain the other, in any language,
 * ignoring width, case, spaces and the usual suffixes (村, 嘎查, village).
 */
import type { Village } from './places.js';

const SUFFIXES = /(村委会|村|嘎查|gachaa|village|ᠭᠠᠴᠠᠭ᠎ᠠ|ᠲᠠᠰᠤᠭ)$/u;

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

function stem(text: string): string {
  const folded = fold(text);
  const stemmed = folded.replace(SUFFIXES, '');
  return stemmed || folded;
}

export function findVillagesByName(villages: readonly Village[], query: string): Village[] {
  const q = stem(query.slice(0, 100));
  if (!q) return [];
  return villages.filter((village) =>
    Object.values(village.name).some((name) => {
      const n = stem(name);
      return n.length > 0 && (n.includes(q) || (q.includes(n) && n.length >= 2));
    }),
  );
}
