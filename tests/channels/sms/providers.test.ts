/**
 * The two real SMS providers through their official SDKs, with nock answering at the providers'
 * real HTTPS endpoints: what is sent (number, signature, template id, parameters), and how each
 * provider's answers are sorted (accepted with an id, throttled, template error, bad number).
 */
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aliyunSms } from '../../../src/channels/sms/aliyun.js';
import type { SmsMessage } from '../../../src/channels/sms/provider.js';
import { tencentSms } from '../../../src/channels/sms/tencent.js';

const templates = {
  signName: '乌兰县公安局',
  code: 'SMS_100',
  urgent: 'SMS_200',
  report: 'SMS_300',
};
const warning: SmsMessage = {
  phone: '+8613800138000',
  template: 'urgent',
  params: [
    ['text', '有人冒充医保局打电话要验证码'],
    ['link', 'https://cunjing.example.cn/web/'],
  ],
  preview: '',
};

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('Aliyun SMS (dysmsapi SendSms)', () => {
  const aliyun = () =>
    aliyunSms({ accessKeyId: 'LTAI-test-key', accessKeySecret: 'test-secret-123', templates });

  it('sends the number without +86, the signature, the template id and named parameters, signed', async () => {
    let seen: { query: URLSearchParams; headers: Record<string, unknown> } | undefined;
    nock('https://dysmsapi.aliyuncs.com')
      .post(/^\/\?/)
      .reply(function (uri) {
        seen = {
          query: new URL(uri, 'https://x').searchParams,
          headers: this.req.headers as Record<string, unknown>,
        };
        return [200, { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'r1' }];
      });
    expect(await aliyun().send(warning)).toEqual({ ok: true, messageId: '900619746936498440^0' });
    expect(seen?.query.get('PhoneNumbers')).toBe('13800138000');
    expect(seen?.query.get('SignName')).toBe('乌兰县公安局');
    expect(seen?.query.get('TemplateCode')).toBe('SMS_200');
    expect(JSON.parse(seen?.query.get('TemplateParam') ?? '')).toEqual({
      text: '有人冒充医保局打电话要验证码',
      link: 'https://cunjing.example.cn/web/',
    });
    expect(seen?.headers['x-acs-action']).toBe('SendSms');
    expect(String(seen?.headers.authorization)).toMatch(
      /^ACS3-HMAC-SHA256 Credential=LTAI-test-key/,
    );
  });

  it.each([
    [200, 'isv.BUSINESS_LIMIT_CONTROL', 'throttled'],
    [400, 'Throttling.User', 'throttled'],
    [200, 'isv.SMS_TEMPLATE_ILLEGAL', 'template'],
    [200, 'isv.SMS_SIGNATURE_ILLEGAL', 'template'],
    [200, 'isv.MOBILE_NUMBER_ILLEGAL', 'invalid-number'],
    [500, 'InternalError', 'other'],
  ])('sorts HTTP %i %s as %s', async (status, code, kind) => {
    nock('https://dysmsapi.aliyuncs.com')
      .post(/.*/)
      .reply(status, { Code: code, Message: 'm 13800138000', RequestId: 'r' });
    const result = await aliyun().send(warning);
    expect(result).toEqual({ ok: false, error: kind, detail: `aliyun ${code}` });
    // The provider's message text (which may quote the number) is not carried on.
    expect(JSON.stringify(result)).not.toContain('13800138000');
  });
});

describe('Tencent Cloud SMS (2021-01-11 SendSms)', () => {
  const tencent = () =>
    tencentSms({ secretId: 'AKIDtest', secretKey: 'test-key-123', appId: '1400123456', templates });

  it('sends the +86 number, app id, signature, template id and parameters by position, signed', async () => {
    let seen: { body: Record<string, unknown>; headers: Record<string, unknown> } | undefined;
    nock('https://sms.tencentcloudapi.com')
      .post('/')
      .reply(function (_uri, body) {
        seen = { body: body as Record<string, unknown>, headers: this.req.headers };
        return [
          200,
          {
            Response: {
              SendStatusSet: [
                {
                  SerialNo: '2028:f825e6b16e23f73f4123',
                  PhoneNumber: '+8613800138000',
                  Code: 'Ok',
                },
              ],
              RequestId: 'r1',
            },
          },
        ];
      });
    expect(await tencent().send(warning)).toEqual({
      ok: true,
      messageId: '2028:f825e6b16e23f73f4123',
    });
    expect(seen?.body).toEqual({
      PhoneNumberSet: ['+8613800138000'],
      SmsSdkAppId: '1400123456',
      SignName: '乌兰县公安局',
      TemplateId: 'SMS_200',
      TemplateParamSet: ['有人冒充医保局打电话要验证码', 'https://cunjing.example.cn/web/'],
    });
    expect(seen?.headers['x-tc-action']).toBe('SendSms');
    expect(seen?.headers['x-tc-region']).toBe('ap-guangzhou');
    expect(String(seen?.headers.authorization)).toMatch(/^TC3-HMAC-SHA256 Credential=AKIDtest\//);
  });

  it.each([
    ['LimitExceeded.PhoneNumberThirtySecondLimit', 'throttled'],
    ['FailedOperation.TemplateIncorrectOrUnapproved', 'template'],
    ['FailedOperation.SignatureIncorrectOrUnapproved', 'template'],
    ['InvalidParameterValue.IncorrectPhoneNumber', 'invalid-number'],
  ])('sorts the number’s status %s as %s', async (code, kind) => {
    nock('https://sms.tencentcloudapi.com')
      .post('/')
      .reply(200, {
        Response: { SendStatusSet: [{ SerialNo: '', Code: code, Message: 'x' }], RequestId: 'r' },
      });
    expect(await tencent().send(warning)).toEqual({
      ok: false,
      error: kind,
      detail: `tencent ${code}`,
    });
  });

  it('sorts a refused call (RequestLimitExceeded) as throttled', async () => {
    nock('https://sms.tencentcloudapi.com')
      .post('/')
      .reply(200, {
        Response: { Error: { Code: 'RequestLimitExceeded', Message: 'slow' }, RequestId: 'r' },
      });
    expect(await tencent().send(warning)).toMatchObject({ ok: false, error: 'throttled' });
  });
});
