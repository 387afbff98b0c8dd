/**
 * At most one message per chat per `intervalMs` (Telegram: about one per second in a private
 * chat), across all broadcasts this worker sends: an urgent alert and a tip to the same person
 * go out a second apart. Only recent chats are remembered, so memory stays flat over 100,000
 * recipients. Across replicas the rule is best effort; Telegram's 429 covers the rest.
 */
export class ChatSpacing {
  private readonly last = new Map<number, number>();
  private prunedAt = 0;
  private static readonly PRUNE_ABOVE = 5_000;

  constructor(private readonly intervalMs: number) {}

  /** Epoch ms from which `chatId` may receive the next message. */
  readyAt(chatId: number): number {
    const at = this.last.get(chatId);
    return at === undefined ? 0 : at + this.intervalMs;
  }

  mark(chatId: number, now: number): void {
    this.last.delete(chatId);
    this.last.set(chatId, now);
    if (this.last.size > ChatSpacing.PRUNE_ABOVE && now - this.prunedAt >= this.intervalMs) {
      this.prunedAt = now;
      // Insertion order is send order, so the expired entries are at the front.
      for (const [id, at] of this.last) {
        if (at + this.intervalMs > now) break;
        this.last.delete(id);
      }
    }
  }
}
