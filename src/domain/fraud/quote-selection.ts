/**
 * Which red flags a villager is shown, and how much of their message each one quotes. The rules
 * match words, and a match can start in one phrase and end in the next (「验证码，您把验证码告诉」)
 * or be a small word inside a bigger flag (「马上」 inside 「补贴马上要发」, which is the lure, not a
 * deadline). Scoring keeps every match; only what is shown is chosen here.
 */
import type { FoundSignal, SignalView } from './types.js';

/** Punctuation and line breaks that end a phrase, in Chinese and Latin writing. */
const BOUNDARY = /[，。！？；：、,.!?;:\n\r]/;
/** How far a quote cut at a boundary may reach on to finish its phrase. */
const FINISH_PHRASE = 5;

function isRuleSignal(s: FoundSignal): boolean {
  return s.kind !== 'channel' && s.kind !== 'report';
}

/** The longest phrase inside `[start, end)`, and whether a boundary cut it. */
function longestPhrase(text: string, start: number, end: number): [number, number, boolean] {
  let best: [number, number] = [start, start];
  let from = start;
  let cut = false;
  for (let i = start; i <= end; i++) {
    if (i < end && !BOUNDARY.test(text[i] ?? '')) continue;
    if (i < end) cut = true;
    if (i - from > best[1] - best[0]) best = [from, i];
    from = i + 1;
  }
  return [best[0], best[1], cut];
}

/**
 * The words to quote for one signal: never across a phrase boundary; a phrase cut by a boundary
 * is finished when only a few characters are missing (「您把验证码告诉我就行」).
 */
export function phraseQuote(text: string, start: number, end: number): string {
  let [a, b, cut] = longestPhrase(text, start, end);
  if (b <= a) return text.slice(start, end).trim();
  if (cut) {
    let stop = b;
    while (stop < text.length && stop - b <= FINISH_PHRASE && !BOUNDARY.test(text[stop] ?? ''))
      stop++;
    if (stop - b <= FINISH_PHRASE) b = stop;
  }
  return text.slice(a, b).trim();
}

/** Whether `o` quotes the words of `s` and outweighs it (on a tie, the longer quote wins). */
function outweighs(o: FoundSignal, s: FoundSignal): boolean {
  if (o === s || !isRuleSignal(o)) return false;
  const nested = (o.start <= s.start && s.end <= o.end) || (s.start <= o.start && o.end <= s.end);
  if (!nested) return false;
  return o.weight > s.weight || (o.weight === s.weight && o.end - o.start > s.end - s.start);
}

/**
 * The signals to show, in message order. Nested rule matches quote the same words once, under
 * the flag that weighs most (「安全账户」 over 「转入安全账户」, 「补贴马上要发」 over 「马上」);
 * rule quotes keep to phrases and stop where a link or number begins, which is quoted exactly as
 * found under its own flag.
 *
 * @example quotesToShow(text, analysis.signals).map((s) => s.quote)
 */
export function quotesToShow(text: string, signals: readonly FoundSignal[]): SignalView[] {
  const channels = signals.filter((s) => !isRuleSignal(s));
  return signals
    .filter((s) => !(isRuleSignal(s) && signals.some((o) => outweighs(o, s))))
    .sort((x, y) => x.start - y.start)
    .map((s) => {
      if (!isRuleSignal(s)) return { id: s.id, explanation: s.explanation, quote: s.quote };
      const link = channels.find((c) => c.start > s.start && c.start < s.end);
      const quote = phraseQuote(text, s.start, link ? link.start : s.end);
      return { id: s.id, explanation: s.explanation, quote: quote || s.quote };
    });
}
