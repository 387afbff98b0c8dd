/**
 * A resident's free-text question, channel-neutral, with the bot's confidence bands: a direct
 * answer when the match is sure (`high`), "did you mean" with the top three when it is likely
 * (`medium`), and otherwise "not sure, call your officer" with the guesses as choices, the
 * question kept (without who asked) for the station's weekly review. Greetings get a kind word;
 * a pasted scam gets the scam verdict first, as in the bot.
 */
import { type BlocklistLookup, checkMessage } from '../../domain/fraud/index.js';
import { isLocale, type Locale } from '../../domain/locale.js';
import { placeFacts } from '../../domain/people/place-facts.js';
import { looksLikeQuestion, type ServiceCatalog } from '../../domain/services/catalog.js';
import { recordUnanswered } from '../../store/answer-feedback.repository.js';
import type { Db } from '../../store/database.js';
import { getVillageContext, type VillageContext } from '../../store/places.repository.js';
import { type Described, data, key } from '../described.js';
import { describeVerdict } from '../scam/describe-verdict.js';
import { describeAnswer } from './describe-answer.js';

export interface AnswerDeps {
  db: Db;
  catalog: ServiceCatalog;
  blocklist?: BlocklistLookup;
}

export interface AnswerInput {
  locale: Locale;
  villageCode: string | null;
  /** The text put in for a local fact the village's data does not have. */
  unknownFact: string;
}

export type AnswerOutcome = 'answer' | 'maybe' | 'not-sure' | 'small-talk' | 'scam';

const place = (db: Db, code: string | null) => (code ? getVillageContext(db, code) : null);

/** One topic, short or full, with the resident's village facts; null for an unknown topic. */
export async function describeTopic(
  deps: AnswerDeps,
  input: AnswerInput,
  topicId: string,
  part: 'short' | 'full',
  known?: VillageContext | null,
): Promise<Described | null> {
  const { kb } = deps.catalog;
  const found = kb.topic(topicId, input.locale);
  if (!found) return null;
  const village = known === undefined ? await place(deps.db, input.villageCode) : known;
  const answerLocale = isLocale(found.answerLang) ? found.answerLang : 'zh-CN';
  return describeAnswer({
    topic: kb.topic(topicId, answerLocale)?.topic ?? found.topic,
    title: found.topic.title,
    facts: placeFacts(village, input.locale),
    part,
    inChinese: found.answerLang !== input.locale,
    unknownFact: input.unknownFact,
  });
}

export async function answerQuestion(
  deps: AnswerDeps,
  input: AnswerInput,
  question: string,
): Promise<{ outcome: AnswerOutcome; reply: Described }> {
  const result = deps.catalog.matcher.match(question, input.locale);
  if (result.smallTalk || !looksLikeQuestion(question))
    return { outcome: 'small-talk', reply: note('services-small-talk') };
  const scam = checkMessage(question, {
    lang: input.locale,
    ...(deps.blocklist ? { blocklist: deps.blocklist } : {}),
  });
  if (scam.risk === 'high') return { outcome: 'scam', reply: describeVerdict(scam) };
  const village = await place(deps.db, input.villageCode);
  if (result.topic && result.band === 'high') {
    const reply = await describeTopic(deps, input, result.topic, 'short', village);
    if (reply) return { outcome: 'answer', reply };
  }
  const guesses = result.topic
    ? [
        { id: result.topic, title: result.title },
        ...result.alternatives.map((a) => ({ id: a.topic, title: a.title })),
      ]
    : [];
  const choices = guesses.map((g) => ({ label: data(g.title), action: `topic:${g.id}` }));
  if (result.band === 'medium')
    return {
      outcome: 'maybe',
      reply: { tone: 'info', blocks: [{ type: 'paragraph', text: key('web-maybe') }], choices },
    };
  await recordUnanswered(deps.db, {
    outcome: 'not-sure',
    question,
    topicId: result.topic,
    band: result.band,
    villageCode: village?.village.code ?? null,
    stationCode: village?.station.code ?? null,
  });
  const officer = village
    ? (placeFacts(village, input.locale).officer_name ?? '')
    : input.unknownFact;
  return {
    outcome: 'not-sure',
    reply: {
      tone: 'info',
      blocks: [{ type: 'paragraph', text: key('web-not-sure', { officer }) }],
      choices: [
        ...choices,
        ...(village
          ? [
              {
                label: key('web-call', { phone: village.village.officer.phone }),
                action: `call:${village.village.officer.phone}`,
              },
            ]
          : []),
        { label: key('services-button-browse'), action: 'menu' },
      ],
    },
  };
}

const note = (k: string): Described => ({
  tone: 'info',
  blocks: [{ type: 'paragraph', text: key(k) }],
  choices: [{ label: key('services-button-browse'), action: 'menu' }],
});
