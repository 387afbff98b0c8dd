/**
 * `cunjing start` leaves the matcher's index for the first question (start-up is then quicker
 * and an idle bot smaller). The files must still be checked at start, and the first question
 * must get exactly the answer the eagerly built matcher gives.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deferredMatcher, loadServiceCatalog } from '../../../src/domain/services/catalog.js';
import { KnowledgeBaseError } from '../../../src/domain/services/knowledge-base-error.js';
import type { Matcher } from '../../../src/domain/services/matcher.js';
import { PROJECT_LOCALES } from './helpers.js';

/** A copy of the real locales with `files` (path → text) written over it. */
function projectLocalesWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cunjing-deferred-'));
  cpSync(PROJECT_LOCALES, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const QUESTIONS: Array<[string, string]> = [
  ['俺娘身份证丢了咋办', 'zh-CN'],
  ['my id card expired how to renew', 'en'],
  ['架照丢了咋补', 'mn'],
  ['你好', 'zh-CN'],
  ['', 'zh-CN'],
];

describe('the service matcher built on the first question', () => {
  const eager = loadServiceCatalog(PROJECT_LOCALES).matcher;

  it('answers the first and every later question as the eagerly built one', () => {
    const deferred = loadServiceCatalog(PROJECT_LOCALES, { deferIndex: true }).matcher;
    const [first] = QUESTIONS;
    expect(deferred.match(first?.[0] ?? '', first?.[1])).toMatchObject({ topic: 'idcard.lost' });
    for (const [question, lang] of QUESTIONS) {
      expect(deferred.match(question, lang)).toEqual(eager.match(question, lang));
      expect(deferred.explain(question)).toEqual(eager.explain(question));
    }
  });

  it('explains a first question as well as it matches one', () => {
    const deferred = loadServiceCatalog(PROJECT_LOCALES, { deferIndex: true }).matcher;
    expect(deferred.explain('老头子身份证过期了')).toEqual(eager.explain('老头子身份证过期了'));
  });

  it('is built once, on the first question, not at load', () => {
    let builds = 0;
    const matcher = deferredMatcher(() => {
      builds += 1;
      return eager as Matcher;
    });
    expect(builds).toBe(0);
    matcher.match('俺娘身份证丢了咋办');
    matcher.explain('老头子身份证过期了');
    matcher.match('架照丢了咋补', 'en');
    expect(builds).toBe(1);
  });

  it('still checks the files at load: a broken file fails there, naming it', () => {
    expect(() => loadServiceCatalog(projectLocalesWith({}), { deferIndex: true })).not.toThrow();
    for (const [file, text] of [
      ['zh-CN/services/synonyms.yaml', 'expand:\n  身份证: []\n'],
      ['zh-CN/services/idcard.yaml', 'topics:\n  - id: [unclosed\n'],
    ] as const) {
      const broken = projectLocalesWith({ [file]: text });
      expect(() => loadServiceCatalog(broken, { deferIndex: true })).toThrow(KnowledgeBaseError);
      expect(() => loadServiceCatalog(broken, { deferIndex: true })).toThrow(file.split('/')[2]);
    }
  });
});
