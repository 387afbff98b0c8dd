/**
 * People and their addresses. Every channel turns the address it knows (a Telegram id, a web
 * device, a WeChat openid, a phone number) into our person id here, and the entry points that
 * make a new identity make or link the person in the same transaction. Functions take
 * `db | trx`; those with several writes join the caller's transaction (or open their own).
 */
import { type Address, type Channel, mergeOrMove } from '../domain/people/addresses.js';
import type { Db } from './database.js';
import { inTransaction } from './in-transaction.js';

/** The person an address belongs to, or null when nobody has it yet. */
export async function personOf(db: Db, a: Address): Promise<number | null> {
  const row = await db
    .selectFrom('person_addresses')
    .select('person_id')
    .where('channel', '=', a.channel)
    .where('address', '=', a.address)
    .executeTakeFirst();
  return row ? Number(row.person_id) : null;
}

/** The person of an address, made (with that one address) when there is none yet. */
export async function ensurePerson(db: Db, a: Address, now = new Date()): Promise<number> {
  const known = await personOf(db, a);
  if (known !== null) return known;
  return inTransaction(db, async (trx) => {
    const at = now.toISOString();
    const made = await trx
      .insertInto('people')
      .values({ merged_into: null, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = Number(made.id);
    const taken = await trx
      .insertInto('person_addresses')
      .values({ person_id: id, channel: a.channel, address: a.address, created_at: at })
      .onConflict((oc) => oc.columns(['channel', 'address']).doNothing())
      .returning('person_id')
      .executeTakeFirst();
    if (taken) return id;
    // Someone made the same address's person meanwhile: theirs it is.
    await trx.deleteFrom('people').where('id', '=', id).execute();
    const theirs = await personOf(trx, a);
    if (theirs === null) throw new Error(`the person of ${a.channel} vanished after insert`);
    return theirs;
  });
}

/**
 * Records that the person wrote from this address now, so their tips follow them there
 * (`tip-address.ts`). At most one write a minute per address: most updates change nothing.
 */
export async function touchAddress(db: Db, a: Address, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
  await db
    .updateTable('person_addresses')
    .set({ last_used_at: at })
    .where('channel', '=', a.channel)
    .where('address', '=', a.address)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', minuteAgo)]))
    .execute();
}

/** The persons of several addresses (each made on first sight), e.g. the configured admins. */
export async function personsOf(db: Db, addresses: readonly Address[]): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const a of addresses) ids.add(await ensurePerson(db, a));
  return ids;
}

/** A person's Telegram chats (their private chat ids), oldest first; usually one. */
export async function telegramChatsOf(db: Db, personId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('person_addresses')
    .select('address')
    .where('person_id', '=', personId)
    .where('channel', '=', 'telegram')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => Number(r.address));
}

/** The Telegram chat a person is reached at, or null when they are not on Telegram. */
export async function telegramChatOfPerson(db: Db, personId: number): Promise<number | null> {
  return (await telegramChatsOf(db, personId))[0] ?? null;
}

/**
 * Where a person is reached on one channel (their oldest address there, merges followed), or
 * null: how a workflow addresses a notice to a person without knowing any channel's ids.
 *
 * @example
 * const to = await addressOn(trx, officerPersonId, 'telegram');
 * if (to) notices.push({ channel: to.channel, recipient: to.address, … });
 */
export async function addressOn(
  db: Db,
  personId: number,
  channel: Channel,
): Promise<Address | null> {
  const row = await db
    .selectFrom('person_addresses')
    .select('address')
    .where('person_id', '=', await currentPerson(db, personId))
    .where('channel', '=', channel)
    .orderBy('created_at')
    .orderBy('address')
    .executeTakeFirst();
  return row ? { channel, address: row.address } : null;
}

/** A person's addresses, oldest first. */
export async function addressesOf(db: Db, personId: number): Promise<Address[]> {
  const rows = await db
    .selectFrom('person_addresses')
    .select(['channel', 'address'])
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('channel')
    .execute();
  return rows.map((r) => ({ channel: r.channel as Channel, address: r.address }));
}

/**
 * Gives a person one more address. An address nobody has is added; one that belongs to another
 * person either brings that person along (merge) or moves alone, by `mergeOrMove`.
 */
export function addAddress(
  db: Db,
  personId: number,
  a: Address,
  now = new Date(),
): Promise<'added' | 'kept' | 'merged' | 'moved'> {
  return inTransaction(db, async (trx) => {
    const owner = await personOf(trx, a);
    if (owner === personId) return 'kept';
    if (owner === null) {
      await trx
        .insertInto('person_addresses')
        .values({
          person_id: personId,
          channel: a.channel,
          address: a.address,
          created_at: now.toISOString(),
        })
        .execute();
      return 'added';
    }
    const how = mergeOrMove(await addressesOf(trx, personId), await addressesOf(trx, owner), a);
    if (how === 'move') {
      await trx
        .updateTable('person_addresses')
        .set({ person_id: personId })
        .where('channel', '=', a.channel)
        .where('address', '=', a.address)
        .execute();
      return 'moved';
    }
    await mergePeople(trx, owner, personId);
    return 'merged';
  });
}

/**
 * Makes `from` part of `into`: every address and the point balance move, and `from` (with anyone
 * merged into it before) points at `into`, so rows that still name the old id count for `into`.
 */
async function mergePeople(trx: Db, from: number, into: number): Promise<void> {
  await trx
    .updateTable('person_addresses')
    .set({ person_id: into })
    .where('person_id', '=', from)
    .execute();
  await trx
    .updateTable('people')
    .set({ merged_into: into })
    .where((eb) => eb.or([eb('id', '=', from), eb('merged_into', '=', from)]))
    .execute();
  // Their points join too (their ledger rows already count, through `merged_into`).
  const points = await trx
    .selectFrom('point_balances')
    .select('balance')
    .where('person_id', '=', from)
    .executeTakeFirst();
  if (points) {
    await trx
      .insertInto('point_balances')
      .values({ person_id: into, balance: 0 })
      .onConflict((oc) => oc.column('person_id').doNothing())
      .execute();
    await trx
      .updateTable('point_balances')
      .set((eb) => ({ balance: eb('balance', '+', points.balance) }))
      .where('person_id', '=', into)
      .execute();
    await trx.deleteFrom('point_balances').where('person_id', '=', from).execute();
  }
}

/** Forgets an address (a resident stopped SMS): the person stays, with what else they have. */
export async function removeAddress(db: Db, a: Address): Promise<void> {
  await db
    .deleteFrom('person_addresses')
    .where('channel', '=', a.channel)
    .where('address', '=', a.address)
    .execute();
}

/** The person an id stands for now: itself, or the one it was merged into. */
export async function currentPerson(db: Db, personId: number): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select('merged_into')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.merged_into == null ? personId : Number(row.merged_into);
}
