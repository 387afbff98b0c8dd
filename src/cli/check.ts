/**
 * `cunjing check "<text>" [--lang zh-CN] [--json]`: the scam check from the command line, with
 * the county blocklist from DATABASE_URL like the bot (a reported number says how many times).
 * Without text it reads one message per line from stdin and prints one result per line.
 * --json prints {"risk", "type", "signals": [{"id", "quote", "explanation"}], "advice"}.
 */
import { isBareNumber } from '../domain/fraud/bare-number.js';
import { type BlocklistLookup, checkMessage } from '../domain/fraud/index.js';
import { createBlocklistCache } from '../store/blocklist.repository.js';
import { type CliIo, withStore } from './context.js';
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
  const blocklist = await loadBlocklist(io);
  const print = (text: string) => {
    const result = checkMessage(text, { lang, ...(blocklist ? { blocklist } : {}) });
    if (json) {
      io.out(JSON.stringify(result));
      return;
    }
    io.out(`${RISK_LABEL[result.risk]}${result.type ? ` [${result.type}]` : ''}`);
    for (const s of result.signals) io.out(`  • 「${s.quote}」 ${s.explanation}`);
    if (isBareNumber(text) && blocklist && !result.signals.some((s) => s.id === 'reported-phone'))
      io.out('  号码库没有这个号码 not in the county blocklist');
    io.out(`  ${result.advice}`);
  };
  await forEachInput(positionals, stdin, print);
  return 0;
}

/**
 * The county blocklist as it is now, or null (with a note) when the database cannot be read:
 * the check itself still works without it.
 */
async function loadBlocklist(io: CliIo): Promise<BlocklistLookup | null> {
  try {
    return await withStore(
      io,
      async ({ db }) => {
        const cache = await createBlocklistCache(db);
        cache.stop();
        return cache.lookup;
      },
      { migrate: false },
    );
  } catch (error) {
    io.err(`county blocklist not consulted (${(error as Error).message.split('\n')[0]})`);
    return null;
  }
}
