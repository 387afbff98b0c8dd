/**
 * One input from the command line, or one per line from stdin: how `ask` and `check` take their
 * text, so a large set runs in one process.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../domain/locale.js';
import { UsageError } from './context.js';

export async function forEachInput(
  positionals: string[],
  stdin: NodeJS.ReadableStream,
  handle: (text: string) => void,
): Promise<void> {
  if (positionals.length > 0) {
    handle(positionals.join(' '));
    return;
  }
  for await (const line of createInterface({ input: stdin, crlfDelay: Number.POSITIVE_INFINITY }))
    handle(line);
}

/** The options `ask` and `check` share: `--lang zh-CN|en|mn` and `--json`. */
export function parseTextOptions(
  args: string[],
  usage: string,
): { locale: Locale; json: boolean; positionals: string[] } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'zh-CN' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!isLocale(values.lang)) throw new UsageError(usage);
  return { locale: values.lang, json: values.json, positionals };
}
