/**
 * The corrected facts of the 2026-12-02 content review, pinned so they cannot drift back, and the
 * shape every answer must have: a short form on one phone screen, the legal basis as one line,
 * local facts that read naturally whether they are known or not.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR } from '../../../src/app/start.js';
import { loadKnowledgeBase } from '../../../src/domain/services/knowledge-base.js';
import { fillPlaceholders } from '../../../src/domain/services/placeholders.js';
import { basisLine, SHORT_ANSWER_CHARS } from '../../../src/domain/services/short-answer.js';
import { describedText, HTML_TEXT } from '../../../src/i18n/described-text.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import {
  type AnswerMessageInput,
  describeAnswerMessage,
} from '../../../src/workflows/services/describe-answer-message.js';
import { PROJECT_LOCALES } from './helpers.js';

const kb = loadKnowledgeBase(PROJECT_LOCALES);
const translate = createTranslate(LOCALES_DIR);
const text = (id: string, lang: 'zh-CN' | 'en') => {
  const topic = kb.topic(id, lang)?.topic;
  if (!topic) throw new Error(`no ${id} in ${lang}`);
  return JSON.stringify(topic);
};

/** An answer as the bot sends it: described, then rendered as Telegram HTML. */
function renderAnswer(
  input: Omit<AnswerMessageInput, 'unknownFact'> & {
    t: (key: string, vars?: Record<string, string | number>) => string;
  },
): string {
  const { t, ...answer } = input;
  const described = describeAnswerMessage({ ...answer, unknownFact: t('services-fact-unknown') });
  return describedText(described, t, HTML_TEXT);
}

const EXAMPLE_FACTS = {
  station_name: '乌兰派出所',
  station_address: '乌兰镇政府路1号',
  station_phone: '0479-1234567',
  service_hall_name: '阿拉坦旗政务服务中心（公安户政窗口）',
  dmv_name: '阿拉坦旗公安局交通管理大队车管所',
  officer_name: '张建军',
};

describe('corrected facts (reviewed 2026-12-02)', () => {
  it('vehicle.inspection: private cars on site in years 6 and 10, label in 12123 in 2, 4, 8; yearly after 10, every 6 months after 15', () => {
    const zh = text('vehicle.inspection', 'zh-CN');
    expect(zh).toContain('第6年、第10年');
    expect(zh).toContain('第2年、第4年、第8年');
    expect(zh).toContain('超过10年的，每年上线检验一次');
    expect(zh).toContain('超过15年的，每6个月检验一次');
    expect(zh).not.toContain('每两年上线检验');
    const en = text('vehicle.inspection', 'en');
    expect(en).toMatch(/year 6 and (in )?year 10/);
    expect(en).toContain('years 2, 4 and 8');
    expect(en).toContain('every 6 months');
    expect(en).not.toContain('every two years');
    expect(kb.topic('vehicle.inspection', 'zh-CN')?.topic.basis.join('')).toContain('第十六条');
  });

  it('hukou.cancel and hukou.move-out: the hukou is kept on enlistment (兵役法 第四十九条)', () => {
    for (const id of ['hukou.cancel', 'hukou.move-out']) {
      const zh = text(id, 'zh-CN');
      expect(zh).toContain('保留户籍');
      expect(zh).toContain('《中华人民共和国兵役法》（2021年10月1日起施行）第四十九条');
      expect(zh).not.toContain('入伍前凭入伍通知书办理迁出、注销户口');
      expect(text(id, 'en')).toContain('Article 49');
    }
  });

  it('police.certificates and idcard.first: 跨省通办 nationwide since 2024', () => {
    expect(text('police.certificates', 'zh-CN')).toContain('2024年起全国跨省通办');
    expect(text('idcard.first', 'zh-CN')).toContain('2024年起首次申领身份证全国');
    expect(text('idcard.first', 'zh-CN')).not.toContain('逐步推开');
    expect(text('police.certificates', 'en')).toContain('since 2024');
    expect(text('idcard.first', 'en')).toContain('Since 2024');
  });

  it('English says what Chinese says: stand-ins and 12 points for 轻伤 or worse', () => {
    expect(text('driver.exam', 'zh-CN')).toContain('3年内不能再申请');
    expect(text('driver.exam', 'en')).toContain(
      'licence revoked and cannot apply again for 3 years',
    );
    expect(text('traffic.accident', 'zh-CN')).toContain('致人轻伤以上记12分');
    expect(text('traffic.accident', 'en')).toContain('slightly injured or worse');
  });

  it('calendar days where the regulation says days; 7 more study days per further 满分', () => {
    for (const id of [
      'vehicle.registration',
      'vehicle.transfer',
      'vehicle.inspection',
      'vehicle.plate-lost',
      'vehicle.scrap',
      'driver.renewal',
      'driver.lost',
      'driver.exam',
    ]) {
      expect(text(id, 'zh-CN'), id).not.toContain('工作日');
      expect(text(id, 'en'), id).not.toContain('working day');
    }
    expect(text('vehicle.plate-lost', 'zh-CN')).toContain('号牌十五日内补发');
    expect(text('driver.points', 'zh-CN')).toContain('每多满分一次，学习时间再加7天');
    expect(text('driver.points', 'en')).toContain('adds 7 more days');
  });

  it('idcard.temporary no longer says "only at the hukou place"', () => {
    expect(text('idcard.temporary', 'zh-CN')).not.toContain('只能在户籍地');
    expect(text('idcard.temporary', 'en')).not.toContain('only at your hukou station');
  });

  it('every corrected topic carries the new review date', () => {
    for (const id of [
      'vehicle.inspection',
      'hukou.cancel',
      'hukou.move-out',
      'police.certificates',
      'idcard.first',
      'idcard.temporary',
      'driver.exam',
      'driver.points',
      'traffic.accident',
    ])
      for (const lang of ['zh-CN', 'en'] as const)
        expect(kb.topic(id, lang)?.topic.reviewed, `${id} ${lang}`).toBe('2026-12-02');
  });
});

describe('every answer', () => {
  const plain = (html: string) => html.replace(/<[^>]*>/g, '');
  const t = (key: string, vars?: Record<string, string | number>) => translate('zh-CN', key, vars);

  it('starts with a short form of at most 250 characters, with or without local facts', () => {
    for (const topic of kb.topics('zh-CN')) {
      for (const facts of [EXAMPLE_FACTS, {}]) {
        const short = plain(
          renderAnswer({ topic, title: topic.title, facts, part: 'short', inChinese: false, t }),
        );
        // The answer's own text, without the fixed "more details" line.
        const body = short.split('\n\n').slice(0, -1).join('\n');
        const han = body.match(/\p{Script=Han}/gu)?.length ?? 0;
        expect(han, topic.id).toBeLessThanOrEqual(SHORT_ANSWER_CHARS);
        expect(short).toContain('📄');
        expect(short).toContain('📍');
        expect(short).not.toMatch(/\{[a-z_]+\}/);
      }
    }
  });

  it('ends its details with the basis as one line, each regulation named once', () => {
    for (const topic of kb.topics('zh-CN')) {
      const full = plain(
        renderAnswer({
          topic,
          title: topic.title,
          facts: EXAMPLE_FACTS,
          part: 'full',
          inChinese: false,
          t,
        }),
      );
      const last = full.split('\n\n').at(-1) ?? '';
      expect(last, topic.id).toMatch(/^📚 依据/);
      expect(last).not.toContain('\n');
      for (const title of last.match(/《[^》]+》/g) ?? [])
        expect(last.split(title).length - 1, `${topic.id}: ${title}`).toBe(1);
    }
  });

  it('never says 县 before the service hall name, nor 户政窗口 twice', () => {
    for (const topic of kb.topics('zh-CN')) {
      const full = plain(
        renderAnswer({
          topic,
          title: topic.title,
          facts: EXAMPLE_FACTS,
          part: 'full',
          inChinese: false,
          t,
        }),
      );
      expect(full, topic.id).not.toContain('县 阿拉坦旗');
      expect(full, topic.id).not.toContain('县阿拉坦旗');
      expect(full, topic.id).not.toMatch(/户政窗口）\s*户政窗口/);
      expect(full, topic.id).not.toMatch(/ 阿拉坦旗|到 乌兰/);
    }
  });
});

describe('basisLine and unknown facts', () => {
  it('names a regulation once and lists its articles', () => {
    expect(
      basisLine([
        '公安部令第164号《机动车登记规定》第十条、第十一条',
        '公安部令第164号《机动车登记规定》第四十三条',
        '《中华人民共和国道路交通安全法实施条例》第十六条',
      ]),
    ).toBe(
      '公安部令第164号《机动车登记规定》第十条、第十一条、第四十三条；《中华人民共和国道路交通安全法实施条例》第十六条',
    );
  });

  it('reads naturally when a local fact is unknown', () => {
    const fallback = '当地派出所（请先打电话问清楚）';
    expect(
      fillPlaceholders('到 {dmv_name}（{dmv_address}，电话 {dmv_phone}）办。', {}, fallback),
    ).toBe(`到${fallback}办。`);
    expect(
      fillPlaceholders(
        '到 {dmv_name}（{dmv_address}，电话 {dmv_phone}）办。',
        { dmv_name: '车管所', dmv_phone: '123' },
        fallback,
      ),
    ).toBe('到车管所（电话123）办。');
    expect(fillPlaceholders('{station_name} 或 {service_hall_name}', {}, fallback)).toBe(fallback);
  });
});
