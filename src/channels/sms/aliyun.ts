/**
 * Aliyun SMS (阿里云短信服务) through its official SDK, `@alicloud/dysmsapi20170525`: one
 * `SendSms` call per message. The SDK signs requests (ACS3-HMAC-SHA256) and follows the API as
 * Aliyun changes it, which is why it is used rather than a hand-written client.
 *
 * SendSms answers HTTP 200 with `Code` for most refusals (`isv.*`), and an HTTP error with a
 * code for throttling and bad credentials; both are sorted here.
 * Codes: https://help.aliyun.com/zh/sms/developer-reference/api-error-codes
 */
import * as $Dysmsapi from '@alicloud/dysmsapi20170525';
import * as $OpenApi from '@alicloud/openapi-core';
import type { SmsErrorKind, SmsProvider, SmsSendResult, SmsTemplates } from './provider.js';

export interface AliyunSmsOptions {
  accessKeyId: string;
  accessKeySecret: string;
  templates: SmsTemplates;
  /** Default dysmsapi.aliyuncs.com. */
  endpoint?: string;
}

const THROTTLED = new Set([
  'Throttling.User',
  'Throttling.Api',
  'isv.BUSINESS_LIMIT_CONTROL',
  'isv.DAY_LIMIT_CONTROL',
  'isv.OUT_OF_SERVICE',
]);
const TEMPLATE = [
  'isv.SMS_TEMPLATE_ILLEGAL',
  'isv.SMS_SIGNATURE_ILLEGAL',
  'isv.SMS_SIGN_ILLEGAL',
  'isv.TEMPLATE_MISSING_PARAMETERS',
  'isv.TEMPLATE_PARAMS_ILLEGAL',
  'isv.PARAM_LENGTH_LIMIT',
  'isv.PARAM_NOT_SUPPORT_URL',
  'isv.INVALID_JSON_PARAM',
  'isv.SIGNATURE_TEMPLATE_NOT_MATCH',
];

export function classifyAliyun(code: string): SmsErrorKind {
  if (THROTTLED.has(code) || code.startsWith('Throttling')) return 'throttled';
  if (TEMPLATE.includes(code) || /SIGN|TEMPLATE/.test(code)) return 'template';
  if (code === 'isv.MOBILE_NUMBER_ILLEGAL' || code === 'isv.MOBILE_COUNT_OVER_LIMIT')
    return 'invalid-number';
  return 'other';
}

// The package is CommonJS with the client as `exports.default`: Node's ESM loader puts it at
// `default.default`, a bundler's interop (vitest) at `default`.
type DysmsClient = typeof $Dysmsapi.default.default;
const Client: DysmsClient =
  typeof $Dysmsapi.default === 'function'
    ? ($Dysmsapi.default as unknown as DysmsClient)
    : $Dysmsapi.default.default;

export function aliyunSms(o: AliyunSmsOptions): SmsProvider {
  const client = new Client(
    new $OpenApi.$OpenApiUtil.Config({
      accessKeyId: o.accessKeyId,
      accessKeySecret: o.accessKeySecret,
      endpoint: o.endpoint ?? 'dysmsapi.aliyuncs.com',
      connectTimeout: 5_000,
      readTimeout: 10_000,
    }),
  );
  return {
    name: 'aliyun',
    async send(message): Promise<SmsSendResult> {
      try {
        const response = await client.sendSms(
          new $Dysmsapi.SendSmsRequest({
            // Domestic numbers go without the country code.
            phoneNumbers: message.phone.replace(/^\+86/, ''),
            signName: o.templates.signName,
            templateCode: o.templates[message.template],
            templateParam: JSON.stringify(Object.fromEntries(message.params)),
          }),
        );
        const body = response.body;
        if (body?.code === 'OK' && body.bizId) return { ok: true, messageId: body.bizId };
        const code = body?.code ?? 'no code';
        return { ok: false, error: classifyAliyun(code), detail: `aliyun ${code}` };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string')
          return { ok: false, error: classifyAliyun(code), detail: `aliyun ${code}` };
        return { ok: false, error: 'other', detail: `aliyun ${(error as Error).name}` };
      }
    },
  };
}
