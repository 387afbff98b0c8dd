/**
 * The person behind a Telegram update: workflows know people by our own id, never by a Telegram
 * id, so the bot turns `ctx.from.id` into the person at the edge (made on first sight).
 *
 * @example
 * const reporter = { personId: await personIdOf(ctx) };
 */
import { telegramAddress } from '../domain/people/addresses.js';
import { ensurePerson } from '../store/people.repository.js';
import type { BotContext } from './context.js';

export function personIdOf(ctx: BotContext): Promise<number> {
  // Every update a person sends has a sender; a channel post has none and never gets here.
  if (!ctx.from) throw new Error('personIdOf needs an update from a person (ctx.from is unset)');
  return ensurePerson(ctx.app.db, telegramAddress(ctx.from.id));
}

/**
 * Who acted, for audit and history rows (which name persons): the update's person, or null for
 * an update without a sender.
 */
export async function actorOf(ctx: BotContext): Promise<number | null> {
  if (ctx.person) return ctx.person.personId;
  return ctx.from ? personIdOf(ctx) : null;
}
