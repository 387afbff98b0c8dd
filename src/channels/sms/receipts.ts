/**
 * Delivery receipts pushed by the SMS provider to `PUBLIC_URL/sms/receipts/<SMS_RECEIPT_TOKEN>`:
 * Aliyun's 短信回执 HTTP 推送 (`[{ biz_id, success, err_code, … }]`) or Tencent Cloud's 回执回调
 * (`[{ sid, report_status: 'SUCCESS' | 'FAIL', errmsg, … }]`). Each receipt marks the matching
 * `sms_messages` row `delivered` or `undelivered`; the numbers in the push are not read. The
 * providers do not sign pushes, so the secret token in the path is what admits them; any other
 * path or method is a 404, a body over 256 KB a 413. Receipts are a record for the county (which
 * warnings reached phones); nothing is re-sent because of them.
 */
import { timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { readLimitedBody } from '../../http/limited-body.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../../store/database.js';
import { recordSmsReceipt } from '../../store/sms-messages.repository.js';
import type { WebMount } from '../web/web-channel.js';

const MAX_BYTES = 256 * 1024;

export interface SmsReceiptOptions {
  db: Db;
  /** `aliyun` or `tencent`: whose push format to read. */
  provider: string;
  token: string;
  logger: Pick<Logger, 'warn'>;
  now?: () => Date;
}

interface Receipt {
  providerMessageId: string;
  delivered: boolean;
  error?: string;
}

/** The receipts in one push, in the provider's format; malformed entries are skipped. */
export function parseReceipts(provider: string, body: unknown): Receipt[] {
  if (!Array.isArray(body)) return [];
  const receipts: Receipt[] = [];
  for (const item of body as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object') continue;
    if (provider === 'aliyun' && typeof item.biz_id === 'string')
      receipts.push({
        providerMessageId: item.biz_id,
        delivered: item.success === true || item.success === 'true',
        error: String(item.err_code ?? '').slice(0, 50),
      });
    if (provider === 'tencent' && typeof item.sid === 'string')
      receipts.push({
        providerMessageId: item.sid,
        delivered: item.report_status === 'SUCCESS',
        error: String(item.errmsg ?? '').slice(0, 50),
      });
  }
  return receipts;
}

function reply(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function smsReceiptsMount(o: SmsReceiptOptions): WebMount {
  const now = o.now ?? (() => new Date());
  const expected = Buffer.from(o.token);
  const ok = o.provider === 'tencent' ? { result: 0, errmsg: 'OK' } : { code: 0, msg: '接收成功' };
  return {
    path: '/sms/receipts',
    async handle(req, res, url) {
      const given = Buffer.from(url.pathname.slice('/sms/receipts/'.length));
      const known = given.length === expected.length && timingSafeEqual(given, expected);
      if (!known || req.method !== 'POST') return reply(res, 404, { error: 'not found' });
      // A body over the limit gets its 413 there, and the rest is drained, not buffered.
      const body = await readLimitedBody(req, res, MAX_BYTES);
      if (body === null) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return reply(res, 400, { error: 'not JSON' });
      }
      let matched = 0;
      const receipts = parseReceipts(o.provider, parsed);
      for (const r of receipts)
        if (await recordSmsReceipt(o.db, { provider: o.provider, ...r }, now())) matched += 1;
      if (matched < receipts.length)
        o.logger.warn('sms: receipts for unknown messages', {
          received: receipts.length,
          matched,
        });
      reply(res, 200, ok);
    },
  };
}
