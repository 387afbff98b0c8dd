/**
 * 我的积分 on the web: a device reads its person's balance and newest ledger lines, through the
 * same workflow as 我的 → 积分 on Telegram, and gets a redemption code for the village shop (a
 * POST, so the CSRF token and the limits apply). The person comes from the signed device cookie,
 * so nobody can read another person's points or get a code in their name.
 */
import { webAddress } from '../../domain/people/addresses.js';
import type { Db } from '../../store/database.js';
import { type Described, key } from '../../workflows/described.js';
import { describePoints, myPoints, reasonWordsOf } from '../../workflows/points/describe-points.js';
import { type CodeStore, issueRedeemCode } from '../../workflows/points/redeem.js';
import { WebError } from './http-kit.js';
import type { WebTranslate } from './web-translate.js';

export interface PointsDeps {
  db: Db;
  t: WebTranslate;
  /** The county's zone, for the date of each line. */
  timeZone: string;
  /** Where redemption codes are kept; absent: no code is offered. */
  codes?: CodeStore;
}

export interface PointsCall {
  deviceId: string;
  reply: (message: Described) => void;
}

export function createPointsApi(deps: PointsDeps) {
  const { db, codes } = deps;
  const words = reasonWordsOf(deps.t);
  return {
    async show(call: PointsCall) {
      const points = await myPoints(db, webAddress(call.deviceId), words, deps.timeZone);
      const message = describePoints(points);
      if (codes) message.choices.push({ label: key('points-code-button'), action: 'pointscode' });
      call.reply(message);
    },
    async code(call: PointsCall) {
      if (!codes) throw new WebError(503, 'codes_unavailable', 'web-error');
      const code = await issueRedeemCode(db, codes, webAddress(call.deviceId));
      call.reply({
        tone: 'info',
        blocks: [{ type: 'paragraph', text: key('points-code', { code }) }],
        choices: [],
      });
    },
  };
}
