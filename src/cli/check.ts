/**
 * `cunjing check "<text>" [--lang zh-CN] [--json]`: the scam check from the command line.
 * Without text it reads one message per line from stdin and prints one result per line.
 * --json prints {"risk", "type", "signals": [{"id", "quote", "explanation"}], "advice"}.
 */
import { parseArgs } from 'node:util';
import { checkMessage } from '../domain/fraud/index.js';
import { isLocale } from '../domain/locale.js';
import { type CliIo, UsageError } from './context.js';
import { forEachInput } from './inputs.js';

const RISK_LABEL = {
  high: '高风险 high risk',
  suspicious: '可疑 suspicious',
  none: '未发现明显风险 no known red flags',
};

export async function checkCommand(
  args: string[],
  io: CliIo,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'zh-CN' },
      json: { type: 'boolean', default: false },
    },
  });
  const lang = values.lang;
  if (!isLocale(lang))
    throw new UsageError('usage: cunjing check "<text>" [--lang zh-CN|en|mn] [--json]');
  const print = (text: string) => {
    const result = checkMessage(text, { lang });
    if (values.json) {
      io.out(JSON.stringify(result));
      return;
    }
    io.out(`${RISK_LABEL[result.risk]}${result.type ? ` [${result.type}]` : ''}`);
    for (const s of result.signals) io.out(`  • 「${s.quote}」 ${s.explanation}`);
    io.out(`  ${result.advice}`);
  };
  await forEachInput(positionals, stdin, print);
  return 0;
}
