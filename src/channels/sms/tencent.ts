/**
 * Tencent Cloud SMS (腾讯云短信) through its official SDK, `tencentcloud-sdk-nodejs-sms`
 * (API 2021-01-11): one `SendSms` call per message, the template's parameters by position. The
 * SDK signs requests (TC3-HMAC-SHA256), which is why it is used rather than a hand-written client.
 *
 * A refusal of the whole call comes back as an SDK error with a code; a refusal of the one
 * number as that number's `Code` in `SendStatusSet`. Both are sorted here.
 * Codes: https://cloud.tencent.com/document/product/382/55981
 */
import * as tencentcloud from 'tencentcloud-sdk-nodejs-sms';
import type { SmsErrorKind, SmsProvider, SmsSendResult, SmsTemplates } from './provider.js';

export interface TencentSmsOptions {
  secretId: string;
  secretKey: string;
  /** The SMS application's SdkAppId (1400…). */
  appId: string;
  /** Default ap-guangzhou. */
  region?: string;
  templates: SmsTemplates;
}

export function classifyTencent(code: string): SmsErrorKind {
  if (code === 'RequestLimitExceeded' || code.startsWith('LimitExceeded')) return 'throttled';
  if (/Signature|Template|SIGN|TEMPLATE/i.test(code)) return 'template';
  if (
    code === 'InvalidParameterValue.IncorrectPhoneNumber' ||
    code === 'FailedOperation.PhoneNumberInBlacklist' ||
    code === 'UnsupportedOperation.UnsupportedRegion'
  )
    return 'invalid-number';
  return 'other';
}

type SmsClient = InstanceType<typeof tencentcloud.sms.v20210111.Client>;

export function tencentSms(o: TencentSmsOptions): SmsProvider {
  const client: SmsClient = new tencentcloud.sms.v20210111.Client({
    credential: { secretId: o.secretId, secretKey: o.secretKey },
    region: o.region ?? 'ap-guangzhou',
    profile: { httpProfile: { reqTimeout: 10 } },
  });
  return {
    name: 'tencent',
    async send(message): Promise<SmsSendResult> {
      try {
        const response = await client.SendSms({
          PhoneNumberSet: [message.phone],
          SmsSdkAppId: o.appId,
          SignName: o.templates.signName,
          TemplateId: o.templates[message.template],
          TemplateParamSet: message.params.map(([, value]) => value),
        });
        const status = response.SendStatusSet?.[0];
        if (status?.Code === 'Ok' && status.SerialNo)
          return { ok: true, messageId: status.SerialNo };
        const code = status?.Code ?? 'no status';
        return { ok: false, error: classifyTencent(code), detail: `tencent ${code}` };
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        if (typeof code === 'string' && code)
          return { ok: false, error: classifyTencent(code), detail: `tencent ${code}` };
        return { ok: false, error: 'other', detail: `tencent ${(error as Error).name}` };
      }
    },
  };
}
