/**
 * Normalisation with a map back to the original message.
 *
 * Scammers and phone keyboards both disguise words: full-width letters (ＡＰＰ), traditional
 * characters (帳戶), zero-width spaces, and deliberately spaced text (`安 全 账 户`, `验-证-码`,
 * `1 3 8 0 0 1 3 8 0 0 0`, `w w w . x x . c o m`) that slips past keyword filters. Rules match the
 * normalised text, but the villager must see their *own* words quoted back, so every normalised
 * UTF-16 unit remembers the original range it came from.
 */
import {
  foldCharacters,
  isDigitCode,
  isHanCode,
  isSeparatorCode,
  markSpacedRuns,
} from './characters.js';

/** Text the rules read, plus where each of its units came from in the original. */
export interface NormalisedText {
  /** Lowercase, half-width, simplified, with disguising separators removed. */
  text: string;
  /** `starts[i]`/`ends[i]`: the original range (UTF-16 offsets) that produced `text[i]`. */
  starts: number[];
  ends: number[];
}

/** Longest digit string merged across separators: a phone number with country code. */
const MAX_MERGED_DIGITS = 13;
const DOT = 46;
const SLASH = 47;
const ONE = 49;

/** Code units to a string, in slices small enough for `String.fromCharCode.apply`. */
function decode(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as never);
  }
  return out;
}

/**
 * Normalises a message for matching. `variants` maps traditional to simplified characters
 * (loaded from `data/fraud/traditional.yaml`).
 *
 * Step 3, done while copying: a short run of separators between two Han characters is removed
 * (`验-证-码`, `安 全`), and so is one between digit groups when the joined number stays phone-sized
 * (`138-0013-8000`), while `拨打110 13800138000` stays two numbers. Dots between digits are kept so
 * that IP addresses and decimals survive, except in the 3-4-4 shape of a mobile number
 * (`139.1234.5678`). Works on code units throughout, so a long paste builds no per-character
 * strings.
 *
 * @example normaliseText('安 全 帳 戶', map).text // → '安全账户'
 */
export function normaliseText(
  original: string,
  variants: ReadonlyMap<string, string>,
): NormalisedText {
  const folded = foldCharacters(original, variants);
  const { codes, starts, ends, length } = folded;
  const drop = new Uint8Array(length);
  markSpacedRuns(folded, drop);
  const out = new Uint16Array(length);
  // Plain arrays of small integers: cheap to push, and what callers index into.
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let n = 0;
  let tailDigits = 0;
  for (let i = 0; i < length; i++) {
    const cu = codes[i] as number;
    if (drop[i]) continue;
    if (isSeparatorCode(cu)) {
      let b = i;
      let kept = 0;
      let hasDot = false;
      while (b < length && isSeparatorCode(codes[b] as number) && kept <= 3) {
        if (!drop[b]) kept++;
        if (codes[b] === DOT || codes[b] === SLASH) hasDot = true;
        b++;
      }
      const left = n > 0 ? (out[n - 1] as number) : -1;
      const right = b < length ? (codes[b] as number) : -1;
      let merge = kept <= 3 && isHanCode(left) && isHanCode(right);
      if (!merge && kept <= 3 && isDigitCode(left) && isDigitCode(right)) {
        let ahead = 0;
        for (
          let k = b;
          k < length && isDigitCode(codes[k] as number) && ahead <= MAX_MERGED_DIGITS;
          k++
        ) {
          ahead++;
        }
        if (!hasDot) merge = tailDigits + ahead <= MAX_MERGED_DIGITS;
        else if (kept === 1 && cu === DOT) {
          // `139.1234.5678` is a mobile number; `192.168.1.1` and `1860.00` are not.
          const first = out[n - tailDigits];
          merge = first === ONE && tailDigits >= 3 && ahead === 4 && tailDigits + ahead <= 11;
        }
      }
      if (merge) {
        i = b - 1;
        continue;
      }
    }
    out[n] = cu;
    outStarts.push(starts[i] as number);
    outEnds.push(ends[i] as number);
    n++;
    tailDigits = isDigitCode(cu) ? tailDigits + 1 : 0;
  }
  return { text: decode(out, n), starts: outStarts, ends: outEnds };
}

/**
 * The original words behind a normalised range `[start, end)`, for quoting back.
 *
 * @example quote(original, n, m.index, m.index + m[0].length)
 */
export function originalRange(n: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start || start >= n.starts.length) return [0, 0];
  const last = Math.min(end, n.ends.length) - 1;
  return [n.starts[start] as number, n.ends[last] as number];
}
