/**
 * A small structured logger: one JSON line per event on stderr, so the log can be shipped and
 * searched. Fields are explicit; message texts that residents wrote are never passed to it.
 */
import { createHmac } from 'node:crypto';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const log =
    (at: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (ORDER[at] < ORDER[level]) return;
      const entry: Record<string, unknown> = {
        time: new Date().toISOString(),
        level: at,
        msg: message,
      };
      for (const [k, v] of Object.entries(fields)) entry[k] = serialise(v);
      write(JSON.stringify(entry));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** For tests: collects entries instead of printing them. */
export function createMemoryLogger(): Logger & {
  entries: Array<{ level: LogLevel; msg: string } & LogFields>;
} {
  const entries: Array<{ level: LogLevel; msg: string } & LogFields> = [];
  const logger = createLogger('debug', (line) => entries.push(JSON.parse(line)));
  return Object.assign(logger, { entries });
}

/**
 * A keyed, non-reversible tag for a person's Telegram id, for log lines that need to tell people
 * apart. The key comes from a secret of the installation (the bot token), so nobody reading the
 * log can compute the tag of a known id; the id itself never appears next to a report.
 */
export function personTag(secret: string, telegramId: number | undefined): string | undefined {
  if (telegramId === undefined) return undefined;
  return createHmac('sha256', `cunjing-log:${secret}`)
    .update(String(telegramId))
    .digest('base64url')
    .slice(0, 12);
}
