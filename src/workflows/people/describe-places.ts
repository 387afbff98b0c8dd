/**
 * Choosing one's village on a channel without the QR code's preset: the townships, then one
 * township's villages, each a choice, named in the reader's language.
 */
import { type Locale, localize } from '../../domain/locale.js';
import type { Db } from '../../store/database.js';
import { listTownships, listVillages } from '../../store/places.repository.js';
import { type Described, data, key } from '../described.js';

export async function describeTownships(db: Db, locale: Locale): Promise<Described> {
  const townships = await listTownships(db);
  return {
    tone: 'info',
    blocks: [{ type: 'paragraph', text: key('web-choose-township') }],
    choices: townships.map((t) => ({
      label: data(localize(t.name, locale)),
      action: `township:${t.code}`,
    })),
  };
}

export async function describeVillages(
  db: Db,
  locale: Locale,
  townshipCode: string,
): Promise<Described> {
  const villages = await listVillages(db, townshipCode);
  return {
    tone: 'info',
    blocks: [{ type: 'paragraph', text: key('web-choose-village') }],
    choices: [
      ...villages.map((v) => ({
        label: data(localize(v.name, locale)),
        action: `village:${v.code}`,
      })),
      { label: key('services-button-back'), action: 'places' },
    ],
  };
}
