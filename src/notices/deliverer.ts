/**
 * The seam between the notice loop and a channel. A channel's `Deliverer` turns one notice into
 * its own message and reports how the send went, in the delivery engine's terms (`SendResult`).
 * On success it may return `record`: writes that belong with "sent" (a card's message id, a web
 * inbox row). The loop runs them in the same transaction that marks the notice sent, and then
 * calls what `record` returned (a live push), after the commit.
 *
 * `wait` puts one notice off without counting an attempt or pausing the others: a channel's own
 * rate limit (SMS per number and per minute) says "not yet", not "failed".
 */
import type { SendResult } from '../broadcast/sender.js';
import type { Notice } from '../domain/notices/notice.js';
import type { Db } from '../store/database.js';

export type DeliveryResult =
  | { ok: true; record?: (trx: Db) => Promise<(() => void) | undefined> }
  | Exclude<SendResult, { ok: true }>
  | { ok: false; kind: 'wait'; seconds: number; reason: string };

export type Deliverer = (notice: Notice) => Promise<DeliveryResult>;
