/**
 * The short form of an answer: what to bring, where to go, what it costs and how long it takes,
 * readable on one phone screen by an elderly villager. The full answer (980–1,300 characters)
 * stays one tap away; this is what they see first.
 *
 * It is cut from the answer's own fields, not written separately, so it can never disagree with
 * the details: each material up to its first comma or bracket ("购车发票（机动车销售统一发票）…"
 * → "购车发票"), and the first sentence of where, fee and time.
 */
import type { TopicAnswer } from './kb-schema.js';

/** At most this many characters of text (labels excluded): about one phone screen. */
export const SHORT_ANSWER_CHARS = 250;

export interface ShortAnswer {
  bring: string[];
  where: string;
  fee: string;
  time: string;
}

/** The part of a material before its explanation: "车主身份证；在户籍地以外…" → "车主身份证". */
function headOf(material: string): string {
  const head = material.split(/[（(；;，,：:]/u)[0]?.trim() ?? '';
  return head === '' ? material.trim() : head;
}

/** The first sentence, kept whole with its full stop. */
export function firstSentence(text: string): string {
  const m = /^.*?[。！？!?](?=\s|$|[^。！？!?])/su.exec(text.trim());
  const first = (m ? m[0] : text).trim();
  // English sentences end at ". " rather than "。".
  const en = /^(.*?\.)\s/su.exec(first);
  return en?.[1] && !/[\u4e00-\u9fff]/u.test(first) ? en[1] : first;
}

export const lengthOf = (text: string) => [...text].length;

/**
 * Builds the short form from a filled answer (placeholders already replaced). Materials are
 * dropped from the end, then "where" shortened, until the whole fits {@link SHORT_ANSWER_CHARS}
 * together with `summary`.
 */
export function shortAnswer(answer: TopicAnswer, summary: string): ShortAnswer {
  const result: ShortAnswer = {
    bring: [...new Set(answer.materials.map(headOf))],
    where: firstSentence(answer.where),
    fee: firstSentence(answer.fee),
    time: firstSentence(answer.time),
  };
  const total = () =>
    lengthOf(summary) +
    result.bring.reduce((n, b) => n + lengthOf(b) + 1, 0) +
    lengthOf(result.where) +
    lengthOf(result.fee) +
    lengthOf(result.time);
  while (total() > SHORT_ANSWER_CHARS && result.bring.length > 2) result.bring.pop();
  // Still too long: shorten the longest of where, fee and time, a piece at a time.
  const pieces = ['where', 'fee', 'time'] as const;
  while (total() > SHORT_ANSWER_CHARS) {
    const longest = pieces.reduce((a, b) => (lengthOf(result[a]) >= lengthOf(result[b]) ? a : b));
    const chars = [...result[longest].replace(/…$/u, '')];
    const keep = Math.max(20, chars.length - (total() - SHORT_ANSWER_CHARS) - 1);
    if (keep >= chars.length) break;
    result[longest] = `${chars.slice(0, keep).join('')}…`;
  }
  return result;
}

/**
 * The legal basis as one line, each regulation named once: "公安部令第164号《机动车登记规定》
 * 第十条、第十一条" and "公安部令第164号《机动车登记规定》第四十三条" become one entry
 * "公安部令第164号《机动车登记规定》第十条、第十一条、第四十三条".
 */
export function basisLine(basis: string[], separator = '；'): string {
  const byTitle = new Map<string, string[]>();
  for (const entry of basis) {
    const m = /^(.*?[》)）])\s*((?:第[^，,；;]*?条[、，,和及与\s]*)+)$/u.exec(entry.trim());
    const title = m?.[1] ?? entry.trim();
    const articles = m?.[2] ? m[2].split(/[、，,和及与\s]+/u).filter((a) => a.trim() !== '') : [];
    const list = byTitle.get(title) ?? [];
    for (const a of articles) if (!list.includes(a)) list.push(a);
    byTitle.set(title, list);
  }
  return [...byTitle]
    .map(([title, articles]) => (articles.length ? `${title}${articles.join('、')}` : title))
    .join(separator);
}
