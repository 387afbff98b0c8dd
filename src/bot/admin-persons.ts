/**
 * The persons configuration names admins. `ADMIN_IDS` are Telegram ids, which only the Telegram
 * edge knows; workflows take the admins as persons (made on first sight, so an admin who never
 * wrote to the bot is still one).
 *
 * @example
 * await decideBroadcast({ ...deps, adminPersons: await adminPersonsOf(ctx) }, request, person, true);
 */
import { telegramAddress } from '../domain/people/addresses.js';
import { personsOf } from '../store/people.repository.js';
import type { BotContext } from './context.js';

export function adminPersonsOf(ctx: Pick<BotContext, 'app'>): Promise<Set<number>> {
  return personsOf(ctx.app.db, [...ctx.app.adminIds].map(telegramAddress));
}
