/**
 * Start-up failures the installer can fix. Each becomes ONE line on stderr naming what to change,
 * with no stack trace, because the person reading it is the county's IT officer at a terminal.
 */
import { ConfigError } from '../config.js';
import { CountyFileError } from '../content/county-file.js';
import { CampaignFileError } from '../domain/awareness/campaigns.js';
import { RuleFileError } from '../domain/fraud/rule-file-error.js';
import { KnowledgeBaseError } from '../domain/services/knowledge-base-error.js';

/** A failure at start whose message is the one line shown to the installer. */
export class StartupError extends Error {
  override name = 'StartupError';
}

const FIXABLE = [
  StartupError,
  ConfigError,
  CampaignFileError,
  CountyFileError,
  RuleFileError,
  KnowledgeBaseError,
];

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The one line for a start-up failure, or null when it is a bug that deserves its stack. */
export function fixableMessage(error: unknown): string | null {
  if (FIXABLE.some((type) => error instanceof type)) return oneLine((error as Error).message);
  return null;
}

/** Where a database URL points, without its password. */
export function describeDatabaseUrl(url: string): string {
  if (url.startsWith('sqlite:')) return `SQLite file ${url.slice('sqlite:'.length)}`;
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `PostgreSQL ${user}${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the database in DATABASE_URL';
  }
}

function codeOf(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Why a database could not be opened, and what to set: one line. */
export function databaseFailure(error: unknown, url: string, setting: string): StartupError {
  const where = describeDatabaseUrl(url);
  const code = codeOf(error);
  const message = oneLine(error instanceof Error ? error.message : String(error));
  const why: Record<string, string> = {
    ECONNREFUSED: 'the connection was refused: is the server running, and are host and port right?',
    ENOTFOUND: 'the host name was not found (DNS)',
    EAI_AGAIN: 'the host name could not be looked up (DNS)',
    ETIMEDOUT: 'the connection timed out',
    EHOSTUNREACH: 'the host cannot be reached',
    '28P01': 'the password was refused',
    '28000': `access was refused (${message})`,
    '3D000': `${message}: create it (createdb) or fix the name`,
    SQLITE_CANTOPEN: 'the file cannot be opened: check the path and its folder permissions',
    SQLITE_NOTADB: 'the file is not an SQLite database',
    SQLITE_CORRUPT: 'the file is damaged: restore a backup (cunjing restore)',
    EACCES: `permission denied (${message})`,
  };
  const reason =
    (code && why[code]) ||
    (/timeout/i.test(message) ? 'the connection timed out' : message || 'unknown error');
  return new StartupError(`Cannot open ${where}: ${reason}. Check ${setting}.`);
}
