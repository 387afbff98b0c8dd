/**
 * Scam check: the public surface of `src/domain/fraud`.
 *
 * The bot and the CLI call `checkMessage`; the reports store keys its blocklist with
 * `normalisePhone`, `normaliseUrl` and `normaliseAccount` so that lookups agree.
 */
export { analyseMessage, checkMessage, defaultScamChecker } from './check-message.js';
export { createScamChecker, MAX_CHECK_CHARS, type ScamChecker } from './checker.js';
export { type Channel, extractChannels } from './extract-channels.js';
export { FRAUD_TYPE_IDS, type FraudTypeId, isFraudTypeId } from './fraud-types.js';
export { normaliseUrl } from './link.js';
export { normaliseAccount } from './numbers.js';
export { normalisePhone } from './phone.js';
export { DEFAULT_RULES_DIR, loadRuleBase, type RuleBase } from './rule-base.js';
export { RuleFileError } from './rule-file-error.js';
export type {
  BlocklistKind,
  BlocklistLookup,
  CheckOptions,
  FoundSignal,
  Risk,
  ScamAnalysis,
  ScamCheck,
  SignalKind,
  SignalView,
  SuppressedMatch,
} from './types.js';
