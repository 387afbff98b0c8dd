import { describe, expect, it } from 'vitest';
import { checkMessage } from '../../../src/domain/fraud/index.js';

// Invented for this test: rural patterns the rules must catch, and village notices they must not.
describe('rural scam patterns', () => {
  it.each([
    [
      '大爷您好，今年的农机购置补贴已经批下来了，您把银行卡号和收到的验证码发我，马上给您打款。',
      'high',
      'subsidy-benefit',
    ],
    [
      '您家最近有血光之灾，需要做一场法事化解，功德款3600元，转给师父就行。',
      'high',
      'superstition',
    ],
    ['妈，我是小明，换号了，急需两万块，先别告诉爸。', 'high', 'impersonate-acquaintance'],
    [
      '奶奶，我是你孙子，在外地打架被抓了，要交两万保证金才能放人，别让我爸妈知道。',
      'high',
      'impersonate-acquaintance',
    ],
  ])('%s → %s', (text, risk, type) => {
    const result = checkMessage(text);
    expect(result.risk).toBe(risk);
    expect(result.type).toBe(type);
  });

  it.each([
    ['合作社养牛项目入股，保本保息，月息3分，拉一个人进来再返你500。', 'illegal-fundraising'],
    ['免费体检送鸡蛋，专家说您血管堵了，这个进口保健品能包治百病。', 'elderly-health'],
  ])('%s is at least suspicious', (text, type) => {
    const result = checkMessage(text);
    expect(result.risk).not.toBe('none');
    expect(result.type).toBe(type);
  });

  it.each([
    '明天上午九点在村委会开会，讨论今年的草场围栏，请各户派一人参加。',
    '你的快递到驿站了，取件码3-2-1045，请凭码取件。',
  ])('leaves a village notice alone: %s', (text) => {
    expect(checkMessage(text).risk).toBe('none');
  });
});

// Written for the second round of issue 11: schemes that must be high on their own mechanism.
describe('schemes that are high by how they work', () => {
  it.each([
    [
      '您开通的百万保障今天到期将自动扣费每月600元，如需取消请回电17012345678',
      'fake-customer-service',
    ],
    ['社区门口免费体检，测完说我爸有心脏病，要买他们的保健品九千多', 'elderly-health'],
    ['老乡，我是收牛的，钱我已经转你卡上了，你看截图，多转了五千，麻烦你退给我', 'fake-shopping'],
    ['我邻居说有人打电话自称是社保局的，让她把银行卡号和验证码报过去领补贴', 'subsidy-benefit'],
  ])('%s → high', (text, type) => {
    const result = checkMessage(text);
    expect(result.risk).toBe('high');
    expect(result.type).toBe(type);
  });

  it('keeps a genuine free check-up notice and a family payment note below high', () => {
    expect(
      checkMessage(
        '社区通知：本周六上午卫生服务站为65岁以上老人免费体检，请带身份证和医保卡，不收任何费用，不推销任何产品。',
      ).risk,
    ).toBe('none');
    expect(checkMessage('我把转账截图发你了，你看看对不对').risk).not.toBe('high');
    expect(checkMessage('兄弟，收牛的钱我收到了，一共四万二，没多也没少').risk).toBe('none');
  });
});

describe('mixed English and Chinese', () => {
  it.each([
    ['您好, this is 国家医保局. Your 医保卡 will be frozen, please send 验证码 to us now', 'high'],
    [
      "Hi 奶奶, it's me 小明, new number, need 5000 urgently, transfer to my friend's account, don't tell mom",
      'high',
    ],
    ['Never send 验证码 to anyone, the police will never ask for it.', 'none'],
  ])('%s → %s', (text, risk) => {
    expect(checkMessage(text).risk).toBe(risk);
  });
});
