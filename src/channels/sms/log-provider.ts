/**
 * The sandbox's SMS provider: sends nothing, logs that a message would go (the number masked,
 * the template and the text's length) and answers a made-up message id. With it a newcomer sees
 * SMS notices flow through the outbox without an account at Aliyun or Tencent Cloud.
 */
import { randomUUID } from 'node:crypto';
import { maskMobile } from '../../domain/people/phone-number.js';
import type { Logger } from '../../logger.js';
import type { SmsMessage, SmsProvider } from './provider.js';

export function logSms(
  logger: Pick<Logger, 'info'>,
  /** Sees each message (the sandbox page, tests); the number is the caller's to protect. */
  observe?: (message: SmsMessage) => void,
): SmsProvider {
  return {
    name: 'log',
    async send(message) {
      logger.info('sms (not sent: SMS_PROVIDER=log)', {
        to: maskMobile(message.phone),
        template: message.template,
        chars: [...message.preview].length,
      });
      observe?.(message);
      return { ok: true, messageId: `log-${randomUUID()}` };
    },
  };
}
