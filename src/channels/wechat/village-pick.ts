/**
 * Picking one's village by name, for a follower who followed without a village QR scene: they
 * type "红旗村" (or township and village, "乌兰镇红旗村"). The same forgiving search as the bot's
 * place picker (`findVillagesByName`), narrowed by a township named in the text. One match sets
 * the village and welcomes them as the scan does; several are offered as choices (a menu message,
 * answerable by number); a text that names a place we do not know says how to find it. The
 * choice (`village:<code>`) is taken only while it is among the follower's fresh offers, so an
 * old list, or a forged id, moves nobody.
 *
 * A follower whose village is known changes it the same way: typing 换村 (or 更换村庄, or
 * choosing settings → 更换村庄) asks for the name, and the next short text is read as one
 * (`flow = 'village'`): a match moves them, several are offered, an unknown name says so and
 * waits for another; a longer text (a question) ends the change and keeps its meaning.
 */
import { type Locale, localize } from '../../domain/locale.js';
import type { Township, Village } from '../../domain/people/places.js';
import { findVillagesByName } from '../../domain/people/village-search.js';
import type { Db } from '../../store/database.js';
import {
  getVillage,
  getVillageContext,
  listTownships,
  listVillages,
} from '../../store/places.repository.js';
import { saveWechatResident, type WechatResident } from '../../store/wechat.repository.js';
import type { OutgoingMessage } from './outgoing.js';
import type { PlainTranslate } from './texts.js';
import { wasOffered } from './typed-choice.js';
import { welcome } from './welcome.js';

export const VILLAGE_CHOICE = 'village:';

/** What a follower types to change their village: 换村, 更换村庄, 改村, change village, … */
const CHANGE_VILLAGE =
  /^(我要|我想)?(换|更换|改|修改|变更|设置)(一下|个)?(所在的?|我的)?(村|村庄|村子|嘎查)[\s\p{P}]*$|^(change|set) (my )?village[\s\p{P}]*$/iu;

export const isVillageChange = (text: string): boolean => CHANGE_VILLAGE.test(text.trim());

/** Longer texts are questions or messages, not a village's name; one character names nothing. */
const MAX_NAME_CHARS = 16;
const MIN_NAME_CHARS = 2;
/** A menu message of more is hard to read on a phone; the follower can type more of the name. */
const MAX_OFFERED = 9;
/**
 * A text that is a place's name: 幸福村, 巴彦嘎查, 乌兰镇, 新民乡, … A question that mentions one
 * (村里停电了找谁) does not end with it, and keeps its meaning.
 */
const PLACE_NAME = /(村|嘎查|镇|乡|苏木|屯|village|gachaa|ᠭᠠᠴᠠᠭ᠎ᠠ|ᠲᠠᠰᠤᠭ)[\s\p{P}]*$/iu;

interface Deps {
  db: Db;
  t: PlainTranslate;
}

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/**
 * The villages a text names. "乌兰镇红旗村" is read as township and village: the township's name is
 * taken out and the rest looked for in that township; when that finds nothing, the whole text is
 * looked for everywhere, as the bot's place picker does.
 */
export function searchVillages(
  villages: Village[],
  townships: Township[],
  text: string,
): Village[] {
  const typed = fold(text);
  for (const township of townships)
    for (const name of Object.values(township.name)) {
      const folded = fold(name);
      if (folded.length < 2 || !typed.includes(folded)) continue;
      const rest = typed.replace(folded, '');
      const inTownship = villages.filter((v) => v.townshipCode === township.code);
      const found = rest ? findVillagesByName(inTownship, rest) : [];
      if (found.length) return found;
    }
  return findVillagesByName(villages, text);
}

/**
 * The answer to a follower without a village who typed `text`, or null when the text is not
 * about a village (it then keeps its ordinary meaning: a question, a greeting).
 */
export async function villageByName(
  deps: Deps,
  resident: WechatResident,
  locale: Locale,
  text: string,
): Promise<OutgoingMessage[] | null> {
  const chars = [...text.trim()].length;
  if (chars > MAX_NAME_CHARS || chars < MIN_NAME_CHARS) return null;
  const townships = await listTownships(deps.db);
  const matches = searchVillages(await listVillages(deps.db), townships, text);
  const [only] = matches;
  if (matches.length === 1 && only) return setVillage(deps, resident, only.code);
  if (matches.length > 1) {
    const townshipOf = new Map(townships.map((t) => [t.code, t]));
    return [
      {
        type: 'menu',
        head: deps.t(locale, 'wechat-village-several'),
        items: matches.slice(0, MAX_OFFERED).map((v) => {
          const township = townshipOf.get(v.townshipCode);
          return {
            id: `${VILLAGE_CHOICE}${v.code}`,
            content: township
              ? `${localize(v.name, locale)}（${localize(township.name, locale)}）`
              : localize(v.name, locale),
          };
        }),
        tail: deps.t(locale, 'wechat-village-several-tail'),
      },
    ];
  }
  if (!PLACE_NAME.test(text.trim())) return null;
  return [{ type: 'text', text: deps.t(locale, 'wechat-village-not-found') }];
}

/** A village chosen from the offered list (tapped, or typed by number). */
export async function chooseOfferedVillage(
  deps: Deps,
  resident: WechatResident,
  locale: Locale,
  code: string,
  now: Date,
): Promise<OutgoingMessage[]> {
  const offered = await wasOffered(deps.db, resident.openid, `${VILLAGE_CHOICE}${code}`, now);
  if (!offered || !(await getVillage(deps.db, code)))
    return [{ type: 'text', text: deps.t(locale, 'wechat-village-expired') }];
  return setVillage(deps, resident, code);
}

async function setVillage(
  deps: Deps,
  resident: WechatResident,
  code: string,
): Promise<OutgoingMessage[]> {
  const updated = await saveWechatResident(deps.db, resident.openid, {
    villageCode: code,
    flow: null,
  });
  return welcome(deps, updated);
}

/** Asks for the village's name (saying which one is known) and reads the next text as one. */
export async function askVillage(
  deps: Deps,
  resident: WechatResident,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  await saveWechatResident(deps.db, resident.openid, { flow: 'village' });
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  const text = place
    ? deps.t(locale, 'wechat-village-change-prompt', {
        village: localize(place.village.name, locale),
      })
    : deps.t(locale, 'wechat-village-ask');
  return [{ type: 'text', text }];
}

/** A short text after 换村 that names no village is still taken for a name (幸福, 红星). */
const SHORT_NAME_CHARS = 5;

/**
 * The text after 换村: a village's name. An unknown name (a place's name, or a short text) says
 * so and waits for another; anything else (a question) ends the change and is null, keeping its
 * ordinary meaning.
 */
export async function villageAsked(
  deps: Deps,
  resident: WechatResident,
  locale: Locale,
  text: string,
): Promise<OutgoingMessage[] | null> {
  const found = await villageByName(deps, resident, locale, text);
  if (found) return found;
  const chars = [...text.trim()].length;
  if (chars >= MIN_NAME_CHARS && chars <= SHORT_NAME_CHARS)
    return [{ type: 'text', text: deps.t(locale, 'wechat-village-not-found') }];
  await saveWechatResident(deps.db, resident.openid, { flow: null });
  return null;
}
