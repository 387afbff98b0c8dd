/**
 * The figures an author is told when their broadcast is done. `pending` counts rows not yet
 * final (waiting or held by a worker); it is 0 in the report `onFinished` delivers.
 */
export interface DeliveryReport {
  broadcastId: number;
  total: number;
  pending: number;
  sent: number;
  blocked: number;
  failed: number;
  /** ISO-8601 UTC: when the first recipient was claimed; null before delivery began. */
  startedAt: string | null;
  /** ISO-8601 UTC: when the last recipient reached a final status; null until then. */
  finishedAt: string | null;
  durationMs: number | null;
}

/** Builds the report from per-status row counts and the broadcast's two timestamps. */
export function toDeliveryReport(
  broadcastId: number,
  counts: Partial<Record<string, number>>,
  startedAt: string | null,
  finishedAt: string | null,
): DeliveryReport {
  const n = (status: string) => counts[status] ?? 0;
  const sent = n('sent');
  const blocked = n('blocked');
  const failed = n('failed');
  const pending = n('pending') + n('claimed');
  return {
    broadcastId,
    total: sent + blocked + failed + pending,
    pending,
    sent,
    blocked,
    failed,
    startedAt,
    finishedAt,
    durationMs: startedAt && finishedAt ? Date.parse(finishedAt) - Date.parse(startedAt) : null,
  };
}
