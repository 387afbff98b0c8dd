/**
 * 短信通知 in the web chat's settings: see the SMS settings, give a mobile number and get a code
 * by SMS, type the code, then choose what also comes by SMS. Every call is a POST or GET of the
 * API (CSRF and limits apply as for any change); the number is shown masked, never in full.
 */
import { webAddress } from '../../domain/people/addresses.js';
import { maskMobile } from '../../domain/people/phone-number.js';
import type { Db } from '../../store/database.js';
import type { Described } from '../../workflows/described.js';
import { confirmSmsCode, requestSmsCode } from '../../workflows/sms/phone-verification.js';
import {
  changeSms,
  describeSms,
  type SmsChange,
  smsOfDevice,
} from '../../workflows/sms/sms-settings.js';
import { field, WebError } from './http-kit.js';

export interface SmsCall {
  deviceId: string;
  reply: (message: Described, extra?: Record<string, unknown>) => void;
}

export interface SmsApiDeps {
  db: Db;
  /** False when no SMS provider is configured: every call says SMS is not available. */
  enabled: boolean;
  wakeNotices?: () => void;
  now?: () => Date;
}

const note = (k: string, vars?: Record<string, string>): Described => ({
  tone: 'info',
  blocks: [{ type: 'paragraph', text: vars ? { key: k, vars } : { key: k } }],
  choices: [],
});

function changeOf(body: Record<string, unknown>): SmsChange {
  if (body.toggle === 'urgent' || body.toggle === 'reports') return { toggle: body.toggle };
  if (body.off === true) return { off: true };
  throw new WebError(400, 'bad_request', 'web-error');
}

export function createSmsApi(deps: SmsApiDeps) {
  const now = deps.now ?? (() => new Date());
  const available = () => {
    if (!deps.enabled) throw new WebError(503, 'sms_unavailable', 'web-sms-unavailable');
  };
  return {
    async show(call: SmsCall) {
      available();
      call.reply(describeSms(await smsOfDevice(deps.db, call.deviceId)));
    },
    async phone(call: SmsCall, body: Record<string, unknown>) {
      available();
      const result = await requestSmsCode(deps.db, {
        requester: webAddress(call.deviceId),
        phone: field(body, 'phone'),
        now: now(),
      });
      if (result.outcome === 'bad-phone') throw new WebError(400, 'bad_phone', 'web-sms-bad-phone');
      if (result.outcome === 'too-often') throw new WebError(429, 'too_often', 'web-sms-too-often');
      deps.wakeNotices?.();
      call.reply(note('web-sms-code-sent', { phone: maskMobile(result.phone) }), {
        expect: 'smscode',
      });
    },
    async code(call: SmsCall, body: Record<string, unknown>) {
      available();
      const result = await confirmSmsCode(deps.db, {
        requester: webAddress(call.deviceId),
        code: field(body, 'code'),
        now: now(),
      });
      if (result.outcome !== 'verified') throw new WebError(400, 'bad_code', 'web-sms-bad-code');
      const settings = describeSms(result.address);
      call.reply({
        ...settings,
        blocks: [
          {
            type: 'note',
            text: { key: 'web-sms-verified', vars: { phone: maskMobile(result.address.phone) } },
          },
          ...settings.blocks,
        ],
      });
    },
    async change(call: SmsCall, body: Record<string, unknown>) {
      available();
      const change = changeOf(body);
      const address = await changeSms(deps.db, call.deviceId, change, now());
      if (!address) throw new WebError(404, 'no_sms_address', 'web-error');
      if ('off' in change)
        return call.reply(note('web-sms-now-off', { phone: maskMobile(address.phone) }));
      call.reply(describeSms(address));
    },
  };
}
