/**
 * `cunjing check "<text>" [--lang zh-CN] [--json]`: the scam check from the command line.
 * Without text it reads one message per line from stdin and prints one result per line.
 * --json prints {"risk", "type", "signals": [{"id", "quote", "explanation"}], "advice"}.
 */
import { checkMessage } from '../domain/fraud/index.js';
import type { CliIo } from './context.js';
import { forEachInput, parseTextOptions } from './inputs.js';

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
  const {
    locale: lang,
    json,
    positionals,
  } = parseTextOptions(args, 'usage: cunjing check "<text>" [--lang zh-CN|en|mn] [--json]');
  const print = (text: string) => {
    const result = checkMessage(text, { lang });
    if (json) {
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
