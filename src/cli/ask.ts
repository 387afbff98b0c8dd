/**
 * `cunjing ask "<question>" [--lang zh-CN] [--json] [--village <code>]`: the service matcher from
 * the command line. Without a question it reads one question per line from stdin and answers
 * each, in one process, so large question sets run quickly. With --json each answer is one line:
 * {"topic", "confidence", "band", "title", "short", "answer", "alternatives": [{"topic", "title", "confidence"}]}
 *
 * `topic` is null exactly when the bot would say "not sure" (band `low`, small talk included);
 * `band` still says which band it was. With --village the answer is filled with that village's
 * station and county facts, as its residents see it, so a station can review its answers.
 */
import { parseArgs } from 'node:util';
import { LOCALES_DIR } from '../app/content.js';
import { isLocale, type Locale } from '../domain/locale.js';
import { placeFacts } from '../domain/people/place-facts.js';
import { loadServiceCatalog, type ServiceCatalog } from '../domain/services/catalog.js';
import type { PlaceholderFacts } from '../domain/services/placeholders.js';
import { describedText, PLAIN_TEXT } from '../i18n/described-text.js';
import { createTranslate } from '../i18n/translate.js';
import { getVillageContext } from '../store/places.repository.js';
import { describeAnswerMessage } from '../workflows/services/describe-answer-message.js';
import { type CliIo, UsageError, withStore } from './context.js';
import { forEachInput } from './inputs.js';

export const ASK_USAGE = `usage: cunjing ask "<question>" [--lang zh-CN|en|mn] [--json] [--village <code>]
  Answers a service question as the bot would. Without a question, reads one per line from stdin.
  --json            one JSON line per question: topic (null when the bot would say "not sure"),
                    confidence, band (high|medium|low), title, short, answer, alternatives
  --village <code>  fill local facts (station, service hall, vehicle office) from that village`;

type T = (key: string, vars?: Record<string, string | number>) => string;

export function answerQuestion(
  catalog: ServiceCatalog,
  question: string,
  locale: Locale,
  t: T,
  facts: PlaceholderFacts = {},
) {
  const result = catalog.matcher.match(question, locale);
  const topicId = result.band === 'low' ? null : result.topic;
  const found = topicId ? catalog.kb.topic(topicId, locale) : undefined;
  const answerLocale = found && isLocale(found.answerLang) ? found.answerLang : locale;
  const render = (part: 'short' | 'full') =>
    found
      ? describedText(
          describeAnswerMessage({
            topic: catalog.kb.topic(found.topic.id, answerLocale)?.topic ?? found.topic,
            title: found.topic.title,
            facts,
            part,
            inChinese: found.answerLang !== locale,
            unknownFact: t('services-fact-unknown'),
          }),
          t,
          PLAIN_TEXT,
        )
      : '';
  return {
    topic: topicId,
    confidence: result.confidence,
    band: result.band,
    ...(result.smallTalk ? { smallTalk: true } : {}),
    title: found?.topic.title ?? '',
    short: render('short'),
    answer: render('full'),
    alternatives: result.alternatives
      .filter((a) => a.confidence > 0)
      .map((a) => ({ topic: a.topic, title: a.title, confidence: a.confidence })),
  };
}

function parseAskArgs(args: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'zh-CN' },
        json: { type: 'boolean', default: false },
        village: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (!isLocale(values.lang))
      throw new UsageError(`unknown --lang "${values.lang}"\n${ASK_USAGE}`);
    return { ...values, locale: values.lang, positionals };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${error instanceof Error ? error.message : error}\n${ASK_USAGE}`);
  }
}

export async function askCommand(
  args: string[],
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const options = parseAskArgs(args);
  if (options.help) {
    io.out(ASK_USAGE);
    return 0;
  }
  const { locale, json, positionals } = options;
  const catalog = loadServiceCatalog(LOCALES_DIR);
  const translate = createTranslate(LOCALES_DIR, 'plain');
  const t: T = (key, vars) => translate(locale, key, vars);
  const facts = options.village ? await villageFacts(io, options.village, locale) : {};
  const print = (question: string) => {
    const result = answerQuestion(catalog, question, locale, t, facts);
    if (json) io.out(JSON.stringify(result));
    else if (!result.topic) io.out(`(not sure: ${result.band}) ${question}`);
    else
      io.out(
        `${result.title} [${result.topic}, ${result.band} ${result.confidence}]\n\n${result.short}\n\n${result.answer}\n`,
      );
  };
  await forEachInput(positionals, stdin, print);
  return 0;
}

async function villageFacts(io: CliIo, code: string, locale: Locale): Promise<PlaceholderFacts> {
  return withStore(io, async ({ db }) => {
    const place = await getVillageContext(db, code);
    if (!place)
      throw new UsageError(
        `no village "${code}" in the database; list them with the county file, or import one with: cunjing villages import <file.yaml>`,
      );
    return placeFacts(place, locale);
  });
}
