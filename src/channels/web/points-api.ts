/**
 * 我的积分 on the web: a device reads its person's balance and newest ledger lines, through the
 * same workflow as 我的 → 积分 on Telegram. Reading only; the person comes from the signed device
 * cookie, so nobody can ask for another person's points.
 */
import { webAddress } from '../../domain/people/addresses.js';
import type { Db } from '../../store/database.js';
import type { Described } from '../../workflows/described.js';
import { describePoints, myPoints, reasonWordsOf } from '../../workflows/points/describe-points.js';
import type { WebTranslate } from './web-translate.js';

export interface PointsCall {
  deviceId: string;
  reply: (message: Described) => void;
}

export function createPointsApi(db: Db, t: WebTranslate, timeZone: string) {
  const words = reasonWordsOf(t);
  return {
    async show(call: PointsCall) {
      call.reply(describePoints(await myPoints(db, webAddress(call.deviceId), words, timeZone)));
    },
  };
}
