import { ConflictError } from '../common/errors/domain-errors.js';
import {
  canTransitionCase,
  CaseTransitionError,
  clockPausesFromHistory,
  DEFAULT_REOPEN_WINDOW_SECONDS,
  transitionCase,
  type CaseEvent,
  type CaseSnapshot,
  type CaseStatus,
  type CaseTransitionReason,
} from './case-state.js';

const now = new Date('2026-01-05T09:00:00.000Z');
const ctx = { now };
const RESOLVED_AT = new Date('2026-01-04T09:00:00.000Z');

const snapshot = (status: CaseStatus, assigneeId: string | null = status === 'NEW' ? null : 'agent-1'): CaseSnapshot => ({
  status,
  assigneeId,
  resolvedAt: status === 'RESOLVED' ? RESOLVED_AT : null,
});

describe('transitionCase: allowed', () => {
  it.each<[CaseStatus, CaseEvent, Partial<CaseSnapshot>]>([
    ['NEW', { type: 'CLAIM', staffId: 'agent-2' }, { status: 'OPEN', assigneeId: 'agent-2' }],
    ['NEW', { type: 'ASSIGN', staffId: 'agent-2' }, { status: 'OPEN', assigneeId: 'agent-2' }],
    ['NEW', { type: 'MEMBER_REPLIED' }, { status: 'NEW', assigneeId: null }],
    ['OPEN', { type: 'ASSIGN', staffId: 'agent-2' }, { status: 'OPEN', assigneeId: 'agent-2' }],
    ['OPEN', { type: 'WAIT_FOR_MEMBER' }, { status: 'PENDING_MEMBER', assigneeId: 'agent-1' }],
    ['OPEN', { type: 'MEMBER_REPLIED' }, { status: 'OPEN' }],
    ['OPEN', { type: 'RESOLVE' }, { status: 'RESOLVED', resolvedAt: now }],
    ['PENDING_MEMBER', { type: 'MEMBER_REPLIED' }, { status: 'OPEN', assigneeId: 'agent-1' }],
    ['PENDING_MEMBER', { type: 'ASSIGN', staffId: 'agent-2' }, { status: 'PENDING_MEMBER', assigneeId: 'agent-2' }],
    ['PENDING_MEMBER', { type: 'RESOLVE' }, { status: 'RESOLVED', resolvedAt: now }],
    ['RESOLVED', { type: 'REOPEN' }, { status: 'OPEN', assigneeId: 'agent-1', resolvedAt: null }],
    ['RESOLVED', { type: 'MEMBER_REPLIED' }, { status: 'OPEN', assigneeId: 'agent-1', resolvedAt: null }],
  ])('%s + %j', (from, event, expected) => {
    const next = transitionCase(snapshot(from), event, ctx);
    expect(next).toMatchObject(expected);
    expect(canTransitionCase(snapshot(from), event, ctx)).toBe(true);
  });

  it('does not mutate the snapshot it was given', () => {
    const current = snapshot('OPEN');
    transitionCase(current, { type: 'RESOLVE' }, ctx);
    expect(current).toEqual(snapshot('OPEN'));
  });
});

describe('transitionCase: refused', () => {
  it.each<[CaseStatus, CaseEvent, CaseTransitionReason]>([
    ['NEW', { type: 'WAIT_FOR_MEMBER' }, 'case_not_claimed'],
    ['NEW', { type: 'RESOLVE' }, 'case_not_claimed'],
    ['NEW', { type: 'REOPEN' }, 'case_not_resolved'],
    ['OPEN', { type: 'CLAIM', staffId: 'agent-2' }, 'case_already_claimed'],
    ['OPEN', { type: 'CLAIM', staffId: 'agent-1' }, 'case_already_claimed'],
    ['OPEN', { type: 'ASSIGN', staffId: 'agent-1' }, 'case_already_assigned'],
    ['OPEN', { type: 'REOPEN' }, 'case_not_resolved'],
    ['PENDING_MEMBER', { type: 'CLAIM', staffId: 'agent-2' }, 'case_already_claimed'],
    ['PENDING_MEMBER', { type: 'WAIT_FOR_MEMBER' }, 'case_already_pending'],
    ['PENDING_MEMBER', { type: 'REOPEN' }, 'case_not_resolved'],
    ['RESOLVED', { type: 'CLAIM', staffId: 'agent-2' }, 'case_already_resolved'],
    ['RESOLVED', { type: 'ASSIGN', staffId: 'agent-2' }, 'case_already_resolved'],
    ['RESOLVED', { type: 'WAIT_FOR_MEMBER' }, 'case_already_resolved'],
    ['RESOLVED', { type: 'RESOLVE' }, 'case_already_resolved'],
  ])('%s + %j → %s', (from, event, reason) => {
    let error: unknown;
    try {
      transitionCase(snapshot(from), event, ctx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaseTransitionError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'CONFLICT', reason, from, event: event.type, details: { from, event: event.type } });
    expect(canTransitionCase(snapshot(from), event, ctx)).toBe(false);
  });

  it('refuses to claim a NEW case that was pre-assigned', () => {
    expect(() => transitionCase(snapshot('NEW', 'agent-3'), { type: 'CLAIM', staffId: 'agent-2' }, ctx)).toThrow(CaseTransitionError);
  });
});

describe('reopen window', () => {
  const resolved = snapshot('RESOLVED');
  const afterResolve = (seconds: number) => ({ now: new Date(RESOLVED_AT.getTime() + seconds * 1000) });

  it('reopens on a member reply up to the end of the window, not after', () => {
    expect(transitionCase(resolved, { type: 'MEMBER_REPLIED' }, afterResolve(DEFAULT_REOPEN_WINDOW_SECONDS)).status).toBe('OPEN');
    expect(transitionCase(resolved, { type: 'MEMBER_REPLIED' }, afterResolve(DEFAULT_REOPEN_WINDOW_SECONDS + 1))).toBe(resolved);
  });

  it('takes the window from the context', () => {
    const later = { ...afterResolve(3601), reopenWindowSeconds: 3600 };
    expect(transitionCase(resolved, { type: 'MEMBER_REPLIED' }, later).status).toBe('RESOLVED');
  });

  it('lets staff reopen at any time', () => {
    expect(transitionCase(resolved, { type: 'REOPEN' }, afterResolve(365 * 86_400)).status).toBe('OPEN');
  });
});

describe('clockPausesFromHistory', () => {
  const t = (h: number) => new Date(Date.UTC(2026, 0, 5, h));

  it('pauses while waiting on the member and while resolved before a reopen', () => {
    const pauses = clockPausesFromHistory([
      { status: 'NEW', at: t(9) },
      { status: 'OPEN', at: t(10) },
      { status: 'PENDING_MEMBER', at: t(11) },
      { status: 'OPEN', at: t(13) },
      { status: 'RESOLVED', at: t(14) },
      { status: 'OPEN', at: t(16) },
      { status: 'PENDING_MEMBER', at: t(17) },
    ]);
    expect(pauses).toEqual([
      { from: t(11), to: t(13) },
      { from: t(14), to: t(16) },
      { from: t(17), to: null },
    ]);
  });

  it('joins a pending period that ends in resolution, whatever the input order', () => {
    const pauses = clockPausesFromHistory([
      { status: 'RESOLVED', at: t(12) },
      { status: 'OPEN', at: t(9) },
      { status: 'PENDING_MEMBER', at: t(10) },
    ]);
    expect(pauses).toEqual([{ from: t(10), to: null }]);
  });
});
