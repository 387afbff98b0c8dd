/**
 * The shape of the knowledge-base YAML files, as zod schemas.
 *
 * The files are written by hand by people who are not programmers, so the schema is the first
 * reader to complain, and it complains about the exact field (`topics[3].answer.fee`). Lengths
 * follow the writing guide: enough question phrasings and keywords for the matcher to find the
 * topic, not so many that one topic swallows its neighbours' questions.
 */
import { z } from 'zod';

/**
 * A non-empty text. Bare numbers are accepted because YAML reads `- 110` or `fee: 20` as numbers,
 * and a writer listing hotline numbers as keywords should not have to know that.
 */
const text = z
  .union([z.string(), z.number().transform(String)])
  .pipe(z.string().trim().min(1, 'must not be empty'));

/**
 * `reviewed: 2026-11-23` is a string for the YAML 1.2 core schema but a Date for YAML 1.1
 * parsers; both are accepted and become 'YYYY-MM-DD' so comparisons and display need no care.
 */
const reviewedDate = z
  .union([
    z.date(),
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must look like 2026-11-23'),
  ])
  .transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10)));

export const answerSchema = z.object({
  who: text,
  materials: z.array(text).min(1),
  where: text,
  online: text,
  fee: text,
  time: text,
  remote: text,
  pitfalls: z.array(text).min(1),
});

export const topicSchema = z.object({
  id: text,
  title: text,
  summary: text,
  // Phrasings are how villagers ask (for someone else, formally, voice-typed): more of them is
  // what makes unseen questions match, so the cap only guards against pasting in a whole list.
  questions: z.array(text).min(6, 'needs at least 6 phrasings').max(20, 'at most 20 phrasings'),
  keywords: z.array(text).min(6, 'needs at least 6 keywords').max(15, 'at most 15 keywords'),
  answer: answerSchema,
  basis: z.array(text).min(1),
  reviewed: reviewedDate,
});

export const categoryFileSchema = z.object({
  category: text,
  title: text,
  order: z.number().int(),
  topics: z.array(topicSchema).min(1),
});

/**
 * `locales/<lang>/services/titles.yaml`: a language that has only translated the titles (today:
 * Mongolian). Menus can then be shown in that language while long answers stay in zh-CN.
 */
export const titlesFileSchema = z.object({
  machine_drafted: z.boolean().optional(),
  categories: z.record(z.string(), text),
  topics: z.record(z.string(), text),
});

export type TopicAnswer = z.infer<typeof answerSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type CategoryFile = z.infer<typeof categoryFileSchema>;
export type TitlesFile = z.infer<typeof titlesFileSchema>;
