/**
 * `createBot` builds the bot from explicit dependencies. The order of `use` lines is the order in
 * which features see an update; "unhandled" comes last. Everything runs inside one error
 * boundary, including session and person loading, so a database outage becomes a kind reply.
 */
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { type ApiClientOptions, Bot, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Keyv } from 'keyv';
import { createTranslate, type Translate } from '../i18n/translate.js';
import { createPlaceCache, type PlaceCache } from '../store/place-cache.js';
import type { BaseDeps, BotContext, SessionData } from './context.js';
import { createFileDownloader } from './download-file.js';
import { createAdmin } from './features/admin.js';
import { createAskOfficer, createOfficerReplies } from './features/ask-officer.js';
import { basics } from './features/basics.js';
import { blocklist } from './features/blocklist.js';
import { broadcastFlow } from './features/broadcast-flow.js';
import { broadcastReview } from './features/broadcast-review.js';
import { campaignsAdmin } from './features/campaigns-admin.js';
import { groups } from './features/groups.js';
import { language } from './features/language.js';
import { menu } from './features/menu.js';
import { createMine } from './features/mine.js';
import { placePicker } from './features/place-picker.js';
import { reminders } from './features/reminders.js';
import { myReports } from './features/reports/my-reports.js';
import { officerInput } from './features/reports/officer-input.js';
import { officerQueries } from './features/reports/officer-queries.js';
import { officerStats } from './features/reports/officer-stats.js';
import { points } from './features/reports/points.js';
import { ask as askReportStep, createReportFlow } from './features/reports/report-flow.js';
import { reporterAdditions } from './features/reports/reporter-additions.js';
import { triage } from './features/reports/triage.js';
import { triagePrivate } from './features/reports/triage-private.js';
import { createScamCheck } from './features/scam-check.js';
import { createScreenshotCheck } from './features/screenshot-check.js';
import { createServiceQuestions, createServices } from './features/services.js';
import { start } from './features/start.js';
import { unhandled } from './features/unhandled.js';
import { errorHandler } from './handlers/error.js';
import { createI18n, makeTranslationHtmlSafe } from './i18n.js';
import { dropEmptyKeyboardRows } from './keyboards/drop-empty-rows.js';
import { attachPerson } from './middlewares/attach-person.js';
import { answerCallbackOnce } from './middlewares/callback-answer.js';
import { sanitise } from './middlewares/sanitise-update.js';
import { sessionMiddleware } from './middlewares/session.js';

export interface CreateBotOptions {
  deps: BaseDeps;
  sessions: Keyv<SessionData>;
  cache: Keyv<unknown>;
  localesDir: string;
  apiRoot?: string;
  /** Fixed bot info skips the getMe call: for tests, and for fast restarts. */
  botInfo?: UserFromGetMe;
  /** Replaces the HTTP client's fetch; tests use it to work around interceptor quirks. */
  fetch?: ApiClientOptions['fetch'];
  /** Extra fetch options for every call, e.g. an outgoing proxy's `agent` (TELEGRAM_PROXY). */
  baseFetchConfig?: ApiClientOptions['baseFetchConfig'];
  /** Cached place data; one is made over `deps.db` when not given. */
  places?: PlaceCache;
}

/** Every message is HTML unless a call says otherwise; translations are escaped to match. */
const htmlByDefault: Transformer = (prev, method, payload, signal) => {
  const p = payload as Record<string, unknown>;
  if (
    /^(send|edit|copy)/.test(method) &&
    p &&
    !('parse_mode' in p) &&
    ('text' in p || 'caption' in p)
  ) {
    return prev(method, { ...payload, parse_mode: 'HTML' } as typeof payload, signal);
  }
  return prev(method, payload, signal);
};

export function createBot(
  token: string,
  options: CreateBotOptions,
): { bot: Bot<BotContext>; translate: Translate } {
  const { deps } = options;
  const bot = new Bot<BotContext>(token, {
    client: {
      apiRoot: options.apiRoot ?? deps.config.TELEGRAM_API_ROOT,
      timeoutSeconds: 30,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.baseFetchConfig ? { baseFetchConfig: options.baseFetchConfig } : {}),
    },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Bounded: an update handler must never wait minutes for a flood-limited chat.
  bot.api.config.use(
    // Network errors are rethrown: auto-retry would otherwise retry them forever, silently.
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 10,
      rethrowInternalServerErrors: false,
      rethrowHttpErrors: true,
    }),
  );
  bot.api.config.use(htmlByDefault);
  bot.api.config.use(dropEmptyKeyboardRows);

  const i18n = createI18n(options.localesDir);
  const translate = createTranslate(options.localesDir);
  const app = {
    ...deps,
    translate,
    sessions: options.sessions,
    cache: options.cache,
    places: options.places ?? createPlaceCache(deps.db),
  };

  // One chat's updates are handled in order, so its session is never read while being written.
  // In private chats the chat id and the user id are the same: one constraint, or it waits on itself.
  // Odd updates are dropped or given defaults before anything reads them (ctx.chat, ctx.from).
  bot.use(sanitise);
  bot.use(
    sequentialize((ctx) => [
      ...new Set([ctx.chat?.id, ctx.from?.id].filter((id) => id !== undefined).map(String)),
    ]),
  );
  bot.use(async (ctx, next) => {
    ctx.app = app;
    await next();
  });
  const protectedBot = bot.errorBoundary(errorHandler);
  protectedBot.use(answerCallbackOnce);
  protectedBot.use(i18n);
  protectedBot.use(async (ctx, next) => {
    makeTranslationHtmlSafe(ctx);
    await next();
  });
  protectedBot.use(attachPerson);
  protectedBot.use(sessionMiddleware(options.sessions));

  protectedBot.use(groups);
  protectedBot.use(createOfficerReplies(translate));
  protectedBot.use(officerInput);
  protectedBot.use(triage);
  protectedBot.use(triagePrivate);
  protectedBot.use(start);
  protectedBot.use(language);
  protectedBot.use(placePicker);
  protectedBot.use(basics);
  protectedBot.use(createAskOfficer(translate));
  protectedBot.use(broadcastFlow);
  protectedBot.use(broadcastReview);
  protectedBot.use(
    createScreenshotCheck(
      createFileDownloader(
        `${options.apiRoot ?? deps.config.TELEGRAM_API_ROOT}/file/bot${token}`,
        options.fetch as never,
      ),
    ),
  );
  protectedBot.use(createScamCheck(translate, askReportStep));
  protectedBot.use(createReportFlow(translate));
  protectedBot.use(myReports);
  protectedBot.use(reporterAdditions);
  protectedBot.use(points);
  protectedBot.use(reminders);
  protectedBot.use(createServices(translate));
  protectedBot.use(menu);
  protectedBot.use(createMine(translate));
  protectedBot.use(createAdmin(translate));
  protectedBot.use(campaignsAdmin);
  protectedBot.use(officerQueries);
  protectedBot.use(officerStats);
  protectedBot.use(blocklist);
  protectedBot.use(createServiceQuestions());
  protectedBot.use(unhandled);

  bot.catch((error) =>
    deps.logger.error('error outside the boundary', {
      update_id: error.ctx.update.update_id,
      error: error.error,
    }),
  );
  return { bot, translate };
}
