/**
 * The fixed fraud type ids.
 *
 * They match `shared/eval/fraud-types.tsv` (the Ministry of Public Security's common types plus
 * the rural ones), so reports, statistics and the evaluation all speak of the same categories.
 * The rule loader rejects a rule that points at an id not in this list: a typo such as
 * `impersonate-authoirty` would otherwise silently never win. Change both lists together.
 */
export const FRAUD_TYPE_IDS = [
  'rebate-tasks',
  'investment',
  'loan',
  'fake-customer-service',
  'impersonate-authority',
  'credit-record',
  'impersonate-acquaintance',
  'game-trade',
  'romance',
  'fake-military-purchase',
  'fake-shopping',
  'subsidy-benefit',
  'superstition',
  'elderly-health',
  'illegal-fundraising',
  'other',
] as const;

export type FraudTypeId = (typeof FRAUD_TYPE_IDS)[number];

/** @example isFraudTypeId('loan') // → true; isFraudTypeId('lone') // → false */
export function isFraudTypeId(value: unknown): value is FraudTypeId {
  return typeof value === 'string' && (FRAUD_TYPE_IDS as readonly string[]).includes(value);
}
