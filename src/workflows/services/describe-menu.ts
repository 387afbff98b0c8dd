/**
 * The services menu, channel-neutral: the categories, then one category's topics, each a
 * choice, titled in the reader's language where the knowledge base has it.
 */
import type { KnowledgeBase } from '../../domain/services/knowledge-base.js';
import { type Described, data, key } from '../described.js';

export function describeCategories(kb: KnowledgeBase, locale: string): Described {
  return {
    tone: 'info',
    blocks: [{ type: 'paragraph', text: key('services-choose-category') }],
    choices: kb
      .categories(locale)
      .map((c) => ({ label: data(c.title), action: `category:${c.id}` })),
  };
}

/** One category's topics, or null for a category the knowledge base does not have. */
export function describeCategory(
  kb: KnowledgeBase,
  locale: string,
  categoryId: string,
): Described | null {
  const category = kb.categories(locale).find((c) => c.id === categoryId);
  if (!category) return null;
  return {
    tone: 'info',
    blocks: [
      { type: 'paragraph', text: key('services-choose-topic', { category: category.title }) },
    ],
    choices: [
      ...category.topicIds.map((id) => ({
        label: data(kb.topic(id, locale)?.topic.title ?? id),
        action: `topic:${id}`,
      })),
      { label: key('services-button-back'), action: 'menu' },
    ],
  };
}
