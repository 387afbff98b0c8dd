import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/bot/i18n.js';
import { checkLocales } from '../../src/bot/locale-check.js';
import { LOCALES_DIR } from '../helpers/bot-driver.js';

describe('locales', () => {
  it('zh-CN, en and mn have the same messages with the same variables', () => {
    expect(checkLocales(LOCALES_DIR)).toEqual([]);
  });

  it('the Mongolian files are traditional script and marked machine-drafted', () => {
    const dir = join(LOCALES_DIR, 'mn');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source).toMatch(/machine-drafted/);
      expect(source).toMatch(/[\u1820-\u1878]/);
      expect(source).not.toMatch(/[\u0400-\u04FF]/); // no Cyrillic
    }
  });

  it('notices a missing key, differing variables and a broken message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    for (const l of ['zh-CN', 'en', 'mn']) mkdirSync(join(dir, l));
    writeFileSync(join(dir, 'zh-CN', 'a.ftl'), 'hello = 你好 { $name }\nbye = 再见\n');
    writeFileSync(join(dir, 'en', 'a.ftl'), 'hello = Hello { $nmae }\nbye = Bye\n');
    writeFileSync(join(dir, 'mn', 'a.ftl'), 'hello = ᠰᠠᠶᠢᠨ { $name }\nbye = { broken\n');
    const problems = checkLocales(dir);
    expect(problems.some((p) => p.includes('en: "hello" uses { nmae }'))).toBe(true);
    expect(problems.some((p) => p.includes('do not parse'))).toBe(true);
    expect(problems.some((p) => p.includes('mn: missing "bye"'))).toBe(true);
  });

  it('falls back to Chinese for a key a locale lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    for (const l of ['zh-CN', 'en']) mkdirSync(join(dir, l));
    writeFileSync(join(dir, 'zh-CN', 'a.ftl'), 'only-zh = 只有中文\nboth = 都有\n');
    writeFileSync(join(dir, 'en', 'a.ftl'), 'both = Both\n');
    const i18n = createI18n(dir);
    expect(i18n.t('en', 'both')).toBe('Both');
    expect(i18n.t('en', 'only-zh')).toBe('只有中文');
  });
});
