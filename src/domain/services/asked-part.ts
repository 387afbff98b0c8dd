/**
 * The part of a requirement question that names the matter asked about.
 *
 * Villagers ask what a matter needs as "[the matter] 要带 / 需要什么 [materials]": "结婚要带户口本吗"
 * is about registering a marriage, and 户口本 there is only something to bring, which most of our
 * topics list. So when a question has that shape, the words before the requirement phrase say
 * which topic it is about, and the words after it do not. The matcher answers directly only when
 * the matter itself names a topic (see `named` in `confidence.ts`).
 */
import { normalise } from './normalise.js';

/** Phrases that start the "what does it need" part of a question. */
const REQUIREMENT =
  /要带|需要带|得带|带什么|带啥|带哪些|需要什么|要什么|要啥|需要啥|需要哪些|要哪些|用什么|拿什么/u;

/**
 * The text before the first requirement phrase, or undefined when the question has none (or
 * begins with one, "要带什么", and so names its matter nowhere else).
 *
 * @example askedPart('结婚要带户口本吗') // → '结婚'
 * @example askedPart('身份证丢了怎么办') // → undefined
 */
export function askedPart(question: string): string | undefined {
  const text = normalise(question);
  const found = REQUIREMENT.exec(text);
  if (!found || found.index === 0) return undefined;
  return text.slice(0, found.index);
}
