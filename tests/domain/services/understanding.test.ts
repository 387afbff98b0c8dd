/**
 * How villagers really ask, against the real knowledge base: for someone else, with typing and
 * voice-input slips, with direction words, with context words around the request, and small talk.
 * Every question here was written for this test.
 */
import { describe, expect, it } from 'vitest';
import { loadServiceCatalog } from '../../../src/domain/services/catalog.js';
import { PROJECT_LOCALES } from './helpers.js';

const { matcher } = loadServiceCatalog(PROJECT_LOCALES);

describe('questions answered directly', () => {
  it.each([
    ['俺娘身份证丢了咋办', 'idcard.lost'],
    ['老头子身份证过期了', 'idcard.renewal'],
    ['替俺孙子上户口要带啥', 'hukou.birth'],
    ['身份正丢了补一个多少钱', 'idcard.lost'],
    ['架照丢了咋补', 'driver.lost'],
    ['户口部丢了咋补', 'hukou.booklet'],
    ['行使证丢了咋补', 'vehicle.plate-lost'],
    ['俺爹瘫在炕上下不了地身份证到期了能上门办吗', 'idcard.homevisit'],
    ['骑电动车被车撞了咋办', 'traffic.accident'],
    ['my id card expired how to renew', 'idcard.renewal'],
    // an ordinal is not an amount: 第一次 is what a first ID card is about
    ['俺闺女第一次办身份证带啥', 'idcard.first'],
    ['替俺孙子补个身份证', 'idcard.lost'],
    ['给俺娘的电动车上个牌子', 'ebike.registration'],
    // "where" words no longer glue onto the document's name (证|去 was one word)
    ['临时身份证去哪儿办', 'idcard.temporary'],
    ['居民身份证有效期届满怎么换', 'idcard.renewal'],
    // voice-typed run-ons: fillers and time words do not drown the request
    ['俺那个身份证吧就是前两天赶集的时候丢了现在想补一个得带啥东西去哪儿办啊', 'idcard.lost'],
    [
      '我跟你说我家老头子他那个驾照好像是到期了还是咋的反正上面日子过了能不能在手机上换',
      'driver.renewal',
    ],
    ['那个我闺女在外地生了个娃娃想问一下这个户口能不能上到我们村里来要带啥', 'hukou.birth'],
    ['车子年审', 'vehicle.inspection'],
  ])('%s → %s', (question, topic) => {
    const result = matcher.match(question);
    expect(result.topic).toBe(topic);
    expect(result.band).toBe('high');
  });
});

describe('direction words', () => {
  it('moving a hukou out to a named place is not moving it in', () => {
    const result = matcher.match('我要把户口从村里迁出到呼和浩特去');
    expect(result.topic).toBe('hukou.move-out');
    expect(matcher.match('闺女嫁到外省了户口要迁出去咋办').topic).toBe('hukou.move-out');
  });

  it('a lost card is not a renewal, an expired one is not a loss', () => {
    expect(matcher.match('驾驶证丢了').topic).toBe('driver.lost');
    expect(matcher.match('驾驶证过期了').topic).toBe('driver.renewal');
  });
});

describe('small talk and out of scope', () => {
  it.each([
    '你好',
    '您好 在吗',
    '你是机器人吗',
    '谢谢啊',
    'hello',
    'thank you',
    '你叫啥名字',
    '谢谢你啊警察同志',
    '你好我想问个事',
  ])('%s is small talk, never a police topic', (text) => {
    const result = matcher.match(text);
    expect(result).toMatchObject({ topic: null, band: 'low', smallTalk: true });
  });

  it.each([
    '社保卡丢了咋办',
    '二手车大概值多少钱',
    '三轮车坏了去哪修',
    '借给亲戚的钱不还咋办',
    '毕业证丢了咋补',
    '打疫苗去哪',
    '孩子落地险咋买',
  ])('%s is not answered directly', (text) => {
    expect(matcher.match(text).band).toBe('low');
  });

  it.each([
    // other offices' matters: civil service exams, outages, civil affairs, opening hours
    '想考个事业编去哪报名',
    '村里停电了找谁',
    '去民政局离婚要带啥',
    '驾校几点开门',
    // a document named only as something to bring does not make it that document's topic
    '领结婚证得带啥',
    '办低保要带户口本吗',
    // asking how good a product is, or how to use and fix it, not about its papers
    '雅迪电动车怎么样啊',
    '电动车一次充电多久',
    'which electric bike is best',
    'how do I open a bank account',
  ])('%s gets no topic (the bot says it is not sure)', (text) => {
    expect(matcher.match(text).band).toBe('low');
  });

  it.each([
    ['上户口要带结婚证吗', 'hukou.birth'],
    ['驾照丢了补办要带啥', 'driver.lost'],
    ['身份证到期了换证要带什么', 'idcard.renewal'],
  ])('%s still names its own matter before what to bring → %s', (question, topic) => {
    expect(matcher.match(question)).toMatchObject({ topic, band: 'high' });
  });
});

describe('a vehicle gone is a theft, not paperwork', () => {
  it('points a lost car or tricycle at reporting it, and a lost plate at the plate topic', () => {
    expect(matcher.match('车子丢了').topic).toBe('police.report');
    expect(matcher.match('俺家三轮车让人偷了').topic).toBe('police.report');
    expect(matcher.match('车牌丢了咋补')).toMatchObject({
      topic: 'vehicle.plate-lost',
      band: 'high',
    });
  });
});

describe('simple English', () => {
  it('reads theft, direction and learning to drive', () => {
    expect(matcher.match('someone stole my sheep').topic).toBe('police.report');
    expect(matcher.match('move my hukou to another city').topic).toBe('hukou.move-out');
    expect(matcher.match('how can i get a driving license')).toMatchObject({
      topic: 'driver.exam',
      band: 'high',
    });
  });
});
