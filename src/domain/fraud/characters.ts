/**
 * Character-level steps of normalisation: which characters are invisible, which split words, and
 * folding each character to the form the rules are written in.
 *
 * Kept apart from `normalise.ts` so that the step that joins characters back together (and keeps
 * the map to the original) reads on its own.
 */

/**
 * Zero-width and formatting characters: invisible, so only ever there to split a word
 * (U+200B–U+200F, bidi controls, word joiner, BOM, soft hyphen, variation selectors, and the
 * Mongolian selectors, which change a glyph's shape but never the word).
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f
  );
}

/** A CJK ideograph (basic block and extension A, plus 〇): where Chinese words live. */
export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.charCodeAt(0);
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || cp === 0x3007;
}

/** An ASCII digit; full-width digits have already become ASCII by the time this is asked. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** A space or tab. Line breaks are not: they end sentences and are kept. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

/** Symbols used to split words apart (`验-证-码`, `安*全`); emoji halves count too. */
const SPLITTERS = new Set([...'-_*·•~|/\\.+=#^`\'"‘’“”・☆★♡♥❤']);

export function isSeparator(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isSpace(ch) || SPLITTERS.has(ch)) return true;
  const cu = ch.charCodeAt(0);
  return cu >= 0xd800 && cu <= 0xdfff;
}

/**
 * Cyrillic and Greek letters that look like Latin ones (`аррӏе`, `ѕf-ехрrеѕѕ`): mixed-script
 * spellings that make a fake address or a keyword look right to a reader and wrong to a filter.
 */
const LOOKALIKE_LATIN = new Map(
  [...'аaвbсcеeһhіiјjкkмmнhоoрpѕsтtуyхxӏlԁdԛqԝwοoαaνvρpτtυuιiκkχx'].flatMap((c, i, all) =>
    i % 2 === 0 ? [[c, all[i + 1] as string] as const] : [],
  ),
);

/**
 * Step 1: character by character, NFKC (full-width → ASCII, circled digits → digits), ASCII
 * lowercase, traditional → simplified, Cyrillic/Greek look-alikes → Latin, invisible characters
 * dropped. Han and ASCII are already stable under NFKC, which keeps long pastes cheap.
 */
export function foldCharacters(original: string, variants: ReadonlyMap<string, string>) {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cu = original.charCodeAt(i);
    // Fast paths for ASCII and common Han, which are nearly all of any message.
    if (cu < 0x80) {
      units.push(cu >= 65 && cu <= 90 ? String.fromCharCode(cu + 32) : (original[i] as string));
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    if (cu >= 0x4e00 && cu <= 0x9fff) {
      const ch = original[i] as string;
      units.push(variants.get(ch) ?? ch);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const ch = original.slice(i, i + size);
      let out = '';
      for (const c of ch.normalize('NFKC').toLowerCase()) {
        const v = variants.get(c) ?? c;
        out += LOOKALIKE_LATIN.get(v) ?? v;
      }
      for (let k = 0; k < out.length; k++) {
        units.push(out[k] as string);
        starts.push(i);
        ends.push(i + size);
      }
    }
    i += size;
  }
  return { units, starts, ends };
}

/**
 * Step 2: spaced-out text. Three or more one-character tokens separated by one or two spaces
 * (`1 3 8 0`, `w w w . x x`, `安 全 账 户`) lose their spaces. Ordinary English keeps its spaces
 * because its words are longer than one character.
 */
export function markSpacedRuns(units: readonly string[], drop: Uint8Array): void {
  let tokens = 0;
  let prevEnd = -1;
  const gaps: number[] = [];
  const flush = () => {
    if (tokens >= 3) for (const g of gaps) drop[g] = 1;
    tokens = 0;
    gaps.length = 0;
  };
  let i = 0;
  while (i < units.length) {
    if (isSpace(units[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < units.length && !isSpace(units[end])) end++;
    const code = units[i]?.charCodeAt(0) ?? 0;
    const pair = end - i === 2 && code >= 0xd800 && code <= 0xdbff;
    const single = (end - i === 1 || pair) && units[i] !== '\n';
    if (!single) flush();
    else {
      if (tokens > 0 && i - prevEnd <= 2) {
        for (let g = prevEnd; g < i; g++) gaps.push(g);
        tokens++;
      } else {
        flush();
        tokens = 1;
      }
      prevEnd = end;
    }
    i = end;
  }
  flush();
}
