import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { telegramBroadcastRenderer } from '../../../src/bot/broadcasts/outbox-html.js';
import { languageKeyboard } from '../../../src/bot/keyboards/languages.js';
import { loadAwarenessLibrary } from '../../../src/domain/awareness/library.js';
import { createTranslate } from '../../../src/i18n/translate.js';
import { ensureUser, setLanguage, setVillage } from '../../../src/store/users.repository.js';
import { runCampaign } from '../../../src/workflows/awareness/run-campaign.js';
import { LOCALES_DIR } from '../../helpers/bot-driver.js';
import { createTestStore, ENGINES, type TestStore } from '../../helpers/store.js';

const TOPICS = ['antifraud', 'legal'] as const;
const PROSE = ['title', 'pattern', 'red_flag', 'what_to_do', 'text', 'basis'];
const MONGOLIAN = /^[\u1800-\u18AF]$/;

function items(locale: string, topic: string): Array<Record<string, string>> {
  const file = join(LOCALES_DIR, locale, 'awareness', `${topic}.yaml`);
  return (parse(readFileSync(file, 'utf8')) as { items: Array<Record<string, string>> }).items;
}

describe('the Mongolian awareness library', () => {
  it('has at least 30 items, each a translation of a Chinese item, all in Mongolian script', () => {
    const mn = TOPICS.flatMap((topic) => items('mn', topic).map((item) => ({ topic, item })));
    expect(mn.length).toBeGreaterThanOrEqual(30);
    for (const { topic, item } of mn) {
      const zh = items('zh-CN', topic).find((z) => z.id === item.id);
      expect(zh, `${item.id} exists in zh-CN`).toBeDefined();
      expect(Object.keys(item).sort()).toEqual(Object.keys(zh ?? {}).sort());
      expect(item.fraud_type ?? item.area).toBe(zh?.fraud_type ?? zh?.area);
      for (const field of PROSE.filter((f) => f in item)) {
        // Digits and punctuation are fine (phone numbers, article numbers); every letter must
        // be Mongolian: no Chinese, Latin or Cyrillic left over from the draft.
        const letters = [...String(item[field])].filter((c) => /\p{L}/u.test(c));
        const foreign = letters.filter((c) => !MONGOLIAN.test(c));
        expect(foreign.join(''), `${item.id}.${field}`).toBe('');
        expect(letters.length, `${item.id}.${field}`).toBeGreaterThan(3);
      }
    }
    const header = readFileSync(join(LOCALES_DIR, 'mn', 'awareness', 'antifraud.yaml'), 'utf8');
    expect(header).toMatch(/machine-drafted/);
  });

  it('loads through the library: Mongolian where translated, Chinese item by item elsewhere', () => {
    const library = loadAwarenessLibrary(LOCALES_DIR);
    const antifraud = library.items('antifraud', 'mn');
    expect(antifraud).toHaveLength(library.size('antifraud'));
    const first = library.at('antifraud', 0, 'mn');
    expect(first?.id).toBe('af-001');
    expect(first?.locale).toBe('mn');
    expect(first?.title).toMatch(/^[\u1800-\u18AF]/);
    const untranslated = antifraud.find((i) => i.locale === 'zh-CN');
    expect(untranslated?.title).toMatch(/[\u4e00-\u9fff]/);
    expect(library.at('legal', 0, 'mn')?.locale).toBe('mn');
  });

  it('labels the Mongolian language button in three scripts, so it is found without the font', () => {
    const labels = languageKeyboard().inline_keyboard.flat();
    expect(labels.map((b) => b.text)).toEqual(['中文', 'ᠮᠣᠩᠭᠣᠯ Монгол Mongolian', 'English']);
    expect(languageKeyboard().inline_keyboard.every((row) => row.length > 0)).toBe(true);
  });
});

describe.each(ENGINES)('a scheduled tip for a Mongolian subscriber, on %s', (engine) => {
  let store: TestStore | undefined;
  afterEach(() => store?.cleanup());

  it('is in Mongolian where translated, and says so when it falls back to Chinese', async () => {
    store = await createTestStore(engine);
    const { db } = store;
    for (const [id, language] of [
      [100001, 'zh-CN'],
      [100002, 'mn'],
    ] as const) {
      await ensureUser(db, id, `villager ${id}`);
      await setVillage(db, id, 'wl-hongqi');
      await setLanguage(db, id, language);
    }
    const deps = {
      db,
      translate: createTranslate(LOCALES_DIR),
      library: loadAwarenessLibrary(LOCALES_DIR),
      timeZone: 'Asia/Shanghai',
    };
    const campaign = { id: 'antifraud-daily', topic: 'antifraud' as const, cron: '0 9 * * *' };
    // What the villager reads on Telegram: the stored description, as the sender renders it.
    const render = telegramBroadcastRenderer(deps.translate);
    const textFor = async (userId: number) => {
      const row = await db
        .selectFrom('broadcast_recipients')
        .innerJoin('broadcasts', 'broadcasts.id', 'broadcast_recipients.broadcast_id')
        .select(['broadcasts.description'])
        .where('broadcast_recipients.user_id', '=', userId)
        .orderBy('broadcasts.id', 'desc')
        .executeTakeFirstOrThrow();
      return render(JSON.parse(row.description ?? 'null')).text;
    };
    // Midday, outside the default quiet hours, on two different days.
    const day = (d: number) => new Date(`2026-12-0${d}T04:00:00Z`);

    await runCampaign(deps, campaign, day(1), day(1));
    const mongolian = await textFor(100002);
    expect(mongolian).toContain('ᠡᠮᠨᠡᠯᠭᠡ ᠶᠢᠨ ᠳᠠᠭᠠᠲᠬᠠᠯ'); // af-001, in Mongolian
    expect(mongolian).not.toMatch(/[\u4e00-\u9fff]/);
    expect(await textFor(100001)).toContain('冒充医保局');

    // af-008 has no Mongolian text yet: the villager gets the Chinese one with a note.
    for (let d = 2; d <= 8; d++) await runCampaign(deps, campaign, day(d), day(d));
    const fallback = await textFor(100002);
    expect(fallback).toContain('网上低价买种子化肥');
    expect(fallback).toContain('ᠬᠢᠳᠠᠳ ᠬᠡᠯᠡ'); // "(…only in Chinese for now.)"
  });
});
