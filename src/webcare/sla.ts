import { BadInputError, type FieldError } from '../common/errors/domain-errors.js';

export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const ESCALATION_REASON_KINDS = [
  'UNANSWERED',
  'UNRESOLVED',
  'MEMBER_ASKED_HELP',
  'MEMBER_ASKED_PRIVATE',
  'ESCALATED_BY_EXPERT',
  'ESCALATED_BY_STAFF',
  'FLAGGED_NEEDS_STAFF',
  'COMPLAINT',
] as const;
export type EscalationReasonKind = (typeof ESCALATION_REASON_KINDS)[number];

/** The escalation rules that fire on a timer rather than on someone's action. */
export type TimedEscalationKind = Extract<EscalationReasonKind, 'UNANSWERED' | 'UNRESOLVED' | 'COMPLAINT'>;

export interface PriorityTargets {
  firstResponseSeconds: number;
  resolutionSeconds: number;
}

/** One category's SLA policy. All durations in seconds. */
export interface SlaPolicy {
  /** A thread with no answer after this long escalates as UNANSWERED. */
  communityWindowSeconds: number;
  /** A thread with no accepted answer after this long escalates as UNRESOLVED. */
  resolutionWindowSeconds: number;
  /** A complaint not answered by staff or an expert after this long escalates as COMPLAINT. */
  complaintWindowSeconds: number;
  priorities: Record<Priority, PriorityTargets>;
}

/** A category's changes to the default policy, as an admin stores them. */
export interface SlaPolicyOverride {
  communityWindowSeconds?: number;
  resolutionWindowSeconds?: number;
  complaintWindowSeconds?: number;
  priorities?: Partial<Record<Priority, Partial<PriorityTargets>>>;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const DEFAULT_SLA_POLICY: SlaPolicy = deepFreeze({
  communityWindowSeconds: 4 * HOUR,
  resolutionWindowSeconds: 24 * HOUR,
  complaintWindowSeconds: 30 * MINUTE,
  priorities: {
    P1: { firstResponseSeconds: 15 * MINUTE, resolutionSeconds: 4 * HOUR },
    P2: { firstResponseSeconds: 1 * HOUR, resolutionSeconds: 24 * HOUR },
    P3: { firstResponseSeconds: 1 * HOUR, resolutionSeconds: 48 * HOUR },
    P4: { firstResponseSeconds: 4 * HOUR, resolutionSeconds: 72 * HOUR },
  },
});

// An SLA longer than a year is a typing error, not a policy.
const MAX_SECONDS = 366 * 24 * HOUR;

/**
 * Applies a category's override to a base policy and validates the result: every duration a
 * whole number of seconds between 1 and a year, first response no later than resolution, and a
 * more urgent priority never slower than a less urgent one. Throws BadInputError listing every
 * failing field.
 */
export function resolveSlaPolicy(override: SlaPolicyOverride = {}, base: SlaPolicy = DEFAULT_SLA_POLICY): SlaPolicy {
  const policy: SlaPolicy = {
    communityWindowSeconds: override.communityWindowSeconds ?? base.communityWindowSeconds,
    resolutionWindowSeconds: override.resolutionWindowSeconds ?? base.resolutionWindowSeconds,
    complaintWindowSeconds: override.complaintWindowSeconds ?? base.complaintWindowSeconds,
    priorities: Object.fromEntries(
      PRIORITIES.map((p) => [p, { ...base.priorities[p], ...definedOnly(override.priorities?.[p] ?? {}) }]),
    ) as Record<Priority, PriorityTargets>,
  };
  const problems: FieldError[] = [];
  const check = (field: string, value: number) => {
    if (!Number.isInteger(value) || value < 1 || value > MAX_SECONDS) {
      problems.push({ field, messages: [`must be a whole number of seconds between 1 and ${MAX_SECONDS}`] });
    }
  };
  check('communityWindowSeconds', policy.communityWindowSeconds);
  check('resolutionWindowSeconds', policy.resolutionWindowSeconds);
  check('complaintWindowSeconds', policy.complaintWindowSeconds);
  PRIORITIES.forEach((p, i) => {
    const t = policy.priorities[p];
    check(`priorities.${p}.firstResponseSeconds`, t.firstResponseSeconds);
    check(`priorities.${p}.resolutionSeconds`, t.resolutionSeconds);
    if (t.firstResponseSeconds > t.resolutionSeconds) {
      problems.push({ field: `priorities.${p}.firstResponseSeconds`, messages: ['must not exceed resolutionSeconds'] });
    }
    const next = PRIORITIES[i + 1];
    if (next) {
      const n = policy.priorities[next];
      if (t.firstResponseSeconds > n.firstResponseSeconds) {
        problems.push({ field: `priorities.${p}.firstResponseSeconds`, messages: [`must not exceed ${next}'s`] });
      }
      if (t.resolutionSeconds > n.resolutionSeconds) {
        problems.push({ field: `priorities.${p}.resolutionSeconds`, messages: [`must not exceed ${next}'s`] });
      }
    }
  });
  if (problems.length > 0) throw new BadInputError(problems);
  return deepFreeze(policy);
}

/** Negative when `a` is more urgent than `b`, 0 when equal; usable as a sort comparator. */
export function comparePriority(a: Priority, b: Priority): number {
  return PRIORITIES.indexOf(a) - PRIORITIES.indexOf(b);
}

/** True when `a` is strictly more urgent than `b` (P1 is the most urgent). */
export function isMoreUrgent(a: Priority, b: Priority): boolean {
  return comparePriority(a, b) < 0;
}

/**
 * The priority a trigger gives a case. `urgent` means an escalation marked urgent by staff or an
 * expert, or a flag raised for safety; it only matters for ESCALATED_BY_* and FLAGGED_NEEDS_STAFF.
 * Non-urgent escalations by staff or experts are P2 (someone with a mandate asked for staff);
 * non-safety "needs staff" flags are P3 (a bystander's judgement, triaged like an unresolved thread).
 */
export function priorityForReason(kind: EscalationReasonKind, options: { urgent?: boolean } = {}): Priority {
  switch (kind) {
    case 'ESCALATED_BY_STAFF':
    case 'ESCALATED_BY_EXPERT':
      return options.urgent ? 'P1' : 'P2';
    case 'FLAGGED_NEEDS_STAFF':
      return options.urgent ? 'P1' : 'P3';
    case 'MEMBER_ASKED_HELP':
    case 'MEMBER_ASKED_PRIVATE':
    case 'COMPLAINT':
      return 'P2';
    case 'UNRESOLVED':
      return 'P3';
    case 'UNANSWERED':
      return 'P4';
  }
}

export interface CaseDueTimes {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/** Due times of a case created at `createdAt` with `priority`, with no pauses. */
export function caseDueTimes(createdAt: Date, priority: Priority, policy: SlaPolicy = DEFAULT_SLA_POLICY): CaseDueTimes {
  const t = policy.priorities[priority];
  return {
    firstResponseDueAt: addSeconds(createdAt, t.firstResponseSeconds),
    resolutionDueAt: addSeconds(createdAt, t.resolutionSeconds),
  };
}

/** What is known about a thread when deciding whether a timed escalation rule fires. */
export interface ThreadEscalationFacts {
  askedAt: Date;
  firstAnswerAt?: Date | null;
  acceptedAnswerAt?: Date | null;
  /** When the complaint detector first fired on the thread (on asking or on an edit). */
  complaintDetectedAt?: Date | null;
  /** First answer by staff or by an expert of the category: only people with a mandate settle a complaint. */
  firstOfficialAnswerAt?: Date | null;
}

export interface EscalationDue {
  kind: TimedEscalationKind;
  dueAt: Date;
  priority: Priority;
}

/**
 * The timed rules that have fired or will fire for a thread given what happened so far, earliest
 * first. A rule drops out once the thing it waits for happened by its due time (an event exactly
 * at the due time is in time); an event after the due time does not undo a rule that fired.
 */
export function threadEscalationDueTimes(facts: ThreadEscalationFacts, policy: SlaPolicy = DEFAULT_SLA_POLICY): EscalationDue[] {
  const due: EscalationDue[] = [];
  const consider = (kind: TimedEscalationKind, dueAt: Date, settledAt: Date | null | undefined) => {
    if (settledAt && settledAt.getTime() <= dueAt.getTime()) return;
    due.push({ kind, dueAt, priority: priorityForReason(kind) });
  };
  consider('UNANSWERED', addSeconds(facts.askedAt, policy.communityWindowSeconds), facts.firstAnswerAt);
  consider('UNRESOLVED', addSeconds(facts.askedAt, policy.resolutionWindowSeconds), facts.acceptedAnswerAt);
  if (facts.complaintDetectedAt) {
    consider('COMPLAINT', addSeconds(facts.complaintDetectedAt, policy.complaintWindowSeconds), facts.firstOfficialAnswerAt);
  }
  return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || comparePriority(a.priority, b.priority));
}

/**
 * Rules that have fired by `now`, most urgent first (then earliest). With one open case per
 * thread, the first element is the trigger a new case is opened with or raised to.
 */
export function firedEscalations(facts: ThreadEscalationFacts, now: Date, policy: SlaPolicy = DEFAULT_SLA_POLICY): EscalationDue[] {
  return threadEscalationDueTimes(facts, policy)
    .filter((d) => d.dueAt.getTime() <= now.getTime())
    .sort((a, b) => comparePriority(a.priority, b.priority) || a.dueAt.getTime() - b.dueAt.getTime());
}

/** When the scheduler should look at this thread next, or null when no timed rule is pending. */
export function nextEscalationAt(facts: ThreadEscalationFacts, now: Date, policy: SlaPolicy = DEFAULT_SLA_POLICY): Date | null {
  const pending = threadEscalationDueTimes(facts, policy).find((d) => d.dueAt.getTime() > now.getTime());
  return pending?.dueAt ?? null;
}

/**
 * A period when the resolution clock did not run: the case was PENDING_MEMBER, or RESOLVED before
 * it was reopened. `to` null or absent means the period is still going on.
 */
export interface PauseInterval {
  from: Date;
  to?: Date | null;
}

/**
 * A case's SLA as stored: its creation time and priority, and the budgets of active (unpaused)
 * seconds from creation. The budgets equal the policy's targets unless the priority was raised.
 */
export interface CaseSla {
  createdAt: Date;
  priority: Priority;
  firstResponseSeconds: number;
  resolutionSeconds: number;
}

/** The SLA of a new case. */
export function openCaseSla(createdAt: Date, priority: Priority, policy: SlaPolicy = DEFAULT_SLA_POLICY): CaseSla {
  const t = policy.priorities[priority];
  return { createdAt, priority, firstResponseSeconds: t.firstResponseSeconds, resolutionSeconds: t.resolutionSeconds };
}

/**
 * A new trigger with `priority` fired at `raisedAt` on a thread whose case has `sla`. A more
 * urgent priority keeps the case's creation time (its age and reports stay true) and gives each
 * clock the earlier of its current due time and `raisedAt` plus the new priority's target, in
 * active time. So staff get the new priority's full target from the moment they could know about
 * it, and a raise never moves a due time later. An equal or less urgent trigger changes nothing
 * and the same object is returned; lowering a priority is a staff decision, not a rule.
 */
export function raiseCaseSla(
  sla: CaseSla,
  priority: Priority,
  raisedAt: Date,
  pauses: readonly PauseInterval[] = [],
  policy: SlaPolicy = DEFAULT_SLA_POLICY,
): CaseSla {
  if (!isMoreUrgent(priority, sla.priority)) return sla;
  const t = policy.priorities[priority];
  // The first-response clock never pauses, so its elapsed time is wall time.
  const wallElapsed = Math.max(0, secondsBetween(sla.createdAt, raisedAt));
  const activeElapsed = activeSecondsBetween(sla.createdAt, raisedAt, pauses);
  return {
    createdAt: sla.createdAt,
    priority,
    // Budgets are whole seconds (they are stored as integers); round the elapsed part up.
    firstResponseSeconds: Math.min(sla.firstResponseSeconds, Math.ceil(wallElapsed) + t.firstResponseSeconds),
    resolutionSeconds: Math.min(sla.resolutionSeconds, Math.ceil(activeElapsed) + t.resolutionSeconds),
  };
}

/** Seconds in [from, to) not covered by a pause; an open pause runs until `to`. */
export function activeSecondsBetween(from: Date, to: Date, pauses: readonly PauseInterval[] = []): number {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return 0;
  let paused = 0;
  for (const span of mergePauses(pauses, end)) {
    const lo = Math.max(span.from, start);
    const hi = Math.min(span.to, end);
    if (hi > lo) paused += hi - lo;
  }
  return (end - start - paused) / 1000;
}

export interface ClockDue {
  /** When the budget runs out. While paused, the due time as if the clock resumed at `now`. */
  dueAt: Date;
  /** The clock is inside a pause at `now` and had budget left when the pause began. */
  paused: boolean;
}

/**
 * When `budgetSeconds` of active time from `start` run out, skipping the pauses that begin before
 * that moment. A pause that begins after the budget ran out does not move the due time, so a case
 * already overdue stays overdue when it is set to PENDING_MEMBER.
 */
export function clockDueAt(start: Date, budgetSeconds: number, pauses: readonly PauseInterval[], now: Date): ClockDue {
  const nowMs = now.getTime();
  let due = start.getTime() + budgetSeconds * 1000;
  let paused = false;
  for (const span of mergePauses(pauses, nowMs)) {
    if (span.to <= start.getTime()) continue;
    const from = Math.max(span.from, start.getTime());
    if (from >= due) break;
    due += span.to - from;
    if (from <= nowMs && (span.open || nowMs < span.to)) paused = true;
  }
  return { dueAt: new Date(due), paused };
}

/** What happened on a case that its SLA is measured against. */
export interface CaseClockFacts {
  firstRespondedAt?: Date | null;
  resolvedAt?: Date | null;
  pauses?: readonly PauseInterval[];
}

export interface ClockStatus {
  dueAt: Date;
  /** The target was missed: it happened after `dueAt`, or it has not happened and `now` is past `dueAt`. */
  breached: boolean;
  /** When the breach happened (the due time), or null. */
  breachedAt: Date | null;
  /** Seconds left until due at `now` (negative once overdue; active time for resolution); null once it happened. */
  remainingSeconds: number | null;
  metAt: Date | null;
}

export interface CaseSlaStatus {
  priority: Priority;
  paused: boolean;
  firstResponse: ClockStatus;
  resolution: ClockStatus;
}

/**
 * The SLA status of a case at `now`. First response is measured in wall time (a case waits on
 * the member only after staff replied, which is the first response); resolution is measured in
 * active time, skipping pauses. Meeting a target exactly at its due time is in time.
 */
export function caseSlaStatus(sla: CaseSla, facts: CaseClockFacts, now: Date): CaseSlaStatus {
  const pauses = facts.pauses ?? [];
  const firstDue = addSeconds(sla.createdAt, sla.firstResponseSeconds);
  const firstResponse = clockStatus(firstDue, facts.firstRespondedAt ?? null, now, () =>
    secondsBetween(now, firstDue),
  );
  const resolvedAt = facts.resolvedAt ?? null;
  const resolutionClock = clockDueAt(sla.createdAt, sla.resolutionSeconds, pauses, resolvedAt ?? now);
  const resolution = clockStatus(resolutionClock.dueAt, resolvedAt, now, () =>
    sla.resolutionSeconds - activeSecondsBetween(sla.createdAt, now, pauses),
  );
  return { priority: sla.priority, paused: resolvedAt === null && resolutionClock.paused, firstResponse, resolution };
}

function clockStatus(dueAt: Date, metAt: Date | null, now: Date, remaining: () => number): ClockStatus {
  const at = metAt ?? now;
  const breached = at.getTime() > dueAt.getTime();
  return {
    dueAt,
    breached,
    breachedAt: breached ? dueAt : null,
    remainingSeconds: metAt ? null : remaining(),
    metAt,
  };
}

function addSeconds(at: Date, seconds: number): Date {
  return new Date(at.getTime() + seconds * 1000);
}

function secondsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 1000;
}

interface PauseSpan {
  from: number;
  to: number;
  open: boolean;
}

// Sorted, overlapping pauses merged; an open pause ends at `openUntil` (never before it began).
function mergePauses(pauses: readonly PauseInterval[], openUntil: number): PauseSpan[] {
  const spans = pauses
    .map((p): PauseSpan => {
      const from = p.from.getTime();
      return p.to ? { from, to: p.to.getTime(), open: false } : { from, to: Math.max(from, openUntil), open: true };
    })
    .filter((s) => s.to > s.from || s.open)
    .sort((x, y) => x.from - y.from);
  const merged: PauseSpan[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.from <= last.to) {
      if (span.to >= last.to) last.open = span.open || (span.to === last.to && last.open);
      last.to = Math.max(last.to, span.to);
    } else merged.push({ ...span });
  }
  return merged;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
