/**
 * Loads the person behind an update, creating the row on first contact in a private chat, and
 * settles the language for the rest of the update. Admin rights come from configuration only.
 */
import type { NextFunction } from 'grammy';
import { localeFromLanguageCode } from '../../domain/locale.js';
import { effectivePerson, type Person } from '../../domain/people/roles.js';
import { ensureUser, getUser } from '../../store/users.repository.js';
import type { BotContext } from '../context.js';

export async function attachPerson(ctx: BotContext, next: NextFunction): Promise<void> {
  const from = ctx.from;
  let person: Person | null = null;
  if (from && !from.is_bot) {
    const { db, adminIds } = ctx.app;
    person =
      ctx.chat?.type === 'private'
        ? await ensureUser(db, from.id, from.first_name)
        : await getUser(db, from.id);
    // The configured admin ids are Telegram ids: decided here, at the edge, for the domain.
    if (person) person = effectivePerson(person.personId, person, adminIds.has(from.id));
  }
  ctx.person = person;
  ctx.locale =
    (person?.language as BotContext['locale'] | null) ??
    localeFromLanguageCode(from?.language_code);
  await ctx.i18n.renegotiateLocale();
  await next();
}
