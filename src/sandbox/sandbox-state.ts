import type { User, UserFromGetMe } from 'grammy/types';
import { CallLog } from './call-log.js';
import { CallbackRegistry } from './callback-registry.js';
import { ChatStore } from './chat-store.js';
import { CommandRegistry } from './command-registry.js';
import { FileStore } from './file-store.js';
import { FloodLimiter, type FloodLimits, TELEGRAM_FLOOD_LIMITS } from './flood-limiter.js';
import type { TextRules } from './formatted-text.js';
import { UpdateQueue } from './update-queue.js';

/** Options of `createBotApiEmulator`; only `token` is required. */
export interface EmulatorOptions {
  /** Accepted at `/bot<token>/<method>`; any other token gets 401 Unauthorized. */
  token: string;
  /** The getMe result; defaults to id 7000000001, @cunjing_sandbox_bot, "村警通". */
  botInfo?: Partial<UserFromGetMe>;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Flood control; `false` turns it off (unit tests). Missing fields use Telegram's values. */
  limits?: Partial<FloodLimits> | false;
  /** Clock in milliseconds, for flood control, callback expiry and message dates. */
  now?: () => number;
  /** Messages kept per chat (default 200); older ones can no longer be edited or shown. */
  historyPerChat?: number;
  /** Entries kept in `calls` (default 10 000); `stats()` counts stay exact regardless. */
  callLogLimit?: number;
  /** Reject a bare `&` in HTML text, stricter than Telegram (default true; see parseHtml). */
  strictHtml?: boolean;
  /** How long a callback query can still be answered (default 15 000 ms). */
  callbackQueryTtlMs?: number;
  /** Largest accepted request body (default 20 MB). */
  maxBodyBytes?: number;
  /** Total bytes of files kept for getFile and downloads (default 100 MB). */
  maxFileBytes?: number;
}

/** Webhook bookkeeping: the emulator records it and refuses getUpdates, but delivers nothing. */
export interface WebhookState {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
}

/** Everything the Bot API methods and the simulated users share. */
export interface SandboxState {
  readonly bot: UserFromGetMe;
  readonly now: () => number;
  readonly chats: ChatStore;
  readonly files: FileStore;
  readonly updates: UpdateQueue;
  readonly commands: CommandRegistry;
  readonly callbacks: CallbackRegistry;
  readonly limiter: FloodLimiter | undefined;
  readonly log: CallLog;
  readonly textRules: TextRules;
  webhook: WebhookState | undefined;
  menuButtons: Map<number | 'default', unknown>;
}

export const DEFAULT_BOT_INFO: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: '村警通',
  username: 'cunjing_sandbox_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

export function createSandboxState(options: EmulatorOptions): SandboxState {
  const now = options.now ?? Date.now;
  const chats = new ChatStore(options.historyPerChat ?? 200);
  return {
    bot: { ...DEFAULT_BOT_INFO, ...options.botInfo },
    now,
    chats,
    files: new FileStore(options.maxFileBytes ?? 100 * 2 ** 20),
    updates: new UpdateQueue(),
    commands: new CommandRegistry(),
    callbacks: new CallbackRegistry(options.callbackQueryTtlMs ?? 15_000, now),
    limiter:
      options.limits === false
        ? undefined
        : new FloodLimiter({ ...TELEGRAM_FLOOD_LIMITS, ...options.limits }, now),
    log: new CallLog(options.callLogLimit ?? 10_000),
    textRules: {
      strictAmpersand: options.strictHtml ?? true,
      findUser: (id) => chats.users.get(id),
    },
    webhook: undefined,
    menuButtons: new Map(),
  };
}

/** The bot as it appears in `from` of its own messages. */
export function botAsUser(state: SandboxState): User {
  const { id, first_name, username } = state.bot;
  return { id, is_bot: true, first_name, username };
}

/** Telegram's dates are whole Unix seconds. */
export function unixTime(state: SandboxState): number {
  return Math.floor(state.now() / 1000);
}
