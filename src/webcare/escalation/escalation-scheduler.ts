import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { PeriodicJobs } from '../../database/periodic-jobs.js';
import { Tx } from '../../database/tx.js';
import { WebcareAdminService } from '../admin/webcare-admin.service.js';
import type { ComplaintAssessment } from '../complaint-detector.js';
import { threadEscalationDueTimes, type EscalationDue, type SlaPolicy, type ThreadEscalationFacts } from '../sla.js';
import { EscalationService } from './escalation.service.js';

export const SWEEP_JOB = 'webcare.sweep';
// Well inside the 5 s the design allows between a due time and the case.
const SWEEP_EVERY_MS = 1000;
// A thread whose processing fails is looked at again after this long, so it cannot stall the sweep.
const RETRY_AFTER_MS = 60_000;
const MAX_THREADS_PER_SWEEP = 1000;
const BREACH_BATCH = 200;

interface TimerRow {
  thread_id: string;
  swept_until: Date;
  complaint_detected_at: Date | null;
  complaint_score: number | null;
  complaint_phrases: string[];
}

interface ThreadFacts extends ThreadEscalationFacts {
  categoryId: string;
  status: string;
  deleted: boolean;
}

export function formatDuration(seconds: number): string {
  if (seconds % 86400 === 0) return `${seconds / 86400} d`;
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/**
 * The timed escalation rules. Each thread has a row in webcare_thread_timers with the earliest
 * due time not yet processed (next_due_at, indexed); the sweep claims due rows one at a time with
 * FOR UPDATE SKIP LOCKED, fires the rules due since the row's swept_until, and moves both forward
 * in the same transaction as the case it opens. Any number of instances may sweep at once; a row
 * is only ever advanced by the transaction that opened its case, so a crash loses nothing.
 */
@Injectable()
export class EscalationScheduler implements OnModuleInit {
  private readonly logger = new Logger('WebcareScheduler');

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly jobs: PeriodicJobs,
    private readonly outbox: OutboxService,
    private readonly admin: WebcareAdminService,
    private readonly escalation: EscalationService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_JOB, SWEEP_EVERY_MS, async () => {
      await this.sweep();
      await this.sweepBreaches();
    });
  }

  /** Creates the thread's timer row if missing and recomputes its next due time. */
  async touch(em: EntityManager, threadId: string): Promise<void> {
    await em.query(
      `INSERT INTO webcare_thread_timers (thread_id, swept_until, updated_at) SELECT id, created_at, $2 FROM threads WHERE id = $1 ON CONFLICT DO NOTHING`,
      [threadId, this.clock.now()],
    );
    const [timer]: TimerRow[] = await em.query(`SELECT * FROM webcare_thread_timers WHERE thread_id = $1 FOR UPDATE`, [threadId]);
    if (!timer) return;
    const facts = await this.facts(em, threadId, timer);
    let next: Date | null = null;
    if (facts && !this.stopped(facts)) {
      const { policy } = await this.admin.routeFor(em, facts.categoryId);
      next = threadEscalationDueTimes(facts, policy).find((d) => d.dueAt > timer.swept_until)?.dueAt ?? null;
    }
    await em.query(`UPDATE webcare_thread_timers SET next_due_at = $2, updated_at = $3 WHERE thread_id = $1`, [threadId, next, this.clock.now()]);
  }

  /** Remembers the first time the thread read as a complaint, which starts its complaint window. */
  async recordComplaint(em: EntityManager, threadId: string, at: Date, assessment: ComplaintAssessment): Promise<void> {
    await this.touch(em, threadId);
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [[row]] = await em.query(
      `UPDATE webcare_thread_timers SET complaint_detected_at = $2, complaint_score = $3, complaint_phrases = $4, updated_at = $5
        WHERE thread_id = $1 AND complaint_detected_at IS NULL RETURNING thread_id`,
      [threadId, at, assessment.score, assessment.matchedPhrases.slice(0, 20), this.clock.now()],
    );
    if (row) await this.touch(em, threadId);
  }

  /** Stops the timers of a thread that can no longer escalate by itself (deleted). */
  async stop(em: EntityManager, threadId: string): Promise<void> {
    await em.query(`UPDATE webcare_thread_timers SET next_due_at = NULL, updated_at = $2 WHERE thread_id = $1`, [threadId, this.clock.now()]);
  }

  /** Fires every timed rule that is due now; safe to run on several instances at once. Returns cases opened or joined. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let fired = 0;
    for (let i = 0; i < MAX_THREADS_PER_SWEEP; i++) {
      let claimed: string | null = null;
      try {
        const n = await this.tx.run(async (em) => {
          const [timer]: TimerRow[] = await em.query(
            `SELECT * FROM webcare_thread_timers WHERE next_due_at <= $1 ORDER BY next_due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [now],
          );
          if (!timer) return null;
          claimed = timer.thread_id;
          return this.process(em, timer, now);
        });
        if (n === null) break;
        fired += n;
      } catch (err) {
        if (!claimed) throw err;
        this.logger.error(`thread ${claimed}: ${(err as Error).message}`);
        await this.tx.em.query(`UPDATE webcare_thread_timers SET next_due_at = $2 WHERE thread_id = $1`, [claimed, new Date(now.getTime() + RETRY_AFTER_MS)]);
      }
    }
    return fired;
  }

  /** Marks clocks that ran out since the last run and emits webcare.case.breached once per clock. */
  async sweepBreaches(): Promise<number> {
    const now = this.clock.now();
    return this.tx.run(async (em) => {
      const [first]: [Array<{ id: string; thread_id: string; due: Date }>] = await em.query(
        `WITH due AS (SELECT id FROM webcare_cases WHERE first_responded_at IS NULL AND first_response_breached_at IS NULL AND status <> 'RESOLVED'
                        AND first_response_due_at < $1 ORDER BY first_response_due_at LIMIT ${BREACH_BATCH} FOR UPDATE SKIP LOCKED)
         UPDATE webcare_cases c SET first_response_breached_at = c.first_response_due_at FROM due WHERE c.id = due.id
         RETURNING c.id, c.thread_id, c.first_response_due_at AS due`,
        [now],
      );
      const [resolution]: [Array<{ id: string; thread_id: string; due: Date }>] = await em.query(
        `WITH due AS (SELECT id FROM webcare_cases WHERE resolution_breached_at IS NULL AND status <> 'RESOLVED'
                        AND resolution_due_at < $1 AND resolution_due_at < coalesce(paused_since, $1)
                      ORDER BY resolution_due_at LIMIT ${BREACH_BATCH} FOR UPDATE SKIP LOCKED)
         UPDATE webcare_cases c SET resolution_breached_at = c.resolution_due_at FROM due WHERE c.id = due.id
         RETURNING c.id, c.thread_id, c.resolution_due_at AS due`,
        [now],
      );
      const events = [
        // staff-only news: nothing a reader's page shows changes, so no change notice (announce: false)
        ...first.map((r) => ({ type: 'webcare.case.breached', payload: { caseId: r.id, threadId: r.thread_id, clock: 'FIRST_RESPONSE', dueAt: r.due }, announce: false })),
        ...resolution.map((r) => ({ type: 'webcare.case.breached', payload: { caseId: r.id, threadId: r.thread_id, clock: 'RESOLUTION', dueAt: r.due }, announce: false })),
      ];
      if (events.length) await this.outbox.add(em, ...events);
      return events.length;
    });
  }

  private async process(em: EntityManager, timer: TimerRow, now: Date): Promise<number> {
    const facts = await this.facts(em, timer.thread_id, timer);
    let fired = 0;
    let next: Date | null = null;
    if (facts && !this.stopped(facts)) {
      const { policy } = await this.admin.routeFor(em, facts.categoryId);
      const due = threadEscalationDueTimes(facts, policy);
      // Most urgent first, so a new case opens with the highest priority that is due.
      const firing = due
        .filter((d) => d.dueAt > timer.swept_until && d.dueAt <= now)
        .sort((a, b) => a.priority.localeCompare(b.priority) || a.dueAt.getTime() - b.dueAt.getTime());
      for (const d of firing) {
        const result = await this.escalation.escalate(em, {
          threadId: timer.thread_id,
          kind: d.kind,
          detail: this.detail(d, policy, timer),
          dedupeKey: `timer:${timer.thread_id}:${d.kind}:${d.dueAt.toISOString()}`,
        });
        if (result) fired++;
      }
      next = due.find((d) => d.dueAt > now)?.dueAt ?? null;
    }
    await em.query(`UPDATE webcare_thread_timers SET swept_until = $2, next_due_at = $3, updated_at = $2 WHERE thread_id = $1`, [timer.thread_id, now, next]);
    return fired;
  }

  private detail(d: EscalationDue, policy: SlaPolicy, timer: TimerRow): string {
    switch (d.kind) {
      case 'UNANSWERED':
        return `no answer within the community window (${formatDuration(policy.communityWindowSeconds)})`;
      case 'UNRESOLVED':
        return `no accepted answer within the resolution window (${formatDuration(policy.resolutionWindowSeconds)})`;
      case 'COMPLAINT': {
        const phrases = timer.complaint_phrases.map((p) => `"${p}"`).join(', ');
        const score = timer.complaint_score !== null ? ` (score ${Number(timer.complaint_score).toFixed(2)})` : '';
        return `reads as a complaint${score}: ${phrases || 'strong negative tone'}; no staff or expert answer within ${formatDuration(policy.complaintWindowSeconds)}`;
      }
    }
  }

  // Closed and duplicate threads wait for nobody; deleted ones are gone.
  private stopped(facts: ThreadFacts): boolean {
    return facts.deleted || facts.status === 'CLOSED' || facts.status === 'DUPLICATE';
  }

  private async facts(em: EntityManager, threadId: string, timer: TimerRow): Promise<ThreadFacts | null> {
    // An answer is the community's: the asker's own answers and deleted ones do not count.
    const [row] = await em.query(
      `SELECT t.category_id AS "categoryId", t.status, t.deleted_at IS NOT NULL AS deleted, t.created_at AS "askedAt", t.solved_at AS "acceptedAnswerAt",
              (SELECT min(a.created_at) FROM answers a WHERE a.thread_id = t.id AND a.author_id <> t.author_id AND a.deleted_at IS NULL) AS "firstAnswerAt",
              (SELECT min(a.created_at) FROM answers a WHERE a.thread_id = t.id AND (a.is_staff OR a.is_expert) AND a.deleted_at IS NULL) AS "firstOfficialAnswerAt"
         FROM threads t WHERE t.id = $1`,
      [threadId],
    );
    if (!row) return null;
    return { ...row, complaintDetectedAt: timer.complaint_detected_at };
  }
}
