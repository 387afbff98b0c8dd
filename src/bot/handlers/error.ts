/**
 * The central error boundary. The person gets a short apology in their language and a way
 * forward; the log gets the error with the update id, never the text the person wrote.
 *
 * A store that is down or too slow (database, sessions, cache) is not a bug: the person is told
 * their action was not saved and to try again, the log gets a warning naming the store, and the
 * update is marked so the webhook answers 503 and Telegram delivers it again.
 */
import { type BotError, GrammyError } from 'grammy';
import { countFailedUpdate } from '../../metrics/process-metrics.js';
import { failedStore, markStoreFailure } from '../../store/store-errors.js';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';

export async function errorHandler(error: BotError<BotContext>): Promise<void> {
  const { ctx } = error;
  const cause = error.error;
  // A double tap can ask to show what is already shown; Telegram says so, and nothing is wrong.
  if (cause instanceof GrammyError && cause.description.includes('message is not modified')) return;
  countFailedUpdate();
  const store = failedStore(cause);
  const unavailable = store !== null;
  if (store) {
    markStoreFailure(ctx.update, store);
    ctx.app.logger.warn('store unavailable during update', {
      update_id: ctx.update.update_id,
      store,
      reason: cause instanceof Error ? cause.message : String(cause),
    });
  } else {
    ctx.app.logger.error('update failed', { update_id: ctx.update.update_id, error: cause });
  }
  if (ctx.chat?.type !== 'private') return;
  // ctx.t exists once i18n ran; the boundary also covers the middleware before it.
  const t = typeof ctx.t === 'function' ? ctx.t : null;
  const text = t
    ? t(unavailable ? 'error-unavailable' : 'error-generic')
    : '抱歉，系统暂时出了问题，请稍后再试。紧急情况请拨打 110。';
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    await ctx.reply(text, t ? { reply_markup: mainMenuKeyboard(t) } : {});
  } catch (replyError) {
    ctx.app.logger.error('could not send the apology', {
      update_id: ctx.update.update_id,
      error: replyError,
    });
  }
}
