import { badRequest } from './api-error.js';

/** One answerCallbackQuery the bot made, joined with the press it answered. */
export interface CallbackAnswer {
  queryId: string;
  userId: number;
  chatId?: number;
  messageId?: number;
  data?: string;
  text?: string;
  show_alert: boolean;
  url?: string;
  at: number;
}

interface IssuedQuery {
  userId: number;
  chatId?: number;
  messageId?: number;
  data?: string;
  issuedAt: number;
}

const MAX_OPEN = 10_000;
const MAX_ANSWERS = 1_000;

/**
 * Callback queries the emulator issued and the bot's answers. A query can be answered once,
 * within `ttlMs`; later or repeated answers fail as in Telegram, which is what a slow handler
 * (for example one that awaits a database before answering) runs into in production.
 */
export class CallbackRegistry {
  private readonly open = new Map<string, IssuedQuery>();
  private readonly answers: CallbackAnswer[] = [];
  private counter = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  issue(query: Omit<IssuedQuery, 'issuedAt'>): string {
    const id = String(4_000_000_000_000 + ++this.counter);
    this.open.set(id, { ...query, issuedAt: this.now() });
    if (this.open.size > MAX_OPEN) {
      const oldest = this.open.keys().next();
      if (!oldest.done) this.open.delete(oldest.value);
    }
    return id;
  }

  answer(
    queryId: string,
    reply: { text?: string; show_alert: boolean; url?: string },
  ): CallbackAnswer {
    const query = this.open.get(queryId);
    this.open.delete(queryId);
    if (!query || this.now() - query.issuedAt > this.ttlMs) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    const { issuedAt: _issuedAt, ...press } = query;
    const answer: CallbackAnswer = { queryId, ...press, ...reply, at: this.now() };
    this.answers.push(answer);
    if (this.answers.length > MAX_ANSWERS * 2) this.answers.splice(0, MAX_ANSWERS);
    return answer;
  }

  list(filter: { chatId?: number; userId?: number } = {}): CallbackAnswer[] {
    return this.answers.filter(
      (a) =>
        (filter.chatId === undefined || a.chatId === filter.chatId) &&
        (filter.userId === undefined || a.userId === filter.userId),
    );
  }
}
