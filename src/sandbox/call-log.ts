/** One Bot API call as the emulator saw it. */
export interface CallRecord {
  method: string;
  chatId?: number;
  ok: boolean;
  errorCode?: number;
  at: number;
}

/** Exact totals over every call, however many the log has dropped. */
export interface EmulatorStats {
  /** Messages the bot sent successfully (send*, copyMessage, forwardMessage). */
  sent: number;
  /** Calls refused by flood control. */
  http429: number;
  /** Calls per method name, successful or not. */
  byMethod: Record<string, number>;
}

/**
 * The call log behind `emulator.calls` and `emulator.stats()`. The list keeps only the latest
 * `limit` entries (trimmed in batches, so appending stays O(1) amortised) while the counters stay
 * exact, so a benchmark can push a million calls through without the log growing with it.
 */
export class CallLog {
  readonly entries: CallRecord[] = [];
  private sent = 0;
  private http429 = 0;
  private readonly byMethod = new Map<string, number>();

  constructor(private readonly limit: number) {}

  record(entry: CallRecord, sentMessage: boolean): void {
    this.entries.push(entry);
    if (this.entries.length >= this.limit * 2) {
      this.entries.splice(0, this.entries.length - this.limit);
    }
    this.byMethod.set(entry.method, (this.byMethod.get(entry.method) ?? 0) + 1);
    if (entry.errorCode === 429) this.http429++;
    if (entry.ok && sentMessage) this.sent++;
  }

  stats(): EmulatorStats {
    return { sent: this.sent, http429: this.http429, byMethod: Object.fromEntries(this.byMethod) };
  }
}
