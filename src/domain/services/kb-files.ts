/**
 * Reading and validating the YAML files of one locale's `services/` folder.
 *
 * Kept apart from the knowledge-base queries so that the rules about *files* (which names are
 * allowed, how errors are worded) sit in one place, and the knowledge base itself only deals with
 * validated data.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { z } from 'zod';
import { readYamlFile } from '../../content/yaml-file.js';
import {
  type CategoryFile,
  categoryFileSchema,
  type TitlesFile,
  titlesFileSchema,
} from './kb-schema.js';
import { KnowledgeBaseError } from './knowledge-base-error.js';
import { findUnknownPlaceholders, PLACEHOLDER_NAMES } from './placeholders.js';
import { isCategoryId, isTopicId } from './topic-ids.js';

/** Files in `services/` that are not category files. */
export const TITLES_FILE = 'titles.yaml';
export const SYNONYMS_FILE = 'synonyms.yaml';

export interface LocaleFiles {
  categories: Array<CategoryFile & { file: string }>;
  titles?: TitlesFile & { file: string };
}

/** Reads every category file (and `titles.yaml`, if present) of one `services/` folder. */
export function readLocaleServices(dir: string): LocaleFiles {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort();
  const out: LocaleFiles = { categories: [] };
  for (const name of names) {
    const file = join(dir, name);
    if (name === SYNONYMS_FILE) continue;
    if (name === TITLES_FILE) {
      out.titles = { ...validate(file, readYaml(file), titlesFileSchema), file };
      checkTitleIds(file, out.titles);
      continue;
    }
    checkFileName(file);
    const category = validate(file, readYaml(file), categoryFileSchema);
    checkCategory(file, category);
    out.categories.push({ ...category, file });
  }
  return out;
}

function readYaml(file: string): unknown {
  try {
    return readYamlFile(file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new KnowledgeBaseError(file, `is not valid YAML: ${reason}`);
  }
}

function validate<S extends z.ZodType>(file: string, raw: unknown, schema: S): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const path = first?.path ?? [];
  const topicId =
    path[0] === 'topics' && typeof path[1] === 'number' ? idAt(raw, path[1]) : undefined;
  const problems = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
  const more = result.error.issues.length > 5 ? ` (+${result.error.issues.length - 5} more)` : '';
  throw new KnowledgeBaseError(file, `${problems.join('; ')}${more}`, topicId);
}

/** The `id` of `topics[index]` in unvalidated data, to name the topic in an error. */
function idAt(raw: unknown, index: number): string | undefined {
  const topics = (raw as { topics?: unknown })?.topics;
  if (!Array.isArray(topics)) return undefined;
  const id = (topics[index] as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : `#${index + 1}`;
}

function checkFileName(file: string): void {
  const name = basename(file).replace(/\.ya?ml$/, '');
  if (!isCategoryId(name)) {
    throw new KnowledgeBaseError(
      file,
      `"${name}" is not a known category; rename the file to one of CATEGORY_IDS in topic-ids.ts`,
    );
  }
}

function checkCategory(file: string, category: CategoryFile): void {
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (category.category !== expected) {
    throw new KnowledgeBaseError(
      file,
      `says category "${category.category}" but the file is named ${expected}.yaml; make them match`,
    );
  }
  for (const topic of category.topics) {
    if (!isTopicId(topic.id)) {
      throw new KnowledgeBaseError(
        file,
        `unknown topic id; use an id from shared/eval/topics.tsv (TOPIC_IDS in topic-ids.ts)`,
        topic.id,
      );
    }
    for (const value of allStrings(topic)) {
      const [unknown] = findUnknownPlaceholders(value);
      if (unknown !== undefined) {
        throw new KnowledgeBaseError(
          file,
          `unknown placeholder {${unknown}}; allowed: ${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join(' ')}`,
          topic.id,
        );
      }
    }
  }
}

function checkTitleIds(file: string, titles: TitlesFile): void {
  for (const id of Object.keys(titles.categories)) {
    if (!isCategoryId(id)) throw new KnowledgeBaseError(file, `unknown category id "${id}"`);
  }
  for (const id of Object.keys(titles.topics)) {
    if (!isTopicId(id)) throw new KnowledgeBaseError(file, `unknown topic id "${id}"`);
  }
}

function* allStrings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* allStrings(v);
  else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) yield* allStrings(v);
  }
}
