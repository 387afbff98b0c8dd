/**
 * Normalisation with a map back to the original message.
 *
 * Scammers and phone keyboards both disguise words: full-width letters (ＡＰＰ), traditional
 * characters (帳戶), zero-width spaces, and deliberately spaced text (`安 全 账 户`, `验-证-码`,
 * `1 3 8 0 0 1 3 8 0 0 0`, `w w w . x x . c o m`) that slips past keyword filters. Rules match the
 * normalised text, but the villager must see their *own* words quoted back, so every normalised
 * UTF-16 unit remembers the original range it came from.
 */
import { foldCharacters, isDigit, isHan, isSeparator, markSpacedRuns } from './characters.js';

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

/**
 * Normalises a message for matching. `variants` maps traditional to simplified characters
 * (loaded from `data/fraud/traditional.yaml`).
 *
 * Step 3, done while copying: a short run of separators between two Han characters is removed
 * (`验-证-码`, `安 全`), and so is one between digit groups when the joined number stays phone-sized
 * (`138-0013-8000`), while `拨打110 13800138000` stays two numbers. Dots between digits are kept so
 * that IP addresses and decimals survive, except in the 3-4-4 shape of a mobile number
 * (`139.1234.5678`).
 *
 * @example normaliseText('安 全 帳 戶', map).text // → '安全账户'
 */
export function normaliseText(
  original: string,
  variants: ReadonlyMap<string, string>,
): NormalisedText {
  const { units, starts, ends } = foldCharacters(original, variants);
  const drop = new Uint8Array(units.length);
  markSpacedRuns(units, drop);
  const out: string[] = [];
  const outStarts: number[] = [];
  const outEnds: number[] = [];
  let tailDigits = 0;
  for (let i = 0; i < units.length; i++) {
    const ch = units[i] as string;
    if (drop[i]) continue;
    if (isSeparator(ch)) {
      let b = i;
      let kept = 0;
      let hasDot = false;
      while (b < units.length && isSeparator(units[b]) && kept <= 3) {
        if (!drop[b]) kept++;
        if (units[b] === '.' || units[b] === '/') hasDot = true;
        b++;
      }
      const left = out[out.length - 1];
      const right = units[b];
      let merge = kept <= 3 && isHan(left) && isHan(right);
      if (!merge && kept <= 3 && isDigit(left) && isDigit(right)) {
        let ahead = 0;
        for (let k = b; k < units.length && isDigit(units[k]) && ahead <= MAX_MERGED_DIGITS; k++) {
          ahead++;
        }
        if (!hasDot) merge = tailDigits + ahead <= MAX_MERGED_DIGITS;
        else if (kept === 1 && units[i] === '.') {
          // `139.1234.5678` is a mobile number; `192.168.1.1` and `1860.00` are not.
          const first = out[out.length - tailDigits];
          merge = first === '1' && tailDigits >= 3 && ahead === 4 && tailDigits + ahead <= 11;
        }
      }
      if (merge) {
        i = b - 1;
        continue;
      }
    }
    out.push(ch);
    outStarts.push(starts[i] as number);
    outEnds.push(ends[i] as number);
    tailDigits = isDigit(ch) ? tailDigits + 1 : 0;
  }
  return { text: out.join(''), starts: outStarts, ends: outEnds };
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
