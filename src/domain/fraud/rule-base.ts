import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { readYamlFile } from '../../content/yaml-file.js';
import type { FraudTypeId } from './fraud-types.js';
import { compilePattern } from './pattern.js';
import { RuleFileError } from './rule-file-error.js';
import {
  type AdviceFile,
  adviceFileSchema,
  type ChannelsFile,
  channelsFileSchema,
  type Localized,
  type RulesFile,
  rulesFileSchema,
  variantsFileSchema,
} from './schema.js';

/** `data/fraud/` in the project, found from this file so the working directory does not matter. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../../data/fraud/', import.meta.url));

/** One text rule, validated, with its patterns compiled. */
export interface CompiledSignal {
  id: string;
  kind: 'claim' | 'lure' | 'pressure' | 'ask';
  weight: number;
  types: readonly FraudTypeId[];
  negatable: boolean;
  asksFor?: 'money' | 'code' | 'card' | 'id';
  explain: Localized;
  regexes: RegExp[];
}

/** Everything a check needs, compiled once from `data/fraud/`. */
export interface RuleBase {
  thresholds: RulesFile['thresholds'];
  combos: RulesFile['combos'];
  comboMinWeight: number;
  decisive: RulesFile['decisive'];
  typing: RulesFile['typing'];
  negation: { window: number; afterWindow: number; before: RegExp; after: RegExp };
  warnings: { penalty: number; regexes: RegExp[] };
  signals: CompiledSignal[];
  channels: ChannelsFile;
  shorteners: ReadonlySet<string>;
  commonTlds: ReadonlySet<string>;
  oddTlds: ReadonlySet<string>;
  advice: AdviceFile;
  variants: ReadonlyMap<string, string>;
}

function readYaml(file: string): unknown {
  try {
    return readYamlFile(file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new RuleFileError(file, `cannot be read as YAML: ${reason}`);
  }
}

/** Validates with zod; the first problem is reported with its path and, for rules, the rule id. */
function validate<S extends z.ZodType>(file: string, data: unknown, schema: S): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  let ruleId: string | undefined;
  if (path[0] === 'signals' && typeof path[1] === 'number') {
    const raw = (data as { signals?: Array<{ id?: unknown }> }).signals?.[path[1]];
    ruleId = typeof raw?.id === 'string' ? raw.id : `#${path[1] + 1}`;
  }
  throw new RuleFileError(file, `${path.join('.') || '(top)'}: ${issue?.message}`, ruleId);
}

function compile(file: string, source: string, ruleId?: string): RegExp {
  try {
    return compilePattern(source);
  } catch (err) {
    throw new RuleFileError(file, err instanceof Error ? err.message : String(err), ruleId);
  }
}

/** One alternation from a word list; each entry may itself be a (safe) pattern. */
function alternation(file: string, words: string[], what: string): RegExp {
  return compile(file, words.map((w) => `(?:${w})`).join('|'), what);
}

/**
 * Loads and compiles the rule base from a folder holding `rules.yaml`, `channels.yaml`,
 * `advice.yaml` and `traditional.yaml`.
 *
 * @example const rules = loadRuleBase(); // data/fraud/ of this project
 */
export function loadRuleBase(dir: string = DEFAULT_RULES_DIR): RuleBase {
  const rulesPath = join(dir, 'rules.yaml');
  const rules = validate(rulesPath, readYaml(rulesPath), rulesFileSchema);
  const channelsPath = join(dir, 'channels.yaml');
  const channels = validate(channelsPath, readYaml(channelsPath), channelsFileSchema);
  const advicePath = join(dir, 'advice.yaml');
  const advice = validate(advicePath, readYaml(advicePath), adviceFileSchema);
  const variantsPath = join(dir, 'traditional.yaml');
  const variantsFile = validate(variantsPath, readYaml(variantsPath), variantsFileSchema);

  const seen = new Set<string>(Object.keys(channels.signals));
  const signals = rules.signals.map((rule): CompiledSignal => {
    if (seen.has(rule.id)) throw new RuleFileError(rulesPath, 'the id is used twice', rule.id);
    seen.add(rule.id);
    const regexes = rule.patterns.map((p) => compile(rulesPath, p, rule.id));
    return { ...rule, regexes };
  });

  const variants = new Map<string, string>();
  for (const pairs of variantsFile.traditional) {
    const chars = [...pairs];
    for (let i = 0; i + 1 < chars.length; i += 2)
      variants.set(chars[i] as string, chars[i + 1] as string);
  }

  return {
    thresholds: rules.thresholds,
    combos: rules.combos,
    comboMinWeight: rules.comboMinWeight,
    decisive: rules.decisive,
    typing: rules.typing,
    negation: {
      window: rules.negation.window,
      afterWindow: rules.negation.afterWindow,
      before: alternation(rulesPath, rules.negation.before, 'negation.before'),
      after: alternation(rulesPath, rules.negation.after, 'negation.after'),
    },
    warnings: {
      penalty: rules.warnings.penalty,
      regexes: rules.warnings.patterns.map((p) => compile(rulesPath, p, 'warnings')),
    },
    signals,
    channels,
    shorteners: new Set(channels.links.shorteners),
    commonTlds: new Set(channels.links.commonTlds),
    oddTlds: new Set(channels.links.oddTlds),
    advice,
    variants,
  };
}
