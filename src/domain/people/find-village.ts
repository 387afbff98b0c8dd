/**
 * A village as an officer types it after /reports: its code (`wl-hongqi`), or its name in any
 * language, with or without the trailing 村 (红旗村, 红旗). Null when nothing matches, so the
 * caller says so instead of quietly showing every village.
 */
import type { LocalizedText } from '../locale.js';

export interface NamedVillage {
  code: string;
  name: LocalizedText;
}

export function findVillage<V extends NamedVillage>(
  villages: readonly V[],
  query: string,
): V | null {
  const q = query.trim().normalize('NFKC').toLowerCase();
  if (!q) return null;
  const bare = (s: string) => s.replace(/村$/u, '');
  for (const v of villages) {
    if (v.code.toLowerCase() === q) return v;
    const names = Object.values(v.name).filter((n): n is string => typeof n === 'string');
    if (names.some((n) => n.normalize('NFKC').toLowerCase() === q)) return v;
    if (names.some((n) => bare(n.normalize('NFKC')) === bare(q) && bare(q).length >= 2)) return v;
  }
  return null;
}
