/**
 * The fixed service topic ids and categories.
 *
 * Why a list in code when the YAML files already name their topics: the knowledge base is written
 * by several people, and a topic that silently goes missing (a file not saved, an id typed
 * `hukou.brith`) would otherwise only show up when a villager asks and gets "I don't know". The
 * loader checks the zh-CN files against this list at start-up, so the gap fails loudly instead.
 * The ids match `shared/eval/topics.tsv`; change both together.
 */
export const TOPIC_IDS = [
  'hukou.birth',
  'hukou.move-in',
  'hukou.move-out',
  'hukou.return-village',
  'hukou.cancel',
  'hukou.correction',
  'hukou.split',
  'hukou.booklet',
  'hukou.unregistered',
  'police.certificates',
  'idcard.first',
  'idcard.renewal',
  'idcard.lost',
  'idcard.temporary',
  'idcard.progress',
  'idcard.homevisit',
  'residence.permit',
  'exit.documents',
  'driver.renewal',
  'driver.lost',
  'driver.points',
  'driver.exam',
  'vehicle.registration',
  'vehicle.transfer',
  'vehicle.inspection',
  'vehicle.violation',
  'vehicle.plate-lost',
  'vehicle.scrap',
  'ebike.registration',
  'rural.motor-vehicles',
  'traffic.accident',
  'fraud.victim',
  'police.report',
  'lost.found',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];

/**
 * Category ids: each is one file, `locales/<lang>/services/<category>.yaml`. A file whose name is
 * not listed here is rejected, so a stray `hukou (copy).yaml` cannot add a second category.
 */
export const CATEGORY_IDS = [
  'hukou',
  'idcard',
  'residence-exit',
  'driver',
  'vehicle',
  'ebike-rural',
  'emergency',
] as const;

export type CategoryId = (typeof CATEGORY_IDS)[number];

/** The language every topic must exist in, and the one answers fall back to. */
export const BASE_LANG = 'zh-CN';

const topicIdSet: ReadonlySet<string> = new Set(TOPIC_IDS);
const categoryIdSet: ReadonlySet<string> = new Set(CATEGORY_IDS);

/** Narrows a string from a file or a callback payload to a known topic id. */
export function isTopicId(value: string): value is TopicId {
  return topicIdSet.has(value);
}

/** Narrows a string (usually a file name) to a known category id. */
export function isCategoryId(value: string): value is CategoryId {
  return categoryIdSet.has(value);
}
