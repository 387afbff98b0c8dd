/**
 * `cunjing ask "<question>" [--lang zh-CN] [--json]`: the service matcher from the command line.
 * Without a question it reads one question per line from stdin and answers each, in one process,
 * so large question sets run quickly. With --json each answer is one line:
 * {"topic", "confidence", "band", "title", "answer", "alternatives": [{"topic", "title", "confidence"}]}
 */
import { LOCALES_DIR } from '../app/start.js';
import { createI18n, createTranslate } from '../bot/i18n.js';
import { renderAnswer } from '../bot/render-answer.js';
import { isLocale, type Locale } from '../domain/locale.js';
import { loadServiceCatalog, type ServiceCatalog } from '../domain/services/catalog.js';
import type { CliIo } from './context.js';
import { forEachInput, parseTextOptions } from './inputs.js';

/** Below this the matcher has next to no evidence: the question is out of scope. */
const OUT_OF_SCOPE_BELOW = 0.05;

function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export function answerQuestion(
  catalog: ServiceCatalog,
  question: string,
  locale: Locale,
  t: (key: string, vars?: Record<string, string | number>) => string,
) {
  const result = catalog.matcher.match(question, locale);
  const topicId = result.topic && result.confidence >= OUT_OF_SCOPE_BELOW ? result.topic : null;
  const found = topicId ? catalog.kb.topic(topicId, locale) : undefined;
  const answerLocale = found && isLocale(found.answerLang) ? found.answerLang : locale;
  const answer = found
    ? plainText(
        renderAnswer({
          topic: catalog.kb.topic(found.topic.id, answerLocale)?.topic ?? found.topic,
          title: found.topic.title,
          facts: {},
          part: 'full',
          inChinese: found.answerLang !== locale,
          t,
        }),
      )
    : '';
  return {
    topic: topicId,
    confidence: topicId ? result.confidence : 0,
    band: topicId ? result.band : 'low',
    title: found?.topic.title ?? '',
    answer,
    alternatives: result.alternatives
      .filter((a) => a.confidence > 0)
      .map((a) => ({ topic: a.topic, title: a.title, confidence: a.confidence })),
  };
}

export async function askCommand(
  args: string[],
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const { locale, json, positionals } = parseTextOptions(
    args,
    'usage: cunjing ask "<question>" [--lang zh-CN|en|mn] [--json]',
  );
  const catalog = loadServiceCatalog(LOCALES_DIR);
  const translate = createTranslate(createI18n(LOCALES_DIR));
  const t = (key: string, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const print = (question: string) => {
    const result = answerQuestion(catalog, question, locale, t);
    if (json) io.out(JSON.stringify(result));
    else if (!result.topic) io.out(`(out of scope) ${question}`);
    else
      io.out(
        `${result.title} [${result.topic}, confidence ${result.confidence}]\n\n${result.answer}\n`,
      );
  };
  await forEachInput(positionals, stdin, print);
  return 0;
}
