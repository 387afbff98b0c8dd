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
  /** Sees each message (tests); the number is the caller's to protect. */
  observe?: (message: SmsMessage) => void,
  /**
   * Also log the text (the sandbox, where nobody real gets one, and a newcomer needs the
   * verification code to try the settings). Never in production: the text may hold a code.
   */
  showText = false,
): SmsProvider {
  return {
    name: 'log',
    async send(message) {
      logger.info('sms (not sent: SMS_PROVIDER=log)', {
        to: maskMobile(message.phone),
        template: message.template,
        chars: [...message.preview].length,
        ...(showText ? { text: message.preview } : {}),
      });
      observe?.(message);
      return { ok: true, messageId: `log-${randomUUID()}` };
    },
  };
}
