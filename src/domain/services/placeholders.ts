import type { TopicAnswer } from './kb-schema.js';

/**
 * Placeholders for local facts inside knowledge-base answers.
 *
 * The knowledge base is written once for every station in the region, but "where do I go" and
 * "whom do I call" differ per station. Answers therefore say `{station_phone}` and the bot fills it
 * in from the station's settings. The set is closed: an unknown name in a YAML file is almost
 * always a typo (`{station_tel}`), and a typo would otherwise reach a villager as raw braces.
 */
export const PLACEHOLDER_NAMES = [
  'station_name',
  'station_address',
  'station_phone',
  'station_hours',
  'service_hall_name',
  'service_hall_address',
  'service_hall_phone',
  'dmv_name',
  'dmv_address',
  'dmv_phone',
  'officer_name',
  'officer_phone',
  'county_name',
] as const;

export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

/** Local facts for one station; a missing or blank fact is replaced by the caller's fallback. */
export type PlaceholderFacts = Partial<Record<PlaceholderName, string>>;

const known: ReadonlySet<string> = new Set(PLACEHOLDER_NAMES);

/**
 * Anything in single braces counts as a placeholder, including names with spaces or capitals, so
 * that `{ Station_Phone }` is reported as unknown instead of slipping through unfilled.
 */
const PLACEHOLDER = /\{([^{}\n]{1,40})\}/g;

/** Names inside braces in `text` that are not in {@link PLACEHOLDER_NAMES}, in order of appearance. */
export function findUnknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if (!known.has(name)) unknown.push(name);
  }
  return unknown;
}

/**
 * Replaces every placeholder in `text`. A fact that is missing or blank becomes `fallback`, a
 * localized "please call the station" phrase chosen by the caller, so the result never contains
 * braces. Unknown names (which the loader already rejects) get the fallback too, for the same reason.
 *
 * @example
 * fillPlaceholders('请到{station_name}办理', { station_name: '白音派出所' }, '请电话咨询派出所')
 * // → '请到白音派出所办理'
 */
export function fillPlaceholders(text: string, facts: PlaceholderFacts, fallback: string): string {
  // Most texts name no local fact, and without a brace the passes below change nothing.
  if (!text.includes('{') && !text.includes('}')) return sayFallbackOnce(text, fallback);
  const factOf = (name: string) =>
    known.has(name) ? facts[name as PlaceholderName]?.trim() || undefined : undefined;
  const missing = (part: string) =>
    [...part.matchAll(PLACEHOLDER)].some((m) => factOf(m[1] ?? '') === undefined);
  const filled = text
    // Chinese needs no space around a name: "到 {dmv_name}（" reads "到阿拉坦旗…（".
    .replace(
      /(?<=[\p{Script=Han}，。、：；（）])[ \t]+(?=\{)|(?<=\})[ \t]+(?=[\p{Script=Han}，。、：；（）])/gu,
      '',
    )
    // In brackets, a clause with an unknown fact is left out ("（地址，电话 {dmv_phone}）"
    // without a phone → "（地址）"), and brackets left empty go too.
    .replace(/（([^（）]*)）|\(([^()]*)\)/gu, (whole, zh?: string, en?: string) => {
      const inner = zh ?? en ?? '';
      if (!PLACEHOLDER_TEST.test(inner)) return whole;
      const sep = zh !== undefined ? '，' : ', ';
      const kept = inner.split(zh !== undefined ? /，/u : /,\s*/u).filter((p) => !missing(p));
      if (kept.length === 0) return '';
      return zh !== undefined ? `（${kept.join(sep)}）` : `(${kept.join(sep)})`;
    })
    .replace(PLACEHOLDER, (_whole, name: string) => factOf(name) ?? fallback);
  return sayFallbackOnce(filled, fallback);
}

/** "问当地派出所或当地派出所" reads badly: one unknown place is said once. */
function sayFallbackOnce(text: string, fallback: string): string {
  if (!text.includes(fallback)) return text;
  return text
    .split(`${fallback}或${fallback}`)
    .join(fallback)
    .split(`${fallback} or ${fallback}`)
    .join(fallback);
}

const PLACEHOLDER_TEST = /\{[^{}\n]{1,40}\}/u;

/**
 * Fills every text of an answer (see {@link fillPlaceholders}), so the bot layer can render the
 * result without knowing which fields may hold placeholders.
 */
export function fillAnswer(
  answer: TopicAnswer,
  facts: PlaceholderFacts,
  fallback: string,
): TopicAnswer {
  const fill = (text: string) => fillPlaceholders(text, facts, fallback);
  return {
    who: fill(answer.who),
    materials: answer.materials.map(fill),
    where: fill(answer.where),
    online: fill(answer.online),
    fee: fill(answer.fee),
    time: fill(answer.time),
    remote: fill(answer.remote),
    pitfalls: answer.pitfalls.map(fill),
  };
}
