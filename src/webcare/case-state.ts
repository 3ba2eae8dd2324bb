import { ConflictError } from '../common/errors/domain-errors.js';
import type { PauseInterval } from './sla.js';

export const CASE_STATUSES = ['NEW', 'OPEN', 'PENDING_MEMBER', 'RESOLVED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * What can happen to a case. Staff commands (CLAIM, ASSIGN, WAIT_FOR_MEMBER, RESOLVE, REOPEN) are
 * refused when they make no sense in the current state, repeats included, so that a stale screen
 * learns through CONFLICT that someone else acted first. MEMBER_REPLIED is a fact, never refused.
 */
export type CaseEvent =
  | { type: 'CLAIM'; staffId: string }
  | { type: 'ASSIGN'; staffId: string }
  | { type: 'WAIT_FOR_MEMBER' }
  | { type: 'MEMBER_REPLIED' }
  | { type: 'RESOLVE' }
  | { type: 'REOPEN' };
export type CaseEventType = CaseEvent['type'];

export interface CaseSnapshot {
  status: CaseStatus;
  assigneeId: string | null;
  resolvedAt: Date | null;
}

/** A member reply within this long after resolution reopens the case; later ones need a new case. */
export const DEFAULT_REOPEN_WINDOW_SECONDS = 7 * 24 * 60 * 60;

export interface CaseTransitionContext {
  now: Date;
  reopenWindowSeconds?: number;
}

export type CaseTransitionReason =
  | 'case_not_claimed'
  | 'case_already_claimed'
  | 'case_already_assigned'
  | 'case_already_pending'
  | 'case_already_resolved'
  | 'case_not_resolved';

/** A refused case transition; the app maps it to CONFLICT with `reason` as the machine-readable cause. */
export class CaseTransitionError extends ConflictError {
  constructor(
    readonly reason: CaseTransitionReason,
    readonly from: CaseStatus,
    readonly event: CaseEventType,
  ) {
    super(reason, `cannot ${event} a case that is ${from}: ${reason.replaceAll('_', ' ')}`, { from, event });
    this.name = 'CaseTransitionError';
  }
}

/**
 * Applies `event` to a case and returns its new snapshot, or throws CaseTransitionError.
 *
 * NEW → OPEN on CLAIM or ASSIGN; OPEN → PENDING_MEMBER on WAIT_FOR_MEMBER (staff replied and wait);
 * PENDING_MEMBER → OPEN on MEMBER_REPLIED; OPEN or PENDING_MEMBER → RESOLVED on RESOLVE.
 * A RESOLVED case goes back to OPEN, keeping its assignee, on REOPEN by staff at any time, or on
 * MEMBER_REPLIED within the reopen window; a later member reply leaves it RESOLVED.
 * ASSIGN while OPEN or PENDING_MEMBER reassigns without changing the status.
 */
export function transitionCase(current: CaseSnapshot, event: CaseEvent, context: CaseTransitionContext): CaseSnapshot {
  const { status } = current;
  const refuse = (reason: CaseTransitionReason): never => {
    throw new CaseTransitionError(reason, status, event.type);
  };
  switch (event.type) {
    case 'CLAIM':
      if (status === 'RESOLVED') return refuse('case_already_resolved');
      if (status !== 'NEW' || current.assigneeId !== null) return refuse('case_already_claimed');
      return { ...current, status: 'OPEN', assigneeId: event.staffId };
    case 'ASSIGN':
      if (status === 'RESOLVED') return refuse('case_already_resolved');
      if (current.assigneeId === event.staffId) return refuse('case_already_assigned');
      return { ...current, status: status === 'NEW' ? 'OPEN' : status, assigneeId: event.staffId };
    case 'WAIT_FOR_MEMBER':
      if (status === 'NEW') return refuse('case_not_claimed');
      if (status === 'PENDING_MEMBER') return refuse('case_already_pending');
      if (status === 'RESOLVED') return refuse('case_already_resolved');
      return { ...current, status: 'PENDING_MEMBER' };
    case 'RESOLVE':
      if (status === 'NEW') return refuse('case_not_claimed');
      if (status === 'RESOLVED') return refuse('case_already_resolved');
      return { ...current, status: 'RESOLVED', resolvedAt: context.now };
    case 'REOPEN':
      if (status !== 'RESOLVED') return refuse('case_not_resolved');
      return { ...current, status: 'OPEN', resolvedAt: null };
    case 'MEMBER_REPLIED':
      if (status === 'PENDING_MEMBER') return { ...current, status: 'OPEN' };
      if (status === 'RESOLVED' && withinReopenWindow(current, context)) {
        return { ...current, status: 'OPEN', resolvedAt: null };
      }
      return current;
  }
}

/** Whether `event` would be accepted, without throwing. */
export function canTransitionCase(current: CaseSnapshot, event: CaseEvent, context: CaseTransitionContext): boolean {
  try {
    transitionCase(current, event, context);
    return true;
  } catch (e) {
    if (e instanceof CaseTransitionError) return false;
    throw e;
  }
}

/** A status the case entered at `at`, as kept in its history. */
export interface CaseStatusChange {
  status: CaseStatus;
  at: Date;
}

/**
 * The intervals when the resolution clock stood still, from a case's status history: while
 * PENDING_MEMBER, and while RESOLVED before a reopen. The last interval is open when the case is
 * still in such a status.
 */
export function clockPausesFromHistory(history: readonly CaseStatusChange[]): PauseInterval[] {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const pauses: PauseInterval[] = [];
  let openFrom: Date | null = null;
  for (const change of sorted) {
    const stops = change.status === 'PENDING_MEMBER' || change.status === 'RESOLVED';
    if (stops && openFrom === null) openFrom = change.at;
    if (!stops && openFrom !== null) {
      pauses.push({ from: openFrom, to: change.at });
      openFrom = null;
    }
  }
  if (openFrom !== null) pauses.push({ from: openFrom, to: null });
  return pauses;
}

function withinReopenWindow(current: CaseSnapshot, context: CaseTransitionContext): boolean {
  if (!current.resolvedAt) return true;
  const window = context.reopenWindowSeconds ?? DEFAULT_REOPEN_WINDOW_SECONDS;
  return context.now.getTime() - current.resolvedAt.getTime() <= window * 1000;
}
