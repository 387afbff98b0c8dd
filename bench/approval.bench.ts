/**
 * Warning approvals under `kill -9` (issue 10's reliability target): every request ends either
 * pending with nothing written, or approved with its whole outbox.
 *
 *   npm run bench -- approval [--requests=40] [--residents=3000] [--engine=postgres]
 */
import { runApprovalReliability } from './approval-harness.js';

const option = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const engine = option(args, 'engine') === 'postgres' ? 'postgres' : 'sqlite';
  const figures = await runApprovalReliability({
    requests: Number(option(args, 'requests') ?? 40),
    residents: Number(option(args, 'residents') ?? 3000),
    engine,
    ...(process.env.TEST_DATABASE_URL ? { postgresUrl: process.env.TEST_DATABASE_URL } : {}),
  });
  return { engine, ...figures };
}
