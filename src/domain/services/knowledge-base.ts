/**
 * The service knowledge base: what to bring, where to go and what it costs, per topic and language.
 *
 * Loaded once at start-up from `locales/<lang>/services/*.yaml` and then read-only. zh-CN is the
 * complete reference; other languages may translate every file (en) or only the titles (mn, in
 * `titles.yaml`). Where a language lacks a topic's long text, the zh-CN text is returned and the
 * result says so (`answerLang`), so the bot can tell a Mongolian speaker "the details follow in
 * Chinese" instead of pretending.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readLocaleServices } from './kb-files.js';
import type { CategoryFile, TitlesFile, Topic } from './kb-schema.js';
import { KnowledgeBaseError } from './knowledge-base-error.js';
import { BASE_LANG, type CategoryId, TOPIC_IDS, type TopicId } from './topic-ids.js';

export interface ServiceCategory {
  id: CategoryId;
  title: string;
  order: number;
  /** Topic ids in the order the zh-CN file lists them. */
  topicIds: TopicId[];
}

export interface TopicLookup {
  /** The topic; its `title` is in the asked language when one exists, the rest in `answerLang`. */
  topic: Topic;
  answerLang: string;
}

export interface KnowledgeBase {
  /** Every locale with a `services/` folder, zh-CN first. */
  readonly languages: readonly string[];
  /** Categories in display order, titled in `lang` where translated. */
  categories(lang?: string): ServiceCategory[];
  /** All topics in category order (see {@link KnowledgeBase.topic} for the language rules). */
  topics(lang?: string): Topic[];
  /** One topic, or undefined for an id the knowledge base does not have. */
  topic(id: string, lang?: string): TopicLookup | undefined;
  /** The language long answers come in for `lang`: itself if it has category files, else zh-CN. */
  answerLanguage(lang: string): string;
}

export interface LoadOptions {
  /** Topic ids zh-CN must cover; defaults to all of {@link TOPIC_IDS}. Tests pass fewer. */
  requiredTopicIds?: readonly string[];
}

interface Locale {
  categories: Map<string, CategoryFile>;
  topics: Map<string, Topic>;
  titles?: TitlesFile;
}

/**
 * Reads and validates every locale under `localesDir`, throwing a {@link KnowledgeBaseError} that
 * names the file and topic at the first problem.
 *
 * @example
 * const kb = loadKnowledgeBase('locales');
 * kb.topic('idcard.lost', 'mn')?.answerLang; // 'zh-CN' while Mongolian has only titles
 */
export function loadKnowledgeBase(localesDir: string, options: LoadOptions = {}): KnowledgeBase {
  const locales = new Map<string, Locale>();
  for (const lang of readdirSync(localesDir).sort()) {
    const dir = join(localesDir, lang, 'services');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    locales.set(lang, readLocale(dir));
  }
  const base = locales.get(BASE_LANG);
  const baseDir = join(localesDir, BASE_LANG, 'services');
  if (!base || base.categories.size === 0) {
    throw new KnowledgeBaseError(baseDir, 'has no category files; zh-CN is required');
  }
  const missing = (options.requiredTopicIds ?? TOPIC_IDS).filter((id) => !base.topics.has(id));
  if (missing.length > 0) {
    throw new KnowledgeBaseError(baseDir, `missing topics: ${missing.join(', ')}`);
  }
  return new LoadedKnowledgeBase(locales, base);
}

function readLocale(dir: string): Locale {
  const files = readLocaleServices(dir);
  const locale: Locale = { categories: new Map(), topics: new Map(), titles: files.titles };
  const seen = new Map<string, string>();
  for (const category of files.categories) {
    locale.categories.set(category.category, category);
    for (const topic of category.topics) {
      const earlier = seen.get(topic.id);
      if (earlier) {
        throw new KnowledgeBaseError(
          category.file,
          `duplicate topic, also in ${earlier}`,
          topic.id,
        );
      }
      seen.set(topic.id, category.file);
      locale.topics.set(topic.id, topic);
    }
  }
  return locale;
}

class LoadedKnowledgeBase implements KnowledgeBase {
  readonly languages: readonly string[];
  private readonly order: CategoryFile[];

  constructor(
    private readonly locales: ReadonlyMap<string, Locale>,
    private readonly base: Locale,
  ) {
    this.languages = [BASE_LANG, ...[...locales.keys()].filter((l) => l !== BASE_LANG)];
    this.order = [...base.categories.values()].sort((a, b) => a.order - b.order);
  }

  categories(lang: string = BASE_LANG): ServiceCategory[] {
    const locale = this.locales.get(lang);
    return this.order.map((c) => ({
      id: c.category as CategoryId,
      title:
        locale?.categories.get(c.category)?.title ??
        locale?.titles?.categories[c.category] ??
        c.title,
      order: c.order,
      topicIds: c.topics.map((t) => t.id as TopicId),
    }));
  }

  topics(lang: string = BASE_LANG): Topic[] {
    return this.order.flatMap((c) => c.topics.map((t) => this.localize(t, lang).topic));
  }

  topic(id: string, lang: string = BASE_LANG): TopicLookup | undefined {
    const topic = this.base.topics.get(id);
    return topic ? this.localize(topic, lang) : undefined;
  }

  answerLanguage(lang: string): string {
    return (this.locales.get(lang)?.categories.size ?? 0) > 0 ? lang : BASE_LANG;
  }

  private localize(baseTopic: Topic, lang: string): TopicLookup {
    const locale = this.locales.get(lang);
    const full = locale?.topics.get(baseTopic.id);
    if (full) return { topic: full, answerLang: lang };
    const title = locale?.titles?.topics[baseTopic.id];
    return { topic: title ? { ...baseTopic, title } : baseTopic, answerLang: BASE_LANG };
  }
}
