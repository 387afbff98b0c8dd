/**
 * The `cunjing` command line: start the bot, run migrations, import villages, manage officers,
 * print village QR codes. Each subcommand lives in its own file.
 */

import { fixableMessage } from '../app/startup-error.js';
import { ConfigError } from '../config.js';
import { CountyFileError } from '../content/county-file.js';
import { type CliIo, processIo, UsageError } from './context.js';

const USAGE = `村警通 cunjing — a Telegram bot for rural police stations

usage: cunjing <command>
  start                               run the bot (sandbox without BOT_TOKEN)
  migrate                             bring the database schema up to date
  villages import <file.yaml>         load villages, townships and stations
  officers add|list|remove …          manage officers
  qr <villageCode> [--out file.png] [--wechat]
                                      print a QR code poster for a village (--wechat: follow the
                                      WeChat Official Account with the village preset)
  wechat menu | qr <villageCode>      WeChat Official Account: create the menu, village QR codes
  sms import <file.csv> [--dry-run]   register SMS-only residents (phone,village,language,consent)
  ask "<question>" [--lang] [--json] [--village <code>]
                                      answer a service question (no question: one per stdin line)
  check "<text>" [--lang] [--json]    scam check of a message, number or link (no text: one per stdin line)
  reports export --from --to --format csv|xlsx  export reports for the county's records
  blocklist add|remove|list …         confirmed fraud numbers, links and accounts
  broadcast create|status …           send a warning through review; delivery report as JSON
  backup [file]                       consistent copy of the live SQLite database
                                      (default data/backups/cunjing-<date-time>.db)
  restore <file>                      put a checked backup back (stop the bot first)
  questions report --from --to [--station <code>]
                                      questions that ended "not sure" or "没解决", scam checks marked wrong`;

type Command = (args: string[], io: CliIo) => Promise<number>;

// Each subcommand is imported when it runs, so `cunjing start` does not load the exporter,
// the QR generator or the backup code, and a quick `cunjing check` does not load the bot.
const commands: Record<string, () => Promise<Command>> = {
  start: async () => {
    const { main } = await import('../main.js');
    return (_args, io) => main(io.env);
  },
  migrate: async () => (await import('./migrate.js')).migrateCommand,
  villages: async () => (await import('./villages.js')).villagesCommand,
  officers: async () => (await import('./officers.js')).officersCommand,
  qr: async () => (await import('./qr.js')).qrCommand,
  ask: async () => (await import('./ask.js')).askCommand,
  check: async () => (await import('./check.js')).checkCommand,
  reports: async () => (await import('./reports.js')).reportsCommand,
  blocklist: async () => (await import('./blocklist.js')).blocklistCommand,
  broadcast: async () => (await import('./broadcast.js')).broadcastCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
  questions: async () => (await import('./questions.js')).questionsCommand,
  wechat: async () => (await import('./wechat.js')).wechatCommand,
  sms: async () => (await import('./sms.js')).smsCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const load = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    const asked = name === '--help' || name === 'help' || name === '-h';
    (asked ? io.out : io.err)(USAGE);
    return asked ? 0 : 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof CountyFileError) {
      io.err(error.message);
      return 1;
    }
    const fixable = fixableMessage(error);
    if (fixable) {
      io.err(fixable);
      return 1;
    }
    throw error;
  }
}
