/**
 * Service-question matcher: how long the index takes to build at start-up, and how long one
 * question takes to match, over a few thousand generated questions (topic titles, keyword
 * combinations, colloquial filler, noise, out-of-scope questions and long pastes).
 *
 *   npm run bench -- service-match [--questions=3000] [--builds=15]
 *
 * Questions are generated from the knowledge base itself with a fixed seed, so runs compare.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../src/domain/services/knowledge-base.js';
import { createMatcher } from '../src/domain/services/matcher.js';
import { loadSynonyms } from '../src/domain/services/synonyms.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_TARGET_MS = 300;
const MATCH_TARGET_P99_MS = 2;

const FILLERS = [
  '',
  '咋整',
  '怎么办',
  '要带啥',
  '去哪办',
  '多少钱',
  '请问',
  '急！！',
  '😭',
  '能不能',
];
const OUT_OF_SCOPE = [
  '明天天气咋样',
  '玉米现在多少钱一斤',
  '羊病了找谁看',
  '新农合怎么交',
  '孩子转学找谁',
  '化肥哪里便宜',
  'what is the weather today',
  '信用卡怎么还款',
];

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const option = (name: string, fallback: number) =>
    Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
  const count = option('questions', 3000);
  const builds = option('builds', 15);

  let started = performance.now();
  const kb = loadKnowledgeBase(join(root, 'locales'));
  const synonyms = loadSynonyms(join(root, 'locales/zh-CN/services/synonyms.yaml'));
  const loadMs = performance.now() - started;

  const buildTimes: number[] = [];
  let matcher = createMatcher(kb, synonyms);
  for (let i = 0; i < builds; i++) {
    started = performance.now();
    matcher = createMatcher(kb, synonyms);
    buildTimes.push(performance.now() - started);
  }

  const questions = generate(kb, count);
  for (const q of questions.slice(0, 200)) matcher.match(q); // warm up the JIT
  const times: number[] = [];
  const bands = { high: 0, medium: 0, low: 0 };
  for (const q of questions) {
    started = performance.now();
    const result = matcher.match(q);
    times.push(performance.now() - started);
    bands[result.band]++;
  }

  const buildMs = median(buildTimes);
  const p99 = percentile(times, 0.99);
  return {
    kb_load_ms: round(loadMs),
    build_ms: round(buildMs),
    build_target_ms: BUILD_TARGET_MS,
    build_ratio: round(buildMs / BUILD_TARGET_MS),
    questions: questions.length,
    match_p50_ms: round(percentile(times, 0.5)),
    match_p99_ms: round(p99),
    match_max_ms: round(Math.max(...times)),
    match_target_p99_ms: MATCH_TARGET_P99_MS,
    match_p99_ratio: round(p99 / MATCH_TARGET_P99_MS),
    bands,
  };
}

/** A fixed mix of question shapes, drawn with a seeded generator. */
function generate(kb: ReturnType<typeof loadKnowledgeBase>, count: number): string[] {
  const random = mulberry32(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const topics = kb.topics();
  const english = kb.topics('en');
  const out: string[] = [];
  while (out.length < count) {
    const topic = pick(topics);
    const kind = random();
    if (kind < 0.2) out.push(topic.title);
    else if (kind < 0.3) out.push(pick(english).title);
    else if (kind < 0.6) out.push(`${pick(topic.keywords)}${pick(topic.keywords)}${pick(FILLERS)}`);
    else if (kind < 0.75) out.push(`${pick(FILLERS)}${pick(topic.questions)}${pick(FILLERS)}`);
    else if (kind < 0.9) out.push(pick(OUT_OF_SCOPE));
    else if (kind < 0.98) out.push(noise(random, 5 + Math.floor(random() * 40)));
    else out.push(`${pick(topic.questions)}${topic.summary.repeat(60)}`);
  }
  return out;
}

function noise(random: () => number, length: number): string {
  const pool =
    '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要ＡＢＣ１２３😀🙏！？，。 ';
  const chars = [...pool];
  return Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join('');
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
