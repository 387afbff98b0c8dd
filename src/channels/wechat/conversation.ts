/**
 * What a resident gets on WeChat, as data: (deps, input) → the messages to send. It records the
 * resident (village from a QR scene, subscribed, the time of their last message for the 48-hour
 * window) and then answers with the channel-neutral rules: service answers, the scam check, the
 * village officer. It sends nothing itself, so tests can assert the replies exactly.
 */
import type { BlocklistLookup } from '../../domain/fraud/index.js';
import { isLocale, type Locale, localize } from '../../domain/locale.js';
import { placeFacts } from '../../domain/people/place-facts.js';
import { looksLikeQuestion, type ServiceCatalog } from '../../domain/services/catalog.js';
import type { Db } from '../../store/database.js';
import { getVillage, getVillageContext } from '../../store/places.repository.js';
import { saveWechatResident, type WechatResident } from '../../store/wechat.repository.js';
import { answerFeedbackChoice } from './feedback-choice.js';
import type { ResidentInput } from './inbound.js';
import type { OutgoingMessage } from './outgoing.js';
import { looksLikeScam, scamReply } from './scam-reply.js';
import {
  type AnswerContext,
  answerQuestion,
  categoriesMenu,
  categoryMenu,
  topicAnswer,
} from './service-answers.js';
import type { PlainTranslate } from './texts.js';

export interface ConversationDeps {
  db: Db;
  catalog: ServiceCatalog;
  t: PlainTranslate;
  blocklist?: BlocklistLookup;
}

/** Ids of the main choices, used by menu messages and by the custom menu's CLICK buttons. */
export const MAIN_CHOICES = {
  services: 'main:services',
  scam: 'main:scam',
  officer: 'main:officer',
  report: 'main:report',
  language: 'main:language',
} as const;

const LANGUAGE_LABELS: Record<Locale, string> = {
  'zh-CN': '中文',
  mn: 'ᠮᠣᠩᠭᠣᠯ Монгол',
  en: 'English',
};

export async function respond(
  deps: ConversationDeps,
  input: ResidentInput,
): Promise<OutgoingMessage[]> {
  const { action } = input;
  if (action.kind === 'unfollow') {
    await saveWechatResident(deps.db, input.from, { subscribed: false }, input.at);
    return [];
  }
  if (action.kind === 'follow' || action.kind === 'scan') {
    const scene = action.scene && (await getVillage(deps.db, action.scene)) ? action.scene : null;
    const resident = await saveWechatResident(
      deps.db,
      input.from,
      {
        subscribed: true,
        messageAt: input.at,
        flow: null,
        ...(scene ? { villageCode: scene } : {}),
      },
      input.at,
    );
    return welcome(deps, resident);
  }
  const resident = await saveWechatResident(
    deps.db,
    input.from,
    { subscribed: true, messageAt: input.at },
    input.at,
  );
  const locale: Locale = isLocale(resident.language) ? resident.language : 'zh-CN';
  const say = (key: string, vars?: Record<string, string>): OutgoingMessage => ({
    type: 'text',
    text: deps.t(locale, key, vars),
  });
  switch (action.kind) {
    case 'text':
      return onText(deps, resident, locale, action.text);
    case 'voice':
      return action.recognition
        ? onText(deps, resident, locale, action.recognition)
        : [say('wechat-voice-unheard')];
    case 'choice':
      if (action.id.startsWith('fb:'))
        return answerFeedbackChoice(deps, resident.openid, locale, action.id.slice(3), input.at);
      return onChoice(deps, resident, locale, action.id);
    case 'image':
      return [say('wechat-image')];
    case 'location':
      return [say('wechat-location', { label: action.label || '—' })];
    default:
      return [say('wechat-unsupported')];
  }
}

async function answerContext(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
): Promise<AnswerContext> {
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  return { catalog: deps.catalog, locale, t: deps.t, facts: placeFacts(place, locale) };
}

async function onText(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  text: string,
): Promise<OutgoingMessage[]> {
  if (resident.flow === 'scam') {
    await saveWechatResident(deps.db, resident.openid, { flow: null });
    return scamReply(text, locale, deps.t, deps.blocklist);
  }
  // A pasted or forwarded message looks like one; WeChat does not mark forwards, so the check
  // itself decides: anything it finds suspicious gets the verdict, everything else an answer.
  if (looksLikeScam(text, deps.blocklist)) return scamReply(text, locale, deps.t, deps.blocklist);
  if (!looksLikeQuestion(text)) return mainChoices(deps, locale);
  return answerQuestion(await answerContext(deps, resident, locale), text);
}

async function onChoice(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  id: string,
): Promise<OutgoingMessage[]> {
  const [kind, value = ''] = splitOnce(id);
  const ctx = await answerContext(deps, resident, locale);
  switch (kind) {
    case 'cat': {
      const menu = categoryMenu(ctx, value);
      return menu ? [menu] : [categoriesMenu(ctx)];
    }
    case 'topic':
      return topicAnswer(ctx, value, 'short');
    case 'full':
      return topicAnswer(ctx, value, 'full');
    case 'lang':
      if (!isLocale(value)) return [];
      await saveWechatResident(deps.db, resident.openid, { language: value });
      return [{ type: 'text', text: deps.t(value, 'wechat-language-set') }];
  }
  switch (id) {
    case MAIN_CHOICES.services:
      return [categoriesMenu(ctx)];
    case MAIN_CHOICES.scam:
      await saveWechatResident(deps.db, resident.openid, { flow: 'scam' });
      return [{ type: 'text', text: deps.t(locale, 'wechat-scam-prompt') }];
    case MAIN_CHOICES.officer:
      return officerCard(deps, resident, locale);
    case MAIN_CHOICES.report:
      return [{ type: 'text', text: deps.t(locale, 'wechat-report') }];
    case MAIN_CHOICES.language:
      return [
        {
          type: 'menu',
          head: deps.t(locale, 'wechat-language-head'),
          items: Object.entries(LANGUAGE_LABELS).map(([code, label]) => ({
            id: `lang:${code}`,
            content: label,
          })),
          tail: '',
        },
      ];
    default:
      return mainChoices(deps, locale);
  }
}

function splitOnce(id: string): [string, string?] {
  const at = id.indexOf(':');
  return at < 0 ? [id] : [id.slice(0, at), id.slice(at + 1)];
}

async function officerCard(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
): Promise<OutgoingMessage[]> {
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  if (!place) return [{ type: 'text', text: deps.t(locale, 'wechat-officer-no-village') }];
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  return [
    {
      type: 'text',
      text: deps.t(locale, 'wechat-officer', {
        officer: l(place.village.officer.name),
        phone: place.village.officer.phone,
        station: l(place.station.name),
        address: l(place.station.address),
        hours: l(place.station.hours),
        stationPhone: place.station.phone,
      }),
    },
  ];
}

function mainChoices(deps: ConversationDeps, locale: Locale): OutgoingMessage[] {
  const item = (id: string, key: string) => ({ id, content: deps.t(locale, key) });
  return [
    {
      type: 'menu',
      head: deps.t(locale, 'wechat-main-head'),
      items: [
        item(MAIN_CHOICES.services, 'wechat-choice-services'),
        item(MAIN_CHOICES.scam, 'wechat-choice-scam'),
        item(MAIN_CHOICES.officer, 'wechat-choice-officer'),
        item(MAIN_CHOICES.report, 'wechat-choice-report'),
      ],
      tail: deps.t(locale, 'wechat-main-tail'),
    },
  ];
}

async function welcome(
  deps: ConversationDeps,
  resident: WechatResident,
): Promise<OutgoingMessage[]> {
  const locale: Locale = isLocale(resident.language) ? resident.language : 'zh-CN';
  const place = resident.village_code
    ? await getVillageContext(deps.db, resident.village_code)
    : null;
  const l = (text: Parameters<typeof localize>[0]) => localize(text, locale);
  const greeting = place
    ? deps.t(locale, 'wechat-welcome', {
        village: l(place.village.name),
        officer: l(place.village.officer.name),
        phone: place.village.officer.phone,
        station: l(place.station.name),
      })
    : deps.t(locale, 'wechat-welcome-no-village');
  return [{ type: 'text', text: greeting }, ...mainChoices(deps, locale)];
}
