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

/** An ASCII digit; full-width digits have already become ASCII by the time this is asked. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
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

/** Code-unit versions of the tests above, for the hot loops that never build strings. */
export const SPACE = 32;
export const TAB = 9;
export const NEWLINE = 10;
/** Symbols used to split words apart (`验-证-码`, `安*全`); emoji halves count too. */
const SPLITTER_CODES = new Set([...'-_*·•~|/\\.+=#^`\'"‘’“”・☆★♡♥❤'].map((c) => c.charCodeAt(0)));

export function isSpaceCode(cu: number): boolean {
  return cu === SPACE || cu === TAB;
}
export function isDigitCode(cu: number): boolean {
  return cu >= 48 && cu <= 57;
}
export function isHanCode(cu: number): boolean {
  return (cu >= 0x4e00 && cu <= 0x9fff) || (cu >= 0x3400 && cu <= 0x4dbf) || cu === 0x3007;
}
export function isSeparatorCode(cu: number): boolean {
  return isSpaceCode(cu) || SPLITTER_CODES.has(cu) || (cu >= 0xd800 && cu <= 0xdfff);
}

/** Folded text as UTF-16 code units, each with the original range it came from. */
export interface Folded {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

/** The traditional → simplified table by code unit, built once per table. */
const codeTables = new WeakMap<ReadonlyMap<string, string>, Map<number, number>>();

function codeTable(variants: ReadonlyMap<string, string>): Map<number, number> {
  let table = codeTables.get(variants);
  if (!table) {
    table = new Map();
    for (const [from, to] of variants) {
      if (from.length === 1 && to.length === 1) table.set(from.charCodeAt(0), to.charCodeAt(0));
    }
    codeTables.set(variants, table);
  }
  return table;
}

/**
 * Step 1: character by character, NFKC (full-width → ASCII, circled digits → digits), ASCII
 * lowercase, traditional → simplified, Cyrillic/Greek look-alikes → Latin, invisible characters
 * dropped. ASCII and Han take a fast path on code units (they are stable under NFKC), which keeps
 * a 100,000-character paste cheap.
 */
export function foldCharacters(original: string, variants: ReadonlyMap<string, string>): Folded {
  const table = codeTable(variants);
  let codes = new Uint16Array(original.length + 16);
  let starts = new Int32Array(codes.length);
  let ends = new Int32Array(codes.length);
  let n = 0;
  const push = (cu: number, start: number, end: number) => {
    if (n === codes.length) {
      const wider = new Uint16Array(n * 2);
      wider.set(codes);
      codes = wider;
      const wideStarts = new Int32Array(n * 2);
      wideStarts.set(starts);
      starts = wideStarts;
      const wideEnds = new Int32Array(n * 2);
      wideEnds.set(ends);
      ends = wideEnds;
    }
    codes[n] = cu;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  for (let i = 0; i < original.length; ) {
    const cu = original.charCodeAt(i);
    if (cu < 0x80) {
      push(cu >= 65 && cu <= 90 ? cu + 32 : cu, i, i + 1);
      i++;
      continue;
    }
    if (cu >= 0x4e00 && cu <= 0x9fff) {
      push(table.get(cu) ?? cu, i, i + 1);
      i++;
      continue;
    }
    if (cu >= 0xff01 && cu <= 0xff5e) {
      // Full-width ASCII (ＡＰＰ, １３８): NFKC is a fixed offset.
      const ascii = cu - 0xfee0;
      push(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii, i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    if (!isInvisible(cp)) {
      const ch = original.slice(i, i + size);
      for (const c of ch.normalize('NFKC').toLowerCase()) {
        const v = variants.get(c) ?? c;
        const out = LOOKALIKE_LATIN.get(v) ?? v;
        for (let k = 0; k < out.length; k++) push(out.charCodeAt(k), i, i + size);
      }
    }
    i += size;
  }
  return { codes, starts, ends, length: n };
}

/**
 * Step 2: spaced-out text. Three or more one-character tokens separated by one or two spaces
 * (`1 3 8 0`, `w w w . x x`, `安 全 账 户`) lose their spaces. Ordinary English keeps its spaces
 * because its words are longer than one character.
 */
export function markSpacedRuns(folded: Folded, drop: Uint8Array): void {
  const { codes, length } = folded;
  let tokens = 0;
  let prevEnd = -1;
  const gaps: number[] = [];
  const flush = () => {
    if (tokens >= 3) for (const g of gaps) drop[g] = 1;
    tokens = 0;
    gaps.length = 0;
  };
  let i = 0;
  while (i < length) {
    if (isSpaceCode(codes[i] as number)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && !isSpaceCode(codes[end] as number)) end++;
    const code = codes[i] as number;
    const pair = end - i === 2 && code >= 0xd800 && code <= 0xdbff;
    const single = (end - i === 1 || pair) && code !== NEWLINE;
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
