/**
 * The life of a report: new → accepted → in progress → resolved / mediated → closed, or rejected
 * with a reason. A resolved report the reporter is not satisfied with goes back to in progress.
 */
export const STATUSES = [
  'new',
  'accepted',
  'in_progress',
  'resolved',
  'mediated',
  'closed',
  'rejected',
] as const;
export type ReportStatus = (typeof STATUSES)[number];

const NEXT: Record<ReportStatus, readonly ReportStatus[]> = {
  new: ['accepted', 'rejected'],
  accepted: ['in_progress', 'resolved', 'mediated', 'rejected'],
  in_progress: ['resolved', 'mediated', 'rejected'],
  resolved: ['closed', 'in_progress'],
  mediated: ['closed', 'in_progress'],
  closed: [],
  rejected: [],
};

export function canMove(from: ReportStatus, to: ReportStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: ReportStatus): readonly ReportStatus[] {
  return NEXT[from];
}

export function isOpen(status: ReportStatus): boolean {
  return status !== 'closed' && status !== 'rejected';
}

export function isStatus(value: string): value is ReportStatus {
  return (STATUSES as readonly string[]).includes(value);
}

/** How long an unaccepted report may wait before the county group is alerted again. */
export const ESCALATE_AFTER_MS = { red: 30 * 60_000, yellow: 24 * 3600_000 } as const;
