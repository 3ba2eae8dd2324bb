import { BadInputError } from '../common/errors/domain-errors.js';
import {
  activeSecondsBetween,
  caseDueTimes,
  caseSlaStatus,
  clockDueAt,
  DEFAULT_SLA_POLICY,
  ESCALATION_REASON_KINDS,
  firedEscalations,
  nextEscalationAt,
  openCaseSla,
  priorityForReason,
  raiseCaseSla,
  resolveSlaPolicy,
  threadEscalationDueTimes,
  type Priority,
} from './sla.js';

const T = new Date('2026-01-05T09:00:00.000Z');
const at = (iso: string) => new Date(`2026-01-${iso}Z`);
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('SLA policy', () => {
  it('has the documented defaults, in seconds', () => {
    expect(DEFAULT_SLA_POLICY).toEqual({
      communityWindowSeconds: 14_400,
      resolutionWindowSeconds: 86_400,
      complaintWindowSeconds: 1_800,
      priorities: {
        P1: { firstResponseSeconds: 900, resolutionSeconds: 14_400 },
        P2: { firstResponseSeconds: 3_600, resolutionSeconds: 86_400 },
        P3: { firstResponseSeconds: 3_600, resolutionSeconds: 172_800 },
        P4: { firstResponseSeconds: 14_400, resolutionSeconds: 259_200 },
      },
    });
    expect(Object.isFrozen(DEFAULT_SLA_POLICY.priorities.P1)).toBe(true);
  });

  it('applies a category override on top of the defaults', () => {
    const policy = resolveSlaPolicy({ complaintWindowSeconds: 600, priorities: { P4: { resolutionSeconds: 96 * 3600 } } });
    expect(policy.complaintWindowSeconds).toBe(600);
    expect(policy.communityWindowSeconds).toBe(14_400);
    expect(policy.priorities.P4).toEqual({ firstResponseSeconds: 14_400, resolutionSeconds: 345_600 });
  });

  it('lists every invalid field at once', () => {
    let error: BadInputError | undefined;
    try {
      resolveSlaPolicy({ communityWindowSeconds: 0, priorities: { P1: { firstResponseSeconds: 1.5 }, P2: { firstResponseSeconds: 7200, resolutionSeconds: 3600 } } });
    } catch (e) {
      error = e as BadInputError;
    }
    expect(error).toBeInstanceOf(BadInputError);
    const fields = (error!.details.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['communityWindowSeconds', 'priorities.P1.firstResponseSeconds', 'priorities.P2.firstResponseSeconds', 'priorities.P1.resolutionSeconds']),
    );
  });
});

describe('priorityForReason', () => {
  it('maps every reason kind to its priority', () => {
    const plain = Object.fromEntries(ESCALATION_REASON_KINDS.map((k) => [k, priorityForReason(k)]));
    expect(plain).toEqual({
      UNANSWERED: 'P4',
      UNRESOLVED: 'P3',
      MEMBER_ASKED_HELP: 'P2',
      MEMBER_ASKED_PRIVATE: 'P2',
      ESCALATED_BY_EXPERT: 'P2',
      ESCALATED_BY_STAFF: 'P2',
      FLAGGED_NEEDS_STAFF: 'P3',
      COMPLAINT: 'P2',
    });
  });

  it('makes urgent escalations and safety flags P1, and ignores urgency elsewhere', () => {
    expect(priorityForReason('ESCALATED_BY_STAFF', { urgent: true })).toBe('P1');
    expect(priorityForReason('ESCALATED_BY_EXPERT', { urgent: true })).toBe('P1');
    expect(priorityForReason('FLAGGED_NEEDS_STAFF', { urgent: true })).toBe('P1');
    expect(priorityForReason('UNANSWERED', { urgent: true })).toBe('P4');
  });
});

describe('caseDueTimes', () => {
  it.each<[Priority, string, string]>([
    ['P1', '2026-01-05T09:15:00.000Z', '2026-01-05T13:00:00.000Z'],
    ['P2', '2026-01-05T10:00:00.000Z', '2026-01-06T09:00:00.000Z'],
    ['P3', '2026-01-05T10:00:00.000Z', '2026-01-07T09:00:00.000Z'],
    ['P4', '2026-01-05T13:00:00.000Z', '2026-01-08T09:00:00.000Z'],
  ])('%s: first response %s, resolution %s', (priority, first, resolution) => {
    const due = caseDueTimes(T, priority);
    expect(iso(due.firstResponseDueAt)).toBe(first);
    expect(iso(due.resolutionDueAt)).toBe(resolution);
  });

  it('uses the category policy', () => {
    const policy = resolveSlaPolicy({ priorities: { P1: { firstResponseSeconds: 300 } } });
    expect(iso(caseDueTimes(T, 'P1', policy).firstResponseDueAt)).toBe('2026-01-05T09:05:00.000Z');
  });
});

describe('thread escalation due times', () => {
  it('gives unanswered at +4 h and unresolved at +24 h for a fresh thread', () => {
    const due = threadEscalationDueTimes({ askedAt: T });
    expect(due.map((d) => [d.kind, iso(d.dueAt), d.priority])).toEqual([
      ['UNANSWERED', '2026-01-05T13:00:00.000Z', 'P4'],
      ['UNRESOLVED', '2026-01-06T09:00:00.000Z', 'P3'],
    ]);
  });

  it('adds a complaint rule 30 min after the detector fired, settled only by an official answer', () => {
    const facts = { askedAt: T, complaintDetectedAt: at('05T09:10:00'), firstAnswerAt: at('05T09:20:00') };
    expect(threadEscalationDueTimes(facts).map((d) => [d.kind, iso(d.dueAt)])).toEqual([
      ['COMPLAINT', '2026-01-05T09:40:00.000Z'],
      ['UNRESOLVED', '2026-01-06T09:00:00.000Z'],
    ]);
    const settled = threadEscalationDueTimes({ ...facts, firstOfficialAnswerAt: at('05T09:40:00') });
    expect(settled.map((d) => d.kind)).toEqual(['UNRESOLVED']);
  });

  it('drops a rule settled in time, keeps one settled late', () => {
    expect(threadEscalationDueTimes({ askedAt: T, firstAnswerAt: at('05T13:00:00') }).map((d) => d.kind)).toEqual(['UNRESOLVED']);
    expect(threadEscalationDueTimes({ askedAt: T, firstAnswerAt: at('05T13:00:01') }).map((d) => d.kind)).toEqual(['UNANSWERED', 'UNRESOLVED']);
    expect(threadEscalationDueTimes({ askedAt: T, firstAnswerAt: at('05T10:00:00'), acceptedAnswerAt: at('05T11:00:00') })).toEqual([]);
  });

  it('reports fired rules most urgent first, and when to look next', () => {
    const facts = { askedAt: T, complaintDetectedAt: T };
    expect(firedEscalations(facts, at('05T09:29:59'))).toEqual([]);
    expect(firedEscalations(facts, at('05T09:30:00')).map((d) => d.kind)).toEqual(['COMPLAINT']);
    expect(firedEscalations(facts, at('06T10:00:00')).map((d) => d.kind)).toEqual(['COMPLAINT', 'UNRESOLVED', 'UNANSWERED']);
    expect(iso(nextEscalationAt(facts, at('05T09:30:00')))).toBe('2026-01-05T13:00:00.000Z');
    expect(nextEscalationAt(facts, at('06T09:00:00'))).toBeNull();
  });

  it('uses the category windows', () => {
    const policy = resolveSlaPolicy({ communityWindowSeconds: 3600 });
    expect(iso(threadEscalationDueTimes({ askedAt: T }, policy)[0].dueAt)).toBe('2026-01-05T10:00:00.000Z');
  });
});

describe('pauses', () => {
  const sla = openCaseSla(T, 'P2'); // resolution due 2026-01-06T09:00 without pauses

  it('counts active seconds outside merged, overlapping pauses', () => {
    const pauses = [
      { from: at('05T10:00:00'), to: at('05T11:00:00') },
      { from: at('05T10:30:00'), to: at('05T12:00:00') },
      { from: at('05T08:00:00'), to: at('05T09:30:00') }, // before the start: only 30 min count
    ];
    expect(activeSecondsBetween(T, at('05T13:00:00'), pauses)).toBe(4 * 3600 - 30 * 60 - 2 * 3600);
  });

  it('moves the resolution due time by a closed pause', () => {
    const pauses = [{ from: at('05T10:00:00'), to: at('05T16:30:00') }];
    const status = caseSlaStatus(sla, { firstRespondedAt: at('05T09:45:00'), pauses }, at('05T17:00:00'));
    expect(iso(status.resolution.dueAt)).toBe('2026-01-06T15:30:00.000Z');
    expect(status.paused).toBe(false);
    expect(status.resolution.remainingSeconds).toBe(86_400 - 8 * 3600 + 6.5 * 3600);
  });

  it('while a pause is open, the due time moves with now and the clock is paused', () => {
    const pauses = [{ from: at('05T10:00:00'), to: null }];
    const s1 = caseSlaStatus(sla, { firstRespondedAt: at('05T10:00:00'), pauses }, at('05T12:00:00'));
    expect(s1.paused).toBe(true);
    expect(iso(s1.resolution.dueAt)).toBe('2026-01-06T11:00:00.000Z');
    expect(s1.resolution.remainingSeconds).toBe(23 * 3600);
    // Three days waiting on the member: still not breached, still 23 h left.
    const s2 = caseSlaStatus(sla, { firstRespondedAt: at('05T10:00:00'), pauses }, at('08T12:00:00'));
    expect(s2.resolution.breached).toBe(false);
    expect(iso(s2.resolution.dueAt)).toBe('2026-01-09T11:00:00.000Z');
    expect(s2.resolution.remainingSeconds).toBe(23 * 3600);
  });

  it('resumes when the member replies: the pause closes and the clock runs again', () => {
    const pauses = [{ from: at('05T10:00:00'), to: at('06T10:00:00') }];
    const status = caseSlaStatus(sla, { firstRespondedAt: at('05T10:00:00'), pauses }, at('07T09:00:01'));
    expect(status.paused).toBe(false);
    expect(iso(status.resolution.dueAt)).toBe('2026-01-07T09:00:00.000Z');
    expect(status.resolution.breached).toBe(true);
    expect(iso(status.resolution.breachedAt)).toBe('2026-01-07T09:00:00.000Z');
  });

  it('a pause that begins after the budget ran out does not rescue the case', () => {
    const due = clockDueAt(T, 3600, [{ from: at('05T11:00:00'), to: null }], at('05T12:00:00'));
    expect(iso(due.dueAt)).toBe('2026-01-05T10:00:00.000Z');
    expect(due.paused).toBe(false);
  });

  it('a pause that begins exactly now is paused with the full remaining budget', () => {
    const due = clockDueAt(T, 3600, [{ from: at('05T09:30:00') }], at('05T09:30:00'));
    expect(due).toEqual({ dueAt: at('05T10:00:00'), paused: true });
  });
});

describe('breach flags', () => {
  const sla = openCaseSla(T, 'P1'); // first response 09:15, resolution 13:00

  it('is not breached at the due time, and is one second later', () => {
    expect(caseSlaStatus(sla, {}, at('05T09:15:00')).firstResponse).toMatchObject({ breached: false, remainingSeconds: 0 });
    expect(caseSlaStatus(sla, {}, at('05T09:15:01')).firstResponse).toMatchObject({
      breached: true,
      breachedAt: at('05T09:15:00'),
      remainingSeconds: -1,
    });
  });

  it('judges a met target by the time it happened, not by now', () => {
    const inTime = caseSlaStatus(sla, { firstRespondedAt: at('05T09:15:00'), resolvedAt: at('05T12:59:00') }, at('09T00:00:00'));
    expect(inTime.firstResponse).toMatchObject({ breached: false, metAt: at('05T09:15:00'), remainingSeconds: null });
    expect(inTime.resolution.breached).toBe(false);
    const late = caseSlaStatus(sla, { firstRespondedAt: at('05T09:20:00'), resolvedAt: at('05T13:00:01') }, at('05T13:00:02'));
    expect(late.firstResponse.breached).toBe(true);
    expect(late.resolution).toMatchObject({ breached: true, breachedAt: at('05T13:00:00') });
  });

  it('does not pause the first-response clock', () => {
    const status = caseSlaStatus(sla, { pauses: [{ from: at('05T09:05:00'), to: null }] }, at('05T09:30:00'));
    expect(status.firstResponse.breached).toBe(true);
    expect(status.resolution.breached).toBe(false);
  });

  it('measures a resolved case with the pauses it had', () => {
    const pauses = [{ from: at('05T10:00:00'), to: at('05T12:00:00') }];
    const status = caseSlaStatus(sla, { firstRespondedAt: at('05T09:10:00'), resolvedAt: at('05T14:30:00'), pauses }, at('06T00:00:00'));
    expect(iso(status.resolution.dueAt)).toBe('2026-01-05T15:00:00.000Z');
    expect(status.resolution.breached).toBe(false);
  });
});

describe('raiseCaseSla', () => {
  it('keeps the creation time and gives the new target from the raise, never later than before', () => {
    const p4 = openCaseSla(T, 'P4'); // first response 13:00, resolution 2026-01-08T09:00
    const raised = raiseCaseSla(p4, 'P1', at('05T11:00:00'));
    expect(raised.createdAt).toBe(T);
    expect(raised.priority).toBe('P1');
    const status = caseSlaStatus(raised, {}, at('05T11:00:00'));
    expect(iso(status.firstResponse.dueAt)).toBe('2026-01-05T11:15:00.000Z');
    expect(iso(status.resolution.dueAt)).toBe('2026-01-05T15:00:00.000Z');
  });

  it('keeps an earlier due time when the new target would be later', () => {
    const p3 = openCaseSla(T, 'P3'); // first response 10:00
    const raised = raiseCaseSla(p3, 'P2', at('05T09:50:00'));
    const status = caseSlaStatus(raised, {}, at('05T09:50:00'));
    expect(iso(status.firstResponse.dueAt)).toBe('2026-01-05T10:00:00.000Z');
    expect(iso(status.resolution.dueAt)).toBe('2026-01-06T09:50:00.000Z');
  });

  it('counts the resolution budget in active time when the case was paused before the raise', () => {
    const p3 = openCaseSla(T, 'P3');
    const pauses = [{ from: at('05T10:00:00'), to: at('05T12:00:00') }];
    const raised = raiseCaseSla(p3, 'P1', at('05T13:00:00'), pauses);
    const status = caseSlaStatus(raised, { pauses }, at('05T13:00:00'));
    expect(iso(status.resolution.dueAt)).toBe('2026-01-05T17:00:00.000Z');
  });

  it('ignores an equal or less urgent trigger', () => {
    const p2 = openCaseSla(T, 'P2');
    expect(raiseCaseSla(p2, 'P2', at('05T10:00:00'))).toBe(p2);
    expect(raiseCaseSla(p2, 'P4', at('05T10:00:00'))).toBe(p2);
  });
});
