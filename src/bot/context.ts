/**
 * The bot's context type: grammY's context plus the session, i18n, the person talking and the
 * application's dependencies. Features read what they need from here instead of from globals.
 */
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context, SessionFlavor } from 'grammy';
import type { Keyv } from 'keyv';
import type { Config } from '../config.js';
import type { Campaign } from '../domain/awareness/campaigns.js';
import type { Locale } from '../domain/locale.js';
import type { Person } from '../domain/people/roles.js';
import type { ServiceCatalog } from '../domain/services/catalog.js';
import type { Translate } from '../i18n/translate.js';
import type { Logger } from '../logger.js';
import type { ScreenshotReader } from '../ocr/index.js';
import type { BlocklistCache } from '../store/blocklist.repository.js';
import type { Db } from '../store/database.js';
import type { PlaceCache } from '../store/place-cache.js';
import type { Flow } from './flows.js';

export interface SessionData {
  /** The multi-step conversation in progress, if any. Persisted, so it survives restarts. */
  flow?: Flow;
  /** The last free-text question the bot could not answer, offered to the village officer. */
  lastQuestion?: string;
  /** The last report this chat stored, so a second tap on "confirm" shows its number again. */
  lastSubmitted?: { key: string; reference: string };
  /** The last message checked for fraud, for the "report to the police" button. */
  lastChecked?: string;
  /** The message id of the newest language list; older lists are expired. */
  languagePicker?: number;
}

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  adminIds: ReadonlySet<number>;
  services: ServiceCatalog;
  /** Numbers, links and accounts officers confirmed as fraud, for the scam check. */
  blocklist?: BlocklistCache;
  /** Reads the text in screenshots for the scam check; absent means OCR is not available. */
  screenshots?: ScreenshotReader;
  /** Scheduled awareness campaigns, as loaded at start-up. */
  campaigns?: Campaign[];
  /** Tells the delivery engine that new work is queued (no-op when none runs here). */
  wakeDelivery?: () => void;
  /** Tells the notice loop that a workflow just committed notices (report cards). */
  wakeNotices?: () => void;
  /** Translation into any language, for messages to people other than the sender. */
  translate: Translate;
  /** Session storage, for writing another chat's session (an officer's private chat). */
  sessions: Keyv<SessionData>;
  /** Short-lived values (redemption codes), shared between replicas. */
  cache: Keyv<unknown>;
  /** Villages' context for answers on every update, read once a minute (see place-cache.ts). */
  places: PlaceCache;
}

/** What the caller of createBot provides; the bot adds the translator and sessions. */
export type BaseDeps = Omit<AppDeps, 'translate' | 'sessions' | 'cache' | 'places'>;

interface AppFlavor {
  app: AppDeps;
  /** The stored person for private chats; null in groups for people who never used the bot. */
  person: Person | null;
  /** The language this update is answered in. */
  locale: Locale;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & AppFlavor;
