/**
 * Questions that ask how good something is.
 *
 * "雅迪电动车怎么样" or "这个驾校靠谱吗" names a vehicle or a place our topics know, but asks for an
 * opinion of a product, a shop or a school, which no police service gives. Villagers put that
 * ask at the end of the question, after the thing they ask about ("…质量怎么样", "…好不好"),
 * whereas a question about a procedure starts with it ("怎么样办理…"). So only the ending counts.
 */
import { normalise } from './normalise.js';

/** Endings that ask for an opinion, after any closing particles are taken off. */
const OPINION_ENDING =
  /(?:怎么样|咋样|好不好|好使不|好使吗|靠谱吗|靠不靠谱|好用吗|耐用吗|值得吗|值不值|划算吗|划不划算)$/u;

/** Particles and fillers a question may close with: 啊, 呀, 呢… */
const CLOSING = /[啊呀呢吧哦嘛哈啦]+$/u;

/**
 * Whether the question ends by asking for an opinion.
 *
 * @example asksForOpinion('新买的电动车怎么样啊？') // → true
 * @example asksForOpinion('怎么样办理身份证') // → false
 */
export function asksForOpinion(question: string): boolean {
  const text = normalise(question).replace(/\s+/g, '').replace(CLOSING, '');
  return OPINION_ENDING.test(text);
}
