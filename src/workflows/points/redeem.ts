/**
 * Exchanging points at the village shop (爱心超市): the resident gets a short code under 我的积分 on
 * any channel and tells it to the officer, who records the exchange with
 * `/redeem <code> <points> <item>`. A code names the person and the address that asked for it for
 * 15 minutes, in the app's shared cache (any replica, any channel reads it); the redemption, its
 * audit row and the resident's notice (in the resident's language, on the channel they asked
 * from) commit together, and a redemption that would overdraw changes nothing.
 *
 * @example
 * const code = await issueRedeemCode(db, cache, webAddress(deviceId)); // '482913'
 * await redeemWithCode({ db, codes: cache, now: () => new Date() }, officer,
 *   { code, points: 15, item: '一桶食用油' }); // { outcome: 'done', balance: 5, notices }
 */
import { randomInt } from 'node:crypto';
import { type NewNotice, NOTICE_PRIORITY } from '../../domain/notices/notice.js';
import { type Address, CHANNELS, type Channel } from '../../domain/people/addresses.js';
import { isStaff, type Person } from '../../domain/people/roles.js';
import { appendAudit } from '../../store/audit.repository.js';
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/in-transaction.js';
import { enqueueNotices } from '../../store/notices.repository.js';
import { currentPerson, ensurePerson } from '../../store/people.repository.js';
import { InsufficientPointsError, redeemPoints } from '../../store/points.repository.js';

export const REDEEM_CODE_TTL_MS = 15 * 60_000;

/** Where codes are kept: the app's shared cache (keyv over the database, or Redis). */
export interface CodeStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttl?: number): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** Who asked for a code: the person, and the address their notice goes back to. */
interface CodeHolder {
  person: number;
  channel: Channel;
  address: string;
}

/** The channels whose address a notice can go back to as it is (SMS goes by its own ids). */
const TOLD: readonly Channel[] = ['telegram', 'web', 'wechat'];

const isChannel = (value: unknown): value is Channel =>
  (CHANNELS as readonly unknown[]).includes(value);

const keyOf = (code: string) => `redeem:${code}`;

function holderOf(value: unknown): CodeHolder | null {
  if (typeof value !== 'object' || value === null) return null;
  const { person, channel, address } = value as Record<string, unknown>;
  if (typeof person !== 'number' || typeof address !== 'string') return null;
  if (!isChannel(channel)) return null;
  return { person, channel, address };
}

/** A fresh six-digit code for the person at an address (a Telegram chat, a web device). */
export async function issueRedeemCode(db: Db, codes: CodeStore, address: Address): Promise<string> {
  const person = await ensurePerson(db, address);
  const code = String(randomInt(100000, 1000000));
  const holder: CodeHolder = { person, channel: address.channel, address: address.address };
  await codes.set(keyOf(code), holder, REDEEM_CODE_TTL_MS);
  return code;
}

export type RedeemResult =
  /** The officer is no longer staff (a revoked officer is a resident at once). */
  | { outcome: 'refused' }
  | { outcome: 'bad-code' }
  | { outcome: 'insufficient'; balance: number }
  | { outcome: 'done'; balance: number; notices: NewNotice[] };

export async function redeemWithCode(
  deps: { db: Db; codes: CodeStore; now: () => Date },
  officer: Pick<Person, 'personId' | 'role'>,
  input: { code: string; points: number; item: string },
): Promise<RedeemResult> {
  // Fails closed: only staff, as of now, record an exchange.
  if (!isStaff(officer)) return { outcome: 'refused' };
  const holder = holderOf(await deps.codes.get(keyOf(input.code)));
  if (!holder) return { outcome: 'bad-code' };
  try {
    const done = await inTransaction(deps.db, async (trx) => {
      const person = await currentPerson(trx, holder.person);
      const balance = await redeemPoints(trx, person, input.points, input.item, officer.personId);
      await appendAudit(trx, {
        actorId: officer.personId,
        action: 'points.redeem',
        detail: { points: input.points },
      });
      const notices: NewNotice[] = TOLD.includes(holder.channel)
        ? [
            {
              idempotencyKey: `redeem:${person}:${input.code}:${balance}`,
              channel: holder.channel,
              recipient: holder.address,
              kind: 'message',
              payload: {
                key: 'redeem-done-resident',
                vars: { points: input.points, balance, item: input.item },
              },
              priority: NOTICE_PRIORITY.normal,
            },
          ]
        : [];
      await enqueueNotices(trx, notices, deps.now());
      return { balance, notices };
    });
    // Used once: a second /redeem with the same code is refused.
    await deps.codes.delete(keyOf(input.code));
    return { outcome: 'done', ...done };
  } catch (error) {
    if (error instanceof InsufficientPointsError)
      return { outcome: 'insufficient', balance: error.balance };
    throw error;
  }
}
