/**
 * The rule base in `data/fraud/`: it loads, it is complete in three languages, and a broken file
 * fails loudly, naming the rule to fix.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES_DIR,
  FRAUD_TYPE_IDS,
  loadRuleBase,
  RuleFileError,
} from '../../../src/domain/fraud/index.js';

const MONGOLIAN = /[\u1820-\u18aa]/;

describe('the shipped rule base', () => {
  const rules = loadRuleBase();

  it('has signals pointing only at known fraud types', () => {
    expect(rules.signals.length).toBeGreaterThan(40);
    for (const s of rules.signals) for (const t of s.types) expect(FRAUD_TYPE_IDS).toContain(t);
  });

  it('covers every fraud type with at least one signal', () => {
    const covered = new Set(rules.signals.flatMap((s) => s.types));
    for (const t of FRAUD_TYPE_IDS) expect(covered, t).toContain(t);
  });

  it('explains every signal and every verdict in Chinese, English and Mongolian script', () => {
    const texts = [
      ...rules.signals.map((s) => s.explain),
      ...Object.values(rules.channels.signals).map((s) => s.explain),
      rules.advice.high,
      rules.advice.suspicious,
      rules.advice.none,
    ];
    for (const t of texts) {
      expect(t['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(t.en).toMatch(/[A-Za-z]/);
      expect(t.mn).toMatch(MONGOLIAN);
    }
  });

  it('says in the file header that the Mongolian is machine-drafted', () => {
    for (const file of ['rules.yaml', 'channels.yaml', 'advice.yaml']) {
      const header = readFileSync(join(DEFAULT_RULES_DIR, file), 'utf8').slice(0, 2500);
      expect(header, file).toMatch(/MACHINE-DRAFTED/);
    }
  });
});

describe('a broken rule file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of data/fraud/ with rules.yaml edited. */
  function brokenCopy(edit: (rules: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'fraud-rules-'));
    cpSync(DEFAULT_RULES_DIR, dir, { recursive: true });
    const file = join(dir, 'rules.yaml');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  }

  function loadError(edit: (rules: string) => string): RuleFileError {
    try {
      loadRuleBase(brokenCopy(edit));
    } catch (err) {
      if (err instanceof RuleFileError) return err;
      throw err;
    }
    throw new Error('the broken rule base loaded');
  }

  it('names the rule with an unknown fraud type', () => {
    const err = loadError((s) =>
      s.replace('types: [impersonate-authority]', 'types: [impersonate-authoirty]'),
    );
    expect(err.ruleId).toBe('claim-police');
    expect(err.message).toMatch(/rules\.yaml \(rule claim-police\)/);
  });

  it('names the rule with a pattern that could hang the bot', () => {
    const err = loadError((s) => s.replace("- '安全账户|", "- '(安全.+)+账户|"));
    expect(err.ruleId).toBe('safe-account');
    expect(err.problem).toMatch(/unbounded repetition/);
  });

  it('names the rule whose Mongolian is not in Mongolian script', () => {
    const err = loadError((s) => s.replace(/(id: safe-account[\s\S]*?mn: ).*/, '$1TODO'));
    expect(err.ruleId).toBe('safe-account');
    expect(err.problem).toMatch(/traditional Mongolian script/);
  });

  it('names the rule whose id is used twice', () => {
    const err = loadError((s) => s.replace('id: claim-regulator', 'id: claim-police'));
    expect(err.ruleId).toBe('claim-police');
    expect(err.problem).toMatch(/used twice/);
  });

  it('names the file when it is not YAML', () => {
    const err = loadError((s) => `${s}\n  - id: [unclosed`);
    expect(err.file).toMatch(/rules\.yaml$/);
    expect(err.problem).toMatch(/YAML/);
  });
});
