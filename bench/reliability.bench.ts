/**
 * Report submissions under `kill -9` (issue 10's reliability targets): the real bot process
 * against the Bot API emulator, killed at random moments and restarted.
 *
 *   npm run bench -- reliability [--flows=300] [--engine=postgres] [--kill-every-ms=3000]
 *
 * PostgreSQL uses TEST_DATABASE_URL (a fresh schema in it). Target: every count 0.
 */
import { runReliability } from './reliability-harness.js';

const option = (args: string[], name: string) =>
  args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const engine = option(args, 'engine') === 'postgres' ? 'postgres' : 'sqlite';
  const figures = await runReliability({
    flows: Number(option(args, 'flows') ?? 300),
    engine,
    ...(process.env.TEST_DATABASE_URL ? { postgresUrl: process.env.TEST_DATABASE_URL } : {}),
    killEveryMs: Number(option(args, 'kill-every-ms') ?? 3_000),
  });
  return { engine, ...figures };
}
