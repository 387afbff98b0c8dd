/**
 * The bot's context type: grammY's context plus the session, i18n, the person talking and the
 * application's dependencies. Features read what they need from here instead of from globals.
 */
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context, SessionFlavor } from 'grammy';
import type { Config } from '../config.js';
import type { Locale } from '../domain/locale.js';
import type { Person } from '../domain/people/roles.js';
import type { ServiceCatalog } from '../domain/services/catalog.js';
import type { Logger } from '../logger.js';
import type { Db } from '../store/database.js';
import type { Flow } from './flows.js';

export interface SessionData {
  /** The multi-step conversation in progress, if any. Persisted, so it survives restarts. */
  flow?: Flow;
  /** The last free-text question the bot could not answer, offered to the village officer. */
  lastQuestion?: string;
}

export interface AppDeps {
  config: Config;
  db: Db;
  logger: Logger;
  adminIds: ReadonlySet<number>;
  services: ServiceCatalog;
}

interface AppFlavor {
  app: AppDeps;
  /** The stored person for private chats; null in groups for people who never used the bot. */
  person: Person | null;
  /** The language this update is answered in. */
  locale: Locale;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & AppFlavor;
