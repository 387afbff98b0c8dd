/**
 * Officer broadcasts and their review (警情审核发布). Every broadcast needs a second pair of eyes:
 * an admin, or another officer of the same station. Nobody approves their own. Admins may send an
 * urgent warning directly, which is recorded as such.
 */
import type { Topic } from '../awareness/subscription.js';
import type { Locale } from '../locale.js';
import type { Person } from '../people/roles.js';

export const BROADCAST_KINDS = ['urgent', 'antifraud', 'legal', 'traffic', 'notice'] as const;
export type BroadcastKind = (typeof BROADCAST_KINDS)[number];

export type TargetSpec = { all: true } | { townships: string[] } | { villages: string[] };

export interface BroadcastRequest {
  id: number;
  kind: BroadcastKind;
  texts: Partial<Record<Locale, string>> & { 'zh-CN': string };
  photoFileId: string | null;
  target: TargetSpec;
  notBefore: string | null;
  /** The author's person (migration 2026-12-13-officer-persons). */
  authorId: number;
  status: 'pending_review' | 'approved' | 'rejected' | 'cancelled';
  /** The approver's person, when decided. */
  approverId: number | null;
  direct: boolean;
  recipients: number;
  broadcastIds: number[];
  createdAt: string;
}

/** The subscription a kind is filtered by; a general notice goes to everyone in the target. */
export function topicOf(kind: BroadcastKind): Topic | 'notice' {
  return kind === 'notice' ? 'notice' : kind;
}

/** Urgent warnings go ahead of everything, and past quiet hours. */
export function isUrgent(kind: BroadcastKind): boolean {
  return kind === 'urgent';
}

/** Visible characters allowed for the officer's text; the rest of 4096 is for header and footer. */
export const MAX_BROADCAST_TEXT = 3500;

export function textProblem(text: string): 'empty' | 'too-long' | null {
  const trimmed = text.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_BROADCAST_TEXT) return 'too-long';
  return null;
}

/**
 * May this person approve a request by `authorId` (a person id)? Stations are resolved by the caller (a
 * township scope belongs to its station).
 */
export function mayApprove(
  approver: Person,
  approverStation: string | null,
  authorId: number,
  authorStation: string | null,
): boolean {
  if (approver.personId === authorId) return false;
  if (approver.role === 'admin') return true;
  return (
    approver.role === 'officer' && approverStation !== null && approverStation === authorStation
  );
}
