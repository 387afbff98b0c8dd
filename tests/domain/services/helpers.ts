/**
 * Shared set-up for the service tests: the fixture knowledge base, the real synonyms file, and a
 * way to build a throw-away locales folder for loader error cases.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const FIXTURE_LOCALES = join(here, 'fixtures', 'locales');
export const PROJECT_LOCALES = join(here, '..', '..', '..', 'locales');
export const SYNONYMS_FILE = join(PROJECT_LOCALES, 'zh-CN', 'services', 'synonyms.yaml');

/** Topic ids the fixture knowledge base covers (it is deliberately smaller than the real one). */
export const FIXTURE_TOPIC_IDS = [
  'hukou.birth',
  'hukou.booklet',
  'hukou.move-in',
  'idcard.lost',
  'idcard.renewal',
  'idcard.temporary',
  'driver.lost',
  'driver.renewal',
  'ebike.registration',
  'rural.motor-vehicles',
  'vehicle.inspection',
  'fraud.victim',
];

/**
 * Copies the fixture locales to a temporary folder and applies `files` on top
 * (path relative to the locales folder → YAML text), so each test breaks one thing.
 */
export function localesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-kb-'));
  cpSync(FIXTURE_LOCALES, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A minimal valid topic as YAML, indented to sit under `topics:`. */
export function topicYaml(id: string, overrides: Record<string, string> = {}): string {
  const field = (name: string, value: string) => `    ${name}: ${overrides[name] ?? value}`;
  return [
    `  - id: ${id}`,
    field('title', '测试题目'),
    field('summary', '测试摘要'),
    field('questions', '[问一, 问二, 问三, 问四, 问五, 问六]'),
    field('keywords', '[词一, 词二, 词三, 词四, 词五, 词六]'),
    field(
      'answer',
      '{ who: 本人, materials: [身份证], where: "{station_name}", online: 无, fee: 免费, ' +
        'time: 当日, remote: 无, pitfalls: [无] }',
    ),
    field('basis', '[条例]'),
    field('reviewed', '2026-11-23'),
  ].join('\n');
}
