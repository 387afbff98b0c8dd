import { describe, expect, it } from 'vitest';
import { Lexicon } from '../../../src/domain/services/lexicon.js';
import {
  MAX_QUESTION_CHARS,
  normalise,
  truncateQuestion,
} from '../../../src/domain/services/normalise.js';
import { loadSynonyms } from '../../../src/domain/services/synonyms.js';
import { stem, tokenise } from '../../../src/domain/services/tokenise.js';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../../src/domain/services/traditional.js';
import { SYNONYMS_FILE } from './helpers.js';

describe('normalising what villagers type', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(normalise('身份證遺失')).toBe('身份证遗失');
    expect(normalise('駕駛證換領')).toBe('驾驶证换领');
    expect(normalise('戶口遷移')).toBe('户口迁移');
    expect(normalise('護照補辦')).toBe('护照补办');
    expect(normalise('車牌號碼')).toBe('车牌号码');
  });

  it('folds full-width letters and digits and lowercases', () => {
    expect(normalise('ＩＤ　Ｃａｒｄ　１２１２３')).toBe('id card 12123');
  });

  it('removes emoji and punctuation, keeping words apart', () => {
    expect(normalise('身份证丢了😭😭！！怎么办？？')).toBe('身份证丢了 怎么办');
    expect(normalise('🙏🙏🙏')).toBe('');
    expect(normalise('，。！？……')).toBe('');
  });

  it('drops Mongolian vowel separators and variation selectors', () => {
    expect(normalise('ᠪᠡᠶ᠎ᠡ')).toBe('ᠪᠡᠶᠡ');
  });

  it('keeps the head and tail of a very long paste', () => {
    const paste = `身份证丢了${'啊'.repeat(5000)}怎么补办`;
    const cut = truncateQuestion(normalise(paste));
    expect([...cut].length).toBeLessThanOrEqual(MAX_QUESTION_CHARS + 1);
    expect(cut.startsWith('身份证丢了')).toBe(true);
    expect(cut.endsWith('怎么补办')).toBe(true);
  });

  it('has no traditional character mapped to itself', () => {
    for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) expect(from).not.toBe(to);
  });
});

describe('synonyms', () => {
  const lexicon = new Lexicon(loadSynonyms(SYNONYMS_FILE));

  it('rewrites dialect words to standard ones', () => {
    expect(lexicon.standardise('俺娃的户口本咋整')).toBe('我孩子的户口簿怎么办');
    expect(lexicon.standardise('驾照掉了')).toBe('驾驶证丢失');
    expect(lexicon.standardise('电瓶车年审')).toBe('电动车年检');
    expect(lexicon.standardise('三蹦子')).toBe('三轮车');
  });

  it('rewrites after normalising, so traditional and full-width forms meet the same entry', () => {
    expect(lexicon.standardise('駕照')).toBe('驾驶证');
  });

  it('drops place names of the region', () => {
    expect(lexicon.standardise('赤峰身份证')).toBe('身份证');
  });

  it('expands English and Mongolian keywords to Chinese terms without counting them as text', () => {
    const en = lexicon.prepareQuestion('lost my ID card');
    expect(en.expansions).toContain('身份证');
    expect(en.text).not.toContain('id card');
    expect(en.phrases).toBe('id card');
    expect(lexicon.prepareQuestion('my idcard').expansions).toContain('身份证');
    expect(lexicon.prepareQuestion('valid card').expansions).toBe('');
    expect(lexicon.prepareQuestion('ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ').expansions).toContain('身份证');
    expect(lexicon.prepareQuestion('Driver’s License').expansions).toContain('驾驶证');
    expect(lexicon.prepareQuestion('паспорт').expansions).toContain('护照');
  });

  it('flags out-of-scope words', () => {
    expect(lexicon.prepareQuestion('明天天气咋样').cues).toEqual(['天气']);
    expect(lexicon.prepareQuestion('身份证丢了').cues).toEqual([]);
  });
});

describe('tokenising', () => {
  it('makes bigrams so that differently segmented words still meet', () => {
    const { terms } = tokenise('身份证丢失');
    expect(terms).toContain('b:身份');
    expect(terms).toContain('b:份证');
    expect(terms).toContain('b:丢失');
  });

  it('skips stopwords and place suffixes as units', () => {
    const units = tokenise('我想咨询一下身份证的问题').units.map((u) => u.text);
    expect(units).not.toContain('咨询');
    expect(units).not.toContain('问题');
  });

  it('stems English lightly and folds British spelling', () => {
    expect(stem('licence')).toBe(stem('licenses'));
    expect(stem('renewal')).toBe(stem('renewing'));
    expect(stem('driver')).toBe(stem('driving'));
    expect(stem('cards')).toBe('card');
  });

  it('splits an app name glued to a number', () => {
    expect(tokenise('12123app').terms).toEqual(['e:12123', 'e:app']);
  });
});

describe('evidence of a topic', () => {
  const lexicon = new Lexicon({
    rewrite: { 驾照: '驾驶证' },
    expand: { 坐火车: ['临时乘车身份证明'] },
    ignore: [],
    out_of_scope: [],
    context: [],
    against: {},
    small_talk: [],
    evidence: {
      'driver.lost': ['驾驶证', 'licence'],
      'vehicle.transfer': ['过户+车'],
      'idcard.temporary': ['临时乘车身份证明'],
    },
  });
  const has = (id: string, q: string) => lexicon.hasEvidence(id, lexicon.prepareQuestion(q));

  it('finds the thing as typed, rewritten or expanded', () => {
    expect(has('driver.lost', '驾照丢了')).toBe(true);
    expect(has('driver.lost', 'lost my driving licence')).toBe(true);
    expect(has('idcard.temporary', '没带证坐火车咋办')).toBe(true);
    expect(has('driver.lost', '会计证丢了')).toBe(false);
  });

  it('needs every part of A+B, and English words at the start of a word', () => {
    expect(has('vehicle.transfer', '车辆过户')).toBe(true);
    expect(has('vehicle.transfer', '房子过户')).toBe(false);
    expect(has('driver.lost', 'unlicence')).toBe(false);
  });

  it('lets a topic with no evidence listed pass', () => {
    expect(has('police.report', '随便什么')).toBe(true);
  });
});
