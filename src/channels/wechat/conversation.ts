/**
 * What a resident gets on WeChat, as data: (deps, input) → the messages to send. It records the
 * resident (village from a QR scene, subscribed, the time of their last message for the 48-hour
 * window) and then answers with the channel-neutral rules: service answers, the scam check, the
 * village officer. It sends nothing itself, so tests can assert the replies exactly.
 * A typed number answers the last choices offered (typed-choice.ts); a follower without a
 * village can type its name (village-pick.ts); a picture is read for the scam check
 * (screenshot-reply.ts).
 */
import type { BlocklistLookup } from '../../domain/fraud/index.js';
import { isLocale, type Locale } from '../../domain/locale.js';
import { placeFacts } from '../../domain/people/place-facts.js';
import { looksLikeQuestion, type ServiceCatalog } from '../../domain/services/catalog.js';
import type { Logger } from '../../logger.js';
import type { ScreenshotReader } from '../../ocr/index.js';
import type { Db } from '../../store/database.js';
import { getVillage, getVillageContext } from '../../store/places.repository.js';
import { saveWechatResident, type WechatResident } from '../../store/wechat.repository.js';
import { answerFeedbackChoice } from './feedback-choice.js';
import type { ResidentInput } from './inbound.js';
import type { MediaDownloader } from './media-download.js';
import { officerCard } from './officer-card.js';
import type { OutgoingMessage } from './outgoing.js';
import {
  isReminderChoice,
  isRemindersRequest,
  reminderChoice,
  showReminders,
} from './reminders.js';
import { looksLikeScam, scamReply } from './scam-reply.js';
import {
  type ScreenshotDeps,
  SHOT_CHOICE,
  screenshotAtMenu,
  screenshotReply,
} from './screenshot-reply.js';
import {
  type AnswerContext,
  answerQuestion,
  categoriesMenu,
  categoryMenu,
  topicAnswer,
} from './service-answers.js';
import { askPhone, isSmsRequest, isSmsStop, phoneStep, stopSms } from './sms-phone.js';
import type { PlainTranslate } from './texts.js';
import { typedChoice, wasOffered } from './typed-choice.js';
import {
  askVillage,
  chooseOfferedVillage,
  isVillageChange,
  VILLAGE_CHOICE,
  villageAsked,
  villageByName,
} from './village-pick.js';
import { MAIN_CHOICES, mainChoices, welcome } from './welcome.js';

export { MAIN_CHOICES } from './welcome.js';

export interface ConversationDeps {
  db: Db;
  catalog: ServiceCatalog;
  t: PlainTranslate;
  blocklist?: BlocklistLookup;
  /** Reads screenshots (src/ocr); without it a picture gets "paste the text instead". */
  screenshots?: ScreenshotReader;
  /** SMS is configured: followers may give a number (短信通知) for report news. */
  sms?: boolean;
  /** Fetches a follower's picture by media id (the temporary media API). */
  downloadMedia?: MediaDownloader;
  logger?: Logger;
}

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
    case 'text': {
      if (resident.flow !== 'sms-phone' && resident.flow !== 'sms-code')
        return onTyped(deps, resident, locale, action.text, input.at);
      // A number or a code: before typed choices, as "12" here is not the 12th item.
      const step = await phoneStep(
        deps,
        resident.openid,
        resident.flow,
        locale,
        action.text,
        input.at,
      );
      return step ?? onTyped(deps, { ...resident, flow: null }, locale, action.text, input.at);
    }
    case 'voice':
      return action.recognition
        ? onTyped(deps, resident, locale, action.recognition, input.at)
        : [say('wechat-voice-unheard')];
    case 'choice':
      return onAnyChoice(deps, resident, locale, action.id, input.at);
    case 'image': {
      if (resident.flow) await saveWechatResident(deps.db, resident.openid, { flow: null });
      // In 防骗查询 the picture is the message to check; elsewhere the check is only offered.
      const read = resident.flow === 'scam' ? screenshotReply : screenshotAtMenu;
      return read(screenshotDeps(deps), locale, action.mediaId);
    }
    case 'location':
      return [say('wechat-location', { label: action.label || '—' })];
    default:
      return [say('wechat-unsupported')];
  }
}

function screenshotDeps(deps: ConversationDeps): ScreenshotDeps {
  return {
    t: deps.t,
    reader: deps.screenshots,
    download: deps.downloadMedia,
    logger: deps.logger,
    blocklist: deps.blocklist,
  };
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

/** Text or recognised speech: a typed choice number first, then the text's ordinary meaning. */
async function onTyped(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  text: string,
  at: Date,
): Promise<OutgoingMessage[]> {
  const typed = await typedChoice(deps.db, resident.openid, text, at);
  switch (typed.kind) {
    case 'choice':
      return onAnyChoice(deps, resident, locale, typed.id, at);
    case 'stale':
      return [
        { type: 'text', text: deps.t(locale, 'wechat-choice-stale') },
        ...mainChoices(deps.t, locale),
      ];
    case 'out-of-range':
      return [
        {
          type: 'text',
          text: deps.t(locale, 'wechat-choice-out-of-range', { count: typed.count }),
        },
      ];
    default:
      return onText(deps, resident, locale, text, at);
  }
}

/** A tapped (or typed-number) choice: 回访 answers, an offered village, or the menus. */
async function onAnyChoice(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  id: string,
  at: Date,
): Promise<OutgoingMessage[]> {
  // Another choice ends a change of village, or a phone number, that was waiting for words.
  if (resident.flow && resident.flow !== 'scam' && !id.startsWith(VILLAGE_CHOICE))
    await saveWechatResident(deps.db, resident.openid, { flow: null });
  if (id.startsWith('fb:'))
    return answerFeedbackChoice(deps, resident.openid, locale, id.slice(3), at);
  if (id.startsWith(VILLAGE_CHOICE))
    return chooseOfferedVillage(deps, resident, locale, id.slice(VILLAGE_CHOICE.length), at);
  if (id.startsWith(SHOT_CHOICE)) return checkOfferedShot(deps, resident, locale, id, at);
  if (isReminderChoice(id)) return reminderChoice(deps, resident.openid, locale, id, at);
  if (id === MAIN_CHOICES.reminders) return showReminders(deps, resident.openid, locale, at);
  return onChoice(deps, resident, locale, id);
}

/** The offered check of a picture: read again and checked while the offer is fresh. */
async function checkOfferedShot(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  id: string,
  at: Date,
): Promise<OutgoingMessage[]> {
  if (!(await wasOffered(deps.db, resident.openid, id, at)))
    return [{ type: 'text', text: deps.t(locale, 'scam-shot-expired') }];
  return screenshotReply(screenshotDeps(deps), locale, id.slice(SHOT_CHOICE.length));
}

async function onText(
  deps: ConversationDeps,
  resident: WechatResident,
  locale: Locale,
  text: string,
  at: Date,
): Promise<OutgoingMessage[]> {
  if (resident.flow === 'scam') {
    await saveWechatResident(deps.db, resident.openid, { flow: null });
    return scamReply(text, locale, deps.t, deps.blocklist);
  }
  if (isVillageChange(text)) return askVillage(deps, resident, locale);
  if (deps.sms && isSmsRequest(text)) return askPhone(deps, resident.openid, locale);
  if (deps.sms && isSmsStop(text)) return stopSms(deps, resident.openid, locale);
  if (isRemindersRequest(text)) return showReminders(deps, resident.openid, locale, at);
  if (resident.flow === 'village') {
    const moved = await villageAsked(deps, resident, locale, text);
    if (moved) return moved;
  }
  // A pasted or forwarded message looks like one; WeChat does not mark forwards, so the check
  // itself decides: anything it finds suspicious gets the verdict, everything else an answer.
  if (looksLikeScam(text, deps.blocklist)) return scamReply(text, locale, deps.t, deps.blocklist);
  if (!resident.village_code) {
    const picked = await villageByName(deps, resident, locale, text);
    if (picked) return picked;
  }
  if (!looksLikeQuestion(text)) return mainChoices(deps.t, locale);
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
    case MAIN_CHOICES.village:
      return askVillage(deps, resident, locale);
    case MAIN_CHOICES.sms:
      return deps.sms ? askPhone(deps, resident.openid, locale) : mainChoices(deps.t, locale);
    case MAIN_CHOICES.language:
      // Settings: the languages, reminders, and changing one's village.
      return [
        {
          type: 'menu',
          head: deps.t(locale, 'wechat-language-head'),
          items: [
            ...Object.entries(LANGUAGE_LABELS).map(([code, label]) => ({
              id: `lang:${code}`,
              content: label,
            })),
            { id: MAIN_CHOICES.reminders, content: deps.t(locale, 'wechat-choice-reminders') },
            { id: MAIN_CHOICES.village, content: deps.t(locale, 'wechat-choice-village') },
            ...(deps.sms
              ? [{ id: MAIN_CHOICES.sms, content: deps.t(locale, 'wechat-choice-sms') }]
              : []),
          ],
          tail: '',
        },
      ];
    default:
      return mainChoices(deps.t, locale);
  }
}

function splitOnce(id: string): [string, string?] {
  const at = id.indexOf(':');
  return at < 0 ? [id] : [id.slice(0, at), id.slice(at + 1)];
}
