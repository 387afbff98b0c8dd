/**
 * The seam between cunjing and an SMS provider: send one approved template, with its
 * parameters, to one mobile number. Providers only accept pre-approved signatures and
 * templates, so the message is a template use (`SmsTemplate`) and named parameters, not free
 * text. The answer is the provider's message id (for delivery receipts) or an error sorted
 * into what the caller does with it:
 * - `throttled`: the provider's rate limit; retried a bounded number of times with backoff.
 * - `template`: the signature or template is not approved or does not match; failed at once.
 * - `invalid-number`: the number cannot get SMS; the address is turned off.
 * - `other`: network trouble, a 5xx or anything unknown; retried a bounded number of times.
 *
 * `detail` is the provider's error code, never its message text (which may quote the number).
 *
 * @example
 * const result = await provider.send({
 *   phone: '+8613800138000', template: 'code', params: [['code', '123456']],
 * });
 * if (result.ok) console.log(result.messageId);
 */

/** The uses with their own approved template (SMS_TEMPLATE_CODE, _URGENT, _REPORT). */
export type SmsTemplate = 'code' | 'urgent' | 'report';

export interface SmsMessage {
  /** `+86` and 11 digits. */
  phone: string;
  template: SmsTemplate;
  /**
   * The template's variables in order: Aliyun takes them by name (`${code}`), Tencent Cloud by
   * position (`{1}`), so both are given.
   */
  params: ReadonlyArray<readonly [name: string, value: string]>;
  /** The whole text as the resident reads it, for the logging provider and the tests. */
  preview: string;
}

export type SmsErrorKind = 'throttled' | 'template' | 'invalid-number' | 'other';

export type SmsSendResult =
  | { ok: true; messageId: string }
  | { ok: false; error: SmsErrorKind; detail: string };

export interface SmsProvider {
  /** `aliyun`, `tencent` or `log`: stored with each message, to match receipts. */
  readonly name: string;
  send(message: SmsMessage): Promise<SmsSendResult>;
}

/** The approved template id for each use, and the signature they are sent under. */
export interface SmsTemplates {
  signName: string;
  code: string;
  urgent: string;
  report: string;
}
