/**
 * The link to the Bot API: connecting at start with backoff, and knowing at any time whether
 * Telegram can be reached. A station PC often has no DNS, a proxy, or a flaky line; the installer
 * must read in one log line what is wrong instead of a silent hang.
 */
import { type Bot, type Context, GrammyError, HttpError, type Transformer } from 'grammy';
import { StartupError } from '../app/startup-error.js';
import type { Logger } from '../logger.js';

export interface TelegramStatus {
  /** null until the first call has answered or failed. */
  ok: boolean | null;
  since: string;
  error?: string;
}

function codeChain(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && !seen.has(e); ) {
    seen.add(e);
    const { code, name } = e as { code?: unknown; name?: unknown };
    if (typeof code === 'string') codes.push(code);
    if (typeof name === 'string') codes.push(name);
    e = (e as { error?: unknown; cause?: unknown }).error ?? (e as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * Why a call to the Bot API failed, in words an installer can act on: DNS, refused, TLS, timeout.
 * Never includes the request URL, which carries the token.
 */
export function describeNetworkError(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  const codes = codeChain(error);
  for (const [pattern, reason] of REASONS) {
    const code = codes.find((c) => pattern.test(c));
    if (code) return `${reason} (${code})`;
  }
  const message = error instanceof Error ? error.message : '';
  if (/timed out/i.test(message)) return 'timed out';
  const errno = codes.find((c) => /^E[A-Z]+$/.test(c));
  if (errno) return errno;
  if (error instanceof HttpError) return 'network error';
  return error instanceof Error ? (message.split('\n')[0] ?? error.name) : String(error);
}

const REASONS: Array<[RegExp, string]> = [
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, 'DNS lookup failed'],
  [/^ECONNREFUSED$/, 'connection refused'],
  [/CERT|SSL|TLS|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/, 'TLS handshake failed'],
  [/^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_CONNECT_TIMEOUT|AbortError|TimeoutError)$/, 'timed out'],
  [/^(ECONNRESET|EPIPE)$/, 'connection reset'],
  [/^(EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/, 'network unreachable'],
];

/** Tracks reachability from every Bot API call, and says in the log when it changes. */
export function createTelegramMonitor(apiRoot: string, logger: Logger, now = () => new Date()) {
  let status: TelegramStatus = { ok: null, since: now().toISOString() };
  let connected = false;
  const set = (ok: boolean, error?: string) => {
    const changed = status.ok !== ok;
    if (changed) status = { ok, since: now().toISOString() };
    if (error) status.error = error;
    else if (ok) delete status.error;
    if (!changed || !connected) return;
    if (ok) logger.info(`Telegram Bot API at ${apiRoot} is reachable again`);
    else logger.warn(`Telegram Bot API at ${apiRoot} cannot be reached: ${error}; retrying`);
  };
  const transformer: Transformer = async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      set(true);
      return result;
    } catch (error) {
      // A call we aborted ourselves (stopping, a start-up attempt's deadline) says nothing new.
      if ((signal as { aborted?: boolean } | undefined)?.aborted) throw error;
      // An answer with an error code still means Telegram is there.
      if (error instanceof HttpError) set(false, describeNetworkError(error));
      else if (error instanceof GrammyError) set(true);
      throw error;
    }
  };
  return {
    transformer,
    status: (): TelegramStatus => ({ ...status }),
    /** After the first successful connection, changes are logged by the monitor itself. */
    markConnected() {
      connected = true;
    },
  };
}
export type TelegramMonitor = ReturnType<typeof createTelegramMonitor>;

/** Rejects when the signal aborts, so a SIGTERM during a wait ends the wait at once. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export interface ConnectOptions {
  apiRoot: string;
  logger: Logger;
  monitor: TelegramMonitor;
  signal?: AbortSignal;
  /** Through which proxy, for the log line. */
  proxy?: string;
  /** getMe is given this long before the attempt counts as timed out. */
  attemptTimeoutMs?: number;
  maxDelayMs?: number;
}

/**
 * Calls getMe until it answers, backing off 1 s, 2 s, 4 s … up to 30 s. The first failure is
 * logged at once, later ones at growing intervals, and the connection when it comes. A token that
 * Telegram rejects is not retried: that is the installer's to fix.
 */
export async function connectTelegram<C extends Context>(
  bot: Bot<C>,
  options: ConnectOptions,
): Promise<void> {
  const { apiRoot, logger, monitor, signal } = options;
  const via = options.proxy ? ` through proxy ${redactProxy(options.proxy)}` : '';
  const maxDelay = options.maxDelayMs ?? 30_000;
  let delay = 1_000;
  let logEvery = 2_000;
  let nextLog = 0;
  let attempts = 0;
  const started = Date.now();
  for (;;) {
    attempts += 1;
    const timeout = AbortSignal.timeout(options.attemptTimeoutMs ?? 8_000);
    try {
      const attempt = signal ? AbortSignal.any([signal, timeout]) : timeout;
      // getMe itself, not bot.init(): init retries network errors silently until aborted.
      // grammY types its signal with the abort-controller shim; a native signal works the same.
      bot.botInfo = await bot.api.getMe(attempt as unknown as Parameters<Bot['api']['getMe']>[0]);
      monitor.markConnected();
      const after =
        attempts > 1
          ? ` after ${attempts} attempts (${Math.round((Date.now() - started) / 1000)} s)`
          : '';
      logger.info(`Telegram Bot API at ${apiRoot} reached${after}: bot @${bot.botInfo.username}`);
      return;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404))
        throw new StartupError(
          `Telegram at ${apiRoot} rejected BOT_TOKEN (${error.error_code} ${error.description}): ` +
            'copy the token from @BotFather again, and check TELEGRAM_API_ROOT.',
        );
      const reason = describeNetworkError(error);
      if (Date.now() >= nextLog) {
        logger.warn(
          `Telegram Bot API at ${apiRoot}${via} cannot be reached: ${reason}; ` +
            `retrying with backoff (next try in ${Math.round(delay / 1000)} s, attempt ${attempts})`,
        );
        nextLog = Date.now() + logEvery;
        logEvery = Math.min(logEvery * 2, 30 * 60_000);
      }
      await abortableSleep(delay, signal);
      delay = Math.min(delay * 2, maxDelay);
    }
  }
}

/** A proxy URL for the log, without its password. */
export function redactProxy(url: string): string {
  try {
    const u = new URL(url);
    u.password = u.password ? '***' : '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return 'the configured proxy';
  }
}
