/**
 * The `cunjing` command line: start the bot, run migrations, import villages, manage officers,
 * print village QR codes. Each subcommand lives in its own file.
 */

import { fixableMessage } from '../app/startup-error.js';
import { ConfigError } from '../config.js';
import { CountyFileError } from '../domain/people/county-file.js';
import { main } from '../main.js';
import { migrateToLatest } from '../store/migrate.js';
import { askCommand } from './ask.js';
import { backupCommand } from './backup.js';
import { blocklistCommand } from './blocklist.js';
import { broadcastCommand } from './broadcast.js';
import { checkCommand } from './check.js';
import { type CliIo, processIo, UsageError, withStore } from './context.js';
import { officersCommand } from './officers.js';
import { qrCommand } from './qr.js';
import { questionsCommand } from './questions.js';
import { reportsCommand } from './reports.js';
import { restoreCommand } from './restore.js';
import { villagesCommand } from './villages.js';

const USAGE = `村警通 cunjing — a Telegram bot for rural police stations

usage: cunjing <command>
  start                               run the bot (sandbox without BOT_TOKEN)
  migrate                             bring the database schema up to date
  villages import <file.yaml>         load villages, townships and stations
  officers add|list|remove …          manage officers
  qr <villageCode> [--out file.png]   print a QR code poster link for a village
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

const commands: Record<string, Command> = {
  start: (_args, io) => main(io.env),
  migrate: (_args, io) =>
    withStore(
      io,
      async ({ db }) => {
        const applied = await migrateToLatest(db);
        io.out(applied.length ? `Applied: ${applied.join(', ')}` : 'The schema is up to date.');
        return 0;
      },
      { migrate: false },
    ),
  villages: villagesCommand,
  officers: officersCommand,
  qr: qrCommand,
  ask: (args, io) => askCommand(args, io),
  check: (args, io) => checkCommand(args, io),
  reports: reportsCommand,
  blocklist: blocklistCommand,
  broadcast: broadcastCommand,
  backup: backupCommand,
  restore: restoreCommand,
  questions: questionsCommand,
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const asked = name === '--help' || name === 'help' || name === '-h';
    (asked ? io.out : io.err)(USAGE);
    return asked ? 0 : 2;
  }
  try {
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
