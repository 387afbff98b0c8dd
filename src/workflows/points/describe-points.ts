/**
 * 我的积分 (my points) described for any channel: the balance, the newest ledger lines (the
 * date on the county's clock, + or −, and why, in the reader's language) and how points are
 * earned and exchanged. Telegram and the web chat show the same lines from this one reading.
 * A person only ever reads their own ledger; a line credited for an anonymous report names at
 * most that report's reference, which is the reporter's own, and nothing else about it.
 *
 * @example
 * const points = await myPoints(db, webAddress(deviceId), reasonWordsOf(t), 'Asia/Shanghai');
 * const message = describePoints(points); // balance, lines, how to earn and exchange
 */
import { LOCALES, type Locale } from '../../domain/locale.js';
import type { Address } from '../../domain/people/addresses.js';
import {
  type LedgerReason,
  type PointsReason,
  type ReasonWords,
  readLedgerReason,
} from '../../domain/points/ledger-reason.js';
import type { Db } from '../../store/database.js';
import { personOf } from '../../store/people.repository.js';
import { pointBalance, pointHistory } from '../../store/points.repository.js';
import { type Described, type DescribedText, key } from '../described.js';
import { countyTime } from '../reports/report-history.js';

/** How many ledger lines a resident sees (the newest). */
export const POINTS_SHOWN = 10;

export interface PointsLine {
  /** The day on the county's clock, `2026-12-04`. */
  date: string;
  /** `+10`, `-15`. */
  delta: string;
  reason: LedgerReason;
}

export interface MyPoints {
  balance: number;
  lines: PointsLine[];
}

/** Each points reason's words in every language, from a channel's translator. */
export function reasonWordsOf(t: (locale: Locale, key: string) => string): ReasonWords {
  const words = (reason: PointsReason) => LOCALES.map((l) => t(l, `points-reason-${reason}`));
  return { clue: words('clue'), mediation: words('mediation') };
}

/** The balance and newest lines of the person at an address; nothing yet for a new address. */
export async function myPoints(
  db: Db,
  address: Address,
  words: ReasonWords,
  timeZone: string,
): Promise<MyPoints> {
  const person = await personOf(db, address);
  if (person === null) return { balance: 0, lines: [] };
  const [balance, history] = await Promise.all([
    pointBalance(db, person),
    pointHistory(db, person, POINTS_SHOWN),
  ]);
  return {
    balance,
    lines: history.map((e) => ({
      date: countyTime(e.at, timeZone).slice(0, 10),
      delta: e.delta > 0 ? `+${e.delta}` : String(e.delta),
      reason: readLedgerReason(e.reason, words),
    })),
  };
}

/** One ledger line: a known reason in the reader's words, anything else as it was typed. */
export function pointsLineText(line: PointsLine): DescribedText {
  const { date, delta, reason } = line;
  if (reason.kind === 'text')
    return key('points-history-line', { date, delta, reason: reason.text });
  const why = { key: `points-reason-${reason.reason}` };
  return reason.reference
    ? key('points-history-award', { date, delta, reason: why, reference: reason.reference })
    : key('points-history-line', { date, delta, reason: why });
}

/** The points view: balance, the newest lines, how points are earned and exchanged. */
export function describePoints(points: MyPoints): Described {
  return {
    tone: 'info',
    blocks: [
      { type: 'title', text: key('points-title') },
      { type: 'paragraph', text: key('points-balance', { balance: points.balance }) },
      points.lines.length
        ? {
            type: 'list',
            label: key('points-history-title'),
            items: points.lines.map(pointsLineText),
          }
        : { type: 'note', text: key('points-history-none') },
      { type: 'note', text: key('points-how') },
    ],
    choices: [],
  };
}
