import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/domain/services/knowledge-base.js';
import { KnowledgeBaseError } from '../../../src/domain/services/knowledge-base-error.js';
import { FIXTURE_LOCALES, FIXTURE_TOPIC_IDS, localesWith, topicYaml } from './helpers.js';

const load = (dir: string) => loadKnowledgeBase(dir, { requiredTopicIds: FIXTURE_TOPIC_IDS });

function loadError(files: Record<string, string>): KnowledgeBaseError {
  try {
    load(localesWith(files));
  } catch (err) {
    if (err instanceof KnowledgeBaseError) return err;
    throw err;
  }
  throw new Error('expected the knowledge base to be rejected');
}

const categoryYaml = (category: string, topics: string) =>
  `category: ${category}\ntitle: 测试\norder: 9\ntopics:\n${topics}\n`;

describe('loading the knowledge base', () => {
  const kb = load(FIXTURE_LOCALES);

  it('lists categories in their `order`, zh-CN first among languages', () => {
    expect(kb.languages[0]).toBe('zh-CN');
    expect(kb.categories().map((c) => c.id)).toEqual([
      'hukou',
      'idcard',
      'driver',
      'vehicle',
      'ebike-rural',
      'emergency',
    ]);
    expect(kb.categories()[0]?.topicIds).toEqual(['hukou.birth', 'hukou.booklet', 'hukou.move-in']);
  });

  it('normalises `reviewed` to YYYY-MM-DD whether YAML gave a string or a date', () => {
    expect(kb.topic('hukou.birth')?.topic.reviewed).toBe('2026-11-23');
    expect(kb.topic('hukou.booklet')?.topic.reviewed).toBe('2026-11-23');
  });

  it('answers in English where the English file has the topic', () => {
    const found = kb.topic('idcard.lost', 'en');
    expect(found?.answerLang).toBe('en');
    expect(found?.topic.title).toBe('Replacing a lost ID card');
    expect(kb.categories('en').find((c) => c.id === 'idcard')?.title).toBe('ID cards');
  });

  it('falls back to zh-CN for an English topic that is not translated, and says so', () => {
    const found = kb.topic('hukou.birth', 'en');
    expect(found?.answerLang).toBe('zh-CN');
    expect(found?.topic.title).toBe('新生儿上户口');
  });

  it('gives Mongolian titles with zh-CN answers when mn has only titles.yaml', () => {
    expect(kb.answerLanguage('mn')).toBe('zh-CN');
    expect(kb.answerLanguage('en')).toBe('en');
    const found = kb.topic('idcard.lost', 'mn');
    expect(found?.answerLang).toBe('zh-CN');
    expect(found?.topic.title).toMatch(/^ᠪᠡᠶ/);
    expect(found?.topic.answer.fee).toBe('20元');
    expect(kb.categories('mn').find((c) => c.id === 'idcard')?.title).toMatch(/^ᠪᠡᠶ/);
    expect(kb.categories('mn').find((c) => c.id === 'hukou')?.title).toBe('户口');
  });

  it('returns undefined for an unknown topic id', () => {
    expect(kb.topic('hukou.nothing')).toBeUndefined();
  });

  it('lists all topics in category order', () => {
    expect(kb.topics().map((t) => t.id)).toHaveLength(FIXTURE_TOPIC_IDS.length);
    expect(kb.topics()[0]?.id).toBe('hukou.birth');
  });

  it('accepts bare numbers in keyword lists (YAML reads `- 96110` as a number)', () => {
    expect(kb.topic('fraud.victim')?.topic.keywords).toContain('96110');
  });
});

describe('rejecting a broken knowledge base', () => {
  it('names the file and topic of a missing field', () => {
    const err = loadError({
      'zh-CN/services/emergency.yaml': categoryYaml(
        'emergency',
        topicYaml('fraud.victim').replace('    summary: 测试摘要\n', ''),
      ),
    });
    expect(err.file).toMatch(/emergency\.yaml$/);
    expect(err.topicId).toBe('fraud.victim');
    expect(err.message).toMatch(/summary/);
  });

  it('rejects too few question phrasings', () => {
    const err = loadError({
      'zh-CN/services/emergency.yaml': categoryYaml(
        'emergency',
        topicYaml('fraud.victim', { questions: '[只有一个]' }),
      ),
    });
    expect(err.message).toMatch(/questions.*at least 6/);
  });

  it('rejects an unknown placeholder and lists the allowed ones', () => {
    const err = loadError({
      'zh-CN/services/emergency.yaml': categoryYaml(
        'emergency',
        topicYaml('fraud.victim', { summary: '打{station_tel}' }),
      ),
    });
    expect(err.topicId).toBe('fraud.victim');
    expect(err.message).toMatch(/\{station_tel\}.*\{station_phone\}/);
  });

  it('rejects a topic id that is not in TOPIC_IDS', () => {
    const err = loadError({
      'zh-CN/services/emergency.yaml': categoryYaml(
        'emergency',
        `${topicYaml('fraud.victim')}\n${topicYaml('fraud.victm')}`,
      ),
    });
    expect(err.topicId).toBe('fraud.victm');
    expect(err.message).toMatch(/unknown topic id/);
  });

  it('rejects a file whose `category` does not match its name', () => {
    const err = loadError({
      'zh-CN/services/emergency.yaml': categoryYaml('emergncy', topicYaml('fraud.victim')),
    });
    expect(err.message).toMatch(/file is named emergency\.yaml/);
  });

  it('rejects a file that is not a known category', () => {
    const err = loadError({ 'zh-CN/services/misc.yaml': categoryYaml('misc', '') });
    expect(err.message).toMatch(/not a known category/);
  });

  it('rejects the same topic in two files', () => {
    const err = loadError({
      'zh-CN/services/residence-exit.yaml': categoryYaml(
        'residence-exit',
        topicYaml('fraud.victim'),
      ),
    });
    expect(err.message).toMatch(/duplicate topic/);
  });

  it('rejects YAML that does not parse', () => {
    const err = loadError({ 'zh-CN/services/emergency.yaml': 'category: [unclosed\n' });
    expect(err.message).toMatch(/not valid YAML/);
  });

  it('requires zh-CN to cover every required topic', () => {
    expect(() => loadKnowledgeBase(FIXTURE_LOCALES)).toThrow(/missing topics: .*hukou\.move-out/);
  });

  it('rejects unknown ids in titles.yaml', () => {
    const err = loadError({
      'mn/services/titles.yaml': 'categories: {}\ntopics:\n  idcard.lots: ᠪᠡᠶ᠎ᠡ\n',
    });
    expect(err.message).toMatch(/unknown topic id "idcard\.lots"/);
  });
});
