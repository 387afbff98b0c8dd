/**
 * Choices by typed number. Every menu message the channel sends is remembered per follower
 * (`wechat_offered_choices`, written by the customer-service sender as it sends), so "2", "２",
 * "二" or "第二个" picks the second item, exactly like a tap, for followers whose WeChat shows no
 * menu or who would rather type. A number typed after the offer expired, or beyond the list, is
 * answered kindly with what to type; a number with no offer at all, or a longer number (a phone
 * number to check), keeps its ordinary meaning.
 */
import { choiceNumber } from '../../domain/text/choice-number.js';
import type { Db } from '../../store/database.js';
import { offeredChoices } from '../../store/wechat-choices.repository.js';

/** How long an offer can be answered by number. */
export const CHOICE_TTL_MS = 30 * 60_000;

export type TypedChoice =
  /** Not a choice: the text keeps its ordinary meaning. */
  | { kind: 'none' }
  | { kind: 'choice'; id: string }
  /** A number after the offer expired. */
  | { kind: 'stale' }
  /** A number beyond the list offered: 1 to `count` would have been right. */
  | { kind: 'out-of-range'; count: number };

export async function typedChoice(
  db: Db,
  openid: string,
  text: string,
  now: Date,
): Promise<TypedChoice> {
  const n = choiceNumber(text);
  if (n === null) return { kind: 'none' };
  const offer = await offeredChoices(db, openid);
  if (!offer || offer.ids.length === 0) return { kind: 'none' };
  if (now.getTime() - offer.offeredAt.getTime() > CHOICE_TTL_MS) return { kind: 'stale' };
  const id = offer.ids[n - 1];
  return id ? { kind: 'choice', id } : { kind: 'out-of-range', count: offer.ids.length };
}

/** Whether `id` is among the choices offered to the follower, and the offer is fresh. */
export async function wasOffered(db: Db, openid: string, id: string, now: Date): Promise<boolean> {
  const offer = await offeredChoices(db, openid);
  return (
    offer !== null &&
    now.getTime() - offer.offeredAt.getTime() <= CHOICE_TTL_MS &&
    offer.ids.includes(id)
  );
}
