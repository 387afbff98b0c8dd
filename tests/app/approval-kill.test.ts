/**
 * A small run of the approval harness (bench/approval.bench.ts runs more): the real bot process
 * is killed at a random moment of each approval and restarted. Every request must end approved
 * with its whole outbox and one audit row, and no restart may find one in between.
 */
import { describe, expect, it } from 'vitest';
import { runApprovalReliability } from '../../bench/approval-harness.js';
import { TEST_DATABASE_URL } from '../helpers/store.js';

// PostgreSQL joins with the opt-in reliability runs (CUNJING_RELIABILITY=1): a bot process per
// kill is slow, and the transaction is the same code on both engines.
const engines =
  process.env.CUNJING_RELIABILITY === '1' && TEST_DATABASE_URL
    ? (['sqlite', 'postgres'] as const)
    : (['sqlite'] as const);

describe.each(engines)('warning approvals under kill -9, on %s', (engine) => {
  it('each request is either pending with nothing written or approved with its whole outbox', async () => {
    const figures = await runApprovalReliability({
      requests: 4,
      residents: 1000,
      engine,
      ...(TEST_DATABASE_URL ? { postgresUrl: TEST_DATABASE_URL } : {}),
    });
    expect(figures).toMatchObject({
      requests: 4,
      kills: 4,
      approved: 4,
      approved_incomplete: 0,
      pending_with_outbox: 0,
      audit_mismatch: 0,
      audience: 750,
    });
  }, 180_000);
});
