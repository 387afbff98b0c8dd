/**
 * A broadcast's target as a reviewer reads it: "乌兰镇、巴彦苏木" or "红旗村（乌兰镇）", never
 * codes, so they can judge whether the warning goes to the right places.
 */
import type { TargetSpec } from '../../domain/broadcasts/request.js';
import { type Locale, localize } from '../../domain/locale.js';
import type { Translate } from '../../i18n/translate.js';
import type { Db } from '../../store/database.js';
import { listTownships, listVillages } from '../../store/places.repository.js';

export async function targetNames(
  db: Db,
  translate: Translate,
  locale: Locale,
  target: TargetSpec,
): Promise<string> {
  if ('all' in target) return translate(locale, 'broadcast-where-all');
  const townships = await listTownships(db);
  const townshipName = (code: string) => {
    const t = townships.find((x) => x.code === code);
    return t ? localize(t.name, locale) : code;
  };
  const separator = locale === 'en' ? ', ' : '、';
  if ('townships' in target) return target.townships.map(townshipName).join(separator);
  const villages = await listVillages(db);
  return target.villages
    .map((code) => {
      const v = villages.find((x) => x.code === code);
      return v ? `${localize(v.name, locale)}（${townshipName(v.townshipCode)}）` : code;
    })
    .join(separator);
}
