/**
 * The SMS provider the configuration asks for: Aliyun or Tencent Cloud with their keys, the
 * logging provider (`SMS_PROVIDER=log`, and the sandbox's default), or none. Real providers are
 * loaded only when chosen, so a station without SMS never loads their SDKs.
 */
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { SmsProvider, SmsTemplates } from './provider.js';
import type { SmsLimits } from './sms-notices.js';

export interface SmsSettings {
  provider: SmsProvider;
  /** The receipt push's secret path segment (SMS_RECEIPT_TOKEN), for aliyun and tencent. */
  receiptToken?: string;
  signName: string;
  limits: SmsLimits;
}

export async function smsSettingsOf(
  config: Config,
  o: { sandbox: boolean; logger: Logger },
): Promise<SmsSettings | null> {
  const choice = config.SMS_PROVIDER ?? (o.sandbox ? 'log' : 'none');
  if (choice === 'none') return null;
  const limits = {
    perNumberPerHour: config.SMS_PER_NUMBER_PER_HOUR,
    perMinute: config.SMS_PER_MINUTE,
  };
  const signName = config.SMS_SIGN_NAME ?? '村警通';
  if (choice === 'log') {
    const { logSms } = await import('./log-provider.js');
    return { provider: logSms(o.logger, undefined, o.sandbox), signName, limits };
  }
  // loadConfig has checked that a real provider has all of these.
  const templates: SmsTemplates = {
    signName,
    code: config.SMS_TEMPLATE_CODE ?? '',
    urgent: config.SMS_TEMPLATE_URGENT ?? '',
    report: config.SMS_TEMPLATE_REPORT ?? '',
  };
  const keyId = config.SMS_KEY_ID ?? '';
  const receipts = config.SMS_RECEIPT_TOKEN ? { receiptToken: config.SMS_RECEIPT_TOKEN } : {};
  const secret = config.SMS_KEY_SECRET ?? '';
  if (choice === 'aliyun') {
    const { aliyunSms } = await import('./aliyun.js');
    return {
      provider: aliyunSms({ accessKeyId: keyId, accessKeySecret: secret, templates }),
      signName,
      limits,
      ...receipts,
    };
  }
  const { tencentSms } = await import('./tencent.js');
  return {
    provider: tencentSms({
      secretId: keyId,
      secretKey: secret,
      appId: config.SMS_TENCENT_APP_ID ?? '',
      region: config.SMS_TENCENT_REGION,
      templates,
    }),
    signName,
    limits,
    ...receipts,
  };
}
