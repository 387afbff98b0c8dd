/**
 * The one error the fraud rule loader throws.
 *
 * It is read by whoever just edited a file under `data/fraud/`, so it names the file, the rule
 * when there is one, and what to change. Nothing catches it: a checker running on half a rule
 * base would quietly miss scams, so the bot should refuse to start instead.
 */
export class RuleFileError extends Error {
  override readonly name = 'RuleFileError';

  constructor(
    readonly file: string,
    readonly problem: string,
    readonly ruleId?: string,
  ) {
    super(`${file}${ruleId ? ` (rule ${ruleId})` : ''}: ${problem}`);
  }
}
