/**
 * The anti-fraud tips and legal-awareness items pushed on a schedule, as data per locale in
 * `locales/<lang>/awareness/<topic>.yaml`. Each villager walks through a topic's items in order,
 * so nobody gets a repeat until the whole library has been sent once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../../content/yaml-file.js';
import { isFraudTypeId } from '../fraud/fraud-types.js';

const text = z.string().trim().min(1).max(600);
const reviewed = z
  .union([z.date(), z.string()])
  .transform((v) => (typeof v === 'string' ? v : v.toISOString().slice(0, 10)));

const antifraudItem = z.object({
  id: z.string().regex(/^af-\d{3}$/),
  fraud_type: z.string().refine(isFraudTypeId, 'unknown fraud type'),
  title: text,
  pattern: text,
  red_flag: text,
  what_to_do: text,
  reviewed,
});
const legalItem = z.object({
  id: z.string().regex(/^lg-\d{3}$/),
  area: z.string().min(1),
  title: text,
  text: z.string().trim().min(1).max(1200),
  basis: text,
  reviewed,
});

export type AwarenessTopic = 'antifraud' | 'legal';

export interface AwarenessItem {
  id: string;
  title: string;
  /** Labelled parts, in order, for the bot to render. */
  parts: Array<{ label: 'pattern' | 'red_flag' | 'what_to_do' | 'text' | 'basis'; text: string }>;
  reviewed: string;
  /** The language the text is in: the asked-for one, or `zh-CN` where no translation exists yet. */
  locale: string;
}

export interface AwarenessLibrary {
  /** Items of a topic in the given language (falls back to Chinese item by item). */
  items(topic: AwarenessTopic, locale: string): AwarenessItem[];
  size(topic: AwarenessTopic): number;
  /** The item a villager gets at this position of their walk through the topic. */
  at(topic: AwarenessTopic, cursor: number, locale: string): AwarenessItem | undefined;
}

function load(file: string, topic: AwarenessTopic, locale: string): AwarenessItem[] {
  if (!existsSync(file)) return [];
  const raw = readYamlFile(file) as { items?: unknown };
  const schema = z.array(topic === 'antifraud' ? antifraudItem : legalItem);
  const result = schema.safeParse(raw?.items);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: item ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return result.data.map((item) =>
    'pattern' in item
      ? {
          id: item.id,
          title: item.title,
          reviewed: item.reviewed,
          locale,
          parts: [
            { label: 'pattern' as const, text: item.pattern },
            { label: 'red_flag' as const, text: item.red_flag },
            { label: 'what_to_do' as const, text: item.what_to_do },
          ],
        }
      : {
          id: item.id,
          title: item.title,
          reviewed: item.reviewed,
          locale,
          parts: [
            { label: 'text' as const, text: item.text },
            { label: 'basis' as const, text: item.basis },
          ],
        },
  );
}

export function loadAwarenessLibrary(localesDir: string): AwarenessLibrary {
  const cache = new Map<string, AwarenessItem[]>();
  const get = (topic: AwarenessTopic, locale: string) => {
    const key = `${locale}/${topic}`;
    if (!cache.has(key))
      cache.set(key, load(join(localesDir, locale, 'awareness', `${topic}.yaml`), topic, locale));
    return cache.get(key) ?? [];
  };
  for (const topic of ['antifraud', 'legal'] as const) get(topic, 'zh-CN');
  const items = (topic: AwarenessTopic, locale: string) => {
    const base = get(topic, 'zh-CN');
    const translated = new Map(get(topic, locale).map((i) => [i.id, i]));
    return base.map((i) => translated.get(i.id) ?? i);
  };
  return {
    items,
    size: (topic) => get(topic, 'zh-CN').length,
    at(topic, cursor, locale) {
      const all = items(topic, locale);
      return all.length ? all[((cursor % all.length) + all.length) % all.length] : undefined;
    },
  };
}
