/**
 * The message each deliverable broadcast sends, made once per broadcast in this worker. A
 * broadcast is stored described (`BroadcastDescription`); the sender's channel renders it
 * (`DeliveryEngineOptions.render`; Telegram HTML in `src/bot/broadcasts/outbox-html.ts`). A
 * broadcast to 100,000 people is rendered once here, not once per recipient, and again only
 * after it has left the active set and come back (a cancelled and re-approved one, say).
 *
 * Rows queued before 2026-12-11 hold their rendered Telegram HTML (`text` + `parse_mode`) and
 * no description: they are sent exactly as stored, so an upgrade in the middle of a broadcast
 * changes nothing its remaining recipients see.
 */
import type { BroadcastDescription } from './broadcast.js';
import type { EngineLogger } from './engine-options.js';
import type { ActiveBroadcast, StoredMessage } from './outbox.js';
import type { OutboxMessage } from './sender.js';

/** Turns a description into the channel's text (and its parse mode). Throws if it cannot. */
export type BroadcastRenderer = (
  description: BroadcastDescription,
) => Pick<OutboxMessage, 'text' | 'parseMode'>;

export class OutboxMessages {
  /** null: the broadcast could not be rendered; its rows stay pending, and it is logged once. */
  private byId = new Map<number, OutboxMessage | null>();

  constructor(
    private readonly render: BroadcastRenderer | undefined,
    private readonly log: EngineLogger,
  ) {}

  /** Keeps the messages of the broadcasts still active and makes those of the new ones. */
  update(active: readonly ActiveBroadcast[]): void {
    const next = new Map<number, OutboxMessage | null>();
    for (const b of active)
      next.set(b.id, this.byId.has(b.id) ? (this.byId.get(b.id) ?? null) : this.make(b));
    this.byId = next;
  }

  /** The message for this broadcast's recipients; undefined if it is not deliverable now. */
  get(broadcastId: number): OutboxMessage | undefined {
    return this.byId.get(broadcastId) ?? undefined;
  }

  /** Broadcasts whose rows may be claimed: active, and with a message. */
  deliverable(): number[] {
    return [...this.byId].filter(([, m]) => m).map(([id]) => id);
  }

  private make(b: ActiveBroadcast): OutboxMessage | null {
    const photo = b.stored.photoFileId ? { photoFileId: b.stored.photoFileId } : {};
    if (b.stored.description === null) return { ...legacy(b.stored), ...photo };
    try {
      if (!this.render)
        throw new Error(
          'it is stored as a description and this engine has no `render` option; pass the ' +
            "channel's renderer to createDeliveryEngine (src/app/delivery.ts passes Telegram's).",
        );
      const description = JSON.parse(b.stored.description) as BroadcastDescription;
      const { text, parseMode } = this.render(description);
      return { text, ...(parseMode ? { parseMode } : {}), ...photo };
    } catch (error) {
      this.log.error(`Broadcast ${b.id} cannot be sent; its recipients stay pending`, { error });
      return null;
    }
  }
}

/** A pre-2026-12-11 row: the Telegram text it was queued with, unchanged. */
function legacy(stored: StoredMessage): OutboxMessage {
  return { text: stored.text, ...(stored.parseMode ? { parseMode: stored.parseMode } : {}) };
}
