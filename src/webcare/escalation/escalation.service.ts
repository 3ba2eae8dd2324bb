import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from '../../common/errors/domain-errors.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { PostAccessService } from '../../forum/post-access.service.js';
import { WebcareAdminService } from '../admin/webcare-admin.service.js';
import { clockPausesFromHistory } from '../case-state.js';
import { CaseRow } from '../cases/case.types.js';
import { caseSlaOf, CasesRepository } from '../cases/cases.repository.js';
import { clockDueAt, openCaseSla, priorityForReason, raiseCaseSla, type EscalationReasonKind } from '../sla.js';

/** A rule that fired for a thread. */
export interface EscalationTrigger {
  threadId: string;
  kind: EscalationReasonKind;
  detail: string;
  actorId?: string | null;
  urgent?: boolean;
  /** The member asked to continue in private. */
  private?: boolean;
  /** Makes a repeated trigger (redelivered event, re-run sweep) a no-op. */
  dedupeKey?: string;
}

export interface EscalationResult {
  case: CaseRow;
  opened: boolean;
  raised: boolean;
}

/** Member requests (help or private) per member in any 24 hours. */
export const MEMBER_REQUESTS_PER_DAY = 3;
const DAY_MS = 24 * 3600_000;

interface ThreadRef {
  id: string;
  authorId: string;
  categoryId: string;
  deleted: boolean;
}

/**
 * Opens webcare cases, one open case per thread at most: a trigger on a thread with an open case
 * adds its reason there and may raise the priority. Every entry point (sweep, requests, flags)
 * goes through `escalate`, which relies on the partial unique index on open cases.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly admin: WebcareAdminService,
    private readonly access: PostAccessService,
  ) {}

  /** The asker asks for staff help on their own thread (a few times a day at most). */
  askStaffHelp(actor: Actor, threadId: string, reason: string): Promise<CaseRow> {
    return this.memberRequest(actor, threadId, reason, 'MEMBER_ASKED_HELP');
  }

  /** The asker asks to continue in private because account details are involved. */
  requestPrivateHelp(actor: Actor, threadId: string, reason: string): Promise<CaseRow> {
    return this.memberRequest(actor, threadId, reason, 'MEMBER_ASKED_PRIVATE');
  }

  /** Staff anywhere, or an expert of the thread's category, sends a thread to webcare. */
  async escalateThread(actor: Actor, input: { threadId: string; reason: string; urgent: boolean }): Promise<CaseRow> {
    return this.tx.run(async (em) => {
      const thread = await this.requireThread(em, input.threadId, actor);
      if (!(await this.access.isModerator(em, actor, thread.categoryId))) {
        throw new ForbiddenError('not_moderator', 'only staff and experts of this category can escalate a thread');
      }
      const kind = isStaff(actor) ? 'ESCALATED_BY_STAFF' : 'ESCALATED_BY_EXPERT';
      const result = await this.escalate(em, { threadId: thread.id, kind, detail: input.reason.trim(), actorId: actor.id, urgent: input.urgent });
      return result!.case;
    });
  }

  /**
   * Applies a trigger in the caller's transaction: opens a case, or adds the reason to the open
   * one and raises its priority when the trigger is more urgent. Returns null for a repeat.
   */
  async escalate(em: EntityManager, trigger: EscalationTrigger): Promise<EscalationResult | null> {
    if (trigger.dedupeKey) {
      const [seen] = await em.query(`SELECT 1 FROM webcare_case_reasons WHERE dedupe_key = $1`, [trigger.dedupeKey]);
      if (seen) return null;
    }
    const thread = await this.threadRef(em, trigger.threadId);
    if (!thread) throw new NotFoundError('thread', trigger.threadId);
    const route = await this.admin.routeFor(em, thread.categoryId);
    const priority = priorityForReason(trigger.kind, { urgent: trigger.urgent });
    const now = this.clock.now();
    // A concurrent opener may win the insert and then resolve its case before we read it: try again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const sla = openCaseSla(now, priority, route.policy);
      const [inserted] = await em.query(
        `INSERT INTO webcare_cases (thread_id, member_id, category_id, team_id, priority, is_private, first_response_seconds, resolution_seconds,
                                    first_response_due_at, resolution_due_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (thread_id) WHERE status <> 'RESOLVED' DO NOTHING RETURNING id`,
        [
          thread.id, thread.authorId, thread.categoryId, route.teamId, priority, !!trigger.private, sla.firstResponseSeconds, sla.resolutionSeconds,
          new Date(now.getTime() + sla.firstResponseSeconds * 1000), new Date(now.getTime() + sla.resolutionSeconds * 1000), now,
        ],
      );
      if (inserted) {
        await CasesRepository.recordStatus(em, inserted.id, 'NEW', null, now);
        await this.addReason(em, inserted.id, thread.id, trigger, priority, now);
        await this.outbox.add(em, {
          type: 'webcare.case.opened',
          payload: { caseId: inserted.id, threadId: thread.id, memberId: thread.authorId, teamId: route.teamId, priority, reason: trigger.kind },
        });
        return { case: (await CasesRepository.findOne(em, inserted.id))!, opened: true, raised: false };
      }
      const open = await CasesRepository.openForThread(em, thread.id, true);
      if (!open) continue;
      await this.addReason(em, open.id, thread.id, trigger, priority, now);
      if (trigger.private && !open.isPrivate) await em.query(`UPDATE webcare_cases SET is_private = true, updated_at = $2 WHERE id = $1`, [open.id, now]);
      const raised = await this.raise(em, open, priority, now, route.policy);
      await this.outbox.add(em, {
        type: 'webcare.case.reason_added',
        payload: { caseId: open.id, threadId: thread.id, reason: trigger.kind, priority: raised ? priority : open.priority, raised },
      });
      return { case: (await CasesRepository.findOne(em, open.id))!, opened: false, raised };
    }
    throw new ConflictError('case_busy', 'the case of this thread is changing; try again');
  }

  private async memberRequest(actor: Actor, threadId: string, reason: string, kind: 'MEMBER_ASKED_HELP' | 'MEMBER_ASKED_PRIVATE'): Promise<CaseRow> {
    return this.tx.run(async (em) => {
      const thread = await this.requireThread(em, threadId, actor);
      if (thread.authorId !== actor.id) throw new ForbiddenError('not_asker', 'only the asker can ask for staff help on this thread');
      // Serialise one member's requests so that parallel calls cannot pass the limit together.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('webcare:member-request:' || $1))`, [actor.id]);
      const now = this.clock.now();
      const [row] = await em.query(
        `SELECT count(*)::int AS n, min(created_at) AS oldest FROM webcare_case_reasons
          WHERE actor_id = $1 AND kind IN ('MEMBER_ASKED_HELP', 'MEMBER_ASKED_PRIVATE') AND created_at > $2`,
        [actor.id, new Date(now.getTime() - DAY_MS)],
      );
      if (row.n >= MEMBER_REQUESTS_PER_DAY) {
        const retryAfter = Math.max(1, Math.ceil((new Date(row.oldest).getTime() + DAY_MS - now.getTime()) / 1000));
        throw new RateLimitedError('staff_help_limit', retryAfter, `you can ask staff for help ${MEMBER_REQUESTS_PER_DAY} times a day; retry in ${retryAfter} s`);
      }
      const result = await this.escalate(em, { threadId, kind, detail: reason.trim(), actorId: actor.id, private: kind === 'MEMBER_ASKED_PRIVATE' });
      return result!.case;
    });
  }

  private async raise(em: EntityManager, c: CaseRow, priority: CaseRow['priority'], now: Date, policy: Parameters<typeof raiseCaseSla>[4]): Promise<boolean> {
    const history = await CasesRepository.historyOf(em, [c.id]);
    const pauses = clockPausesFromHistory(history);
    const before = caseSlaOf(c);
    const after = raiseCaseSla(before, priority, now, pauses, policy);
    if (after === before) return false;
    await em.query(
      `UPDATE webcare_cases SET priority = $2, first_response_seconds = $3, resolution_seconds = $4, first_response_due_at = $5,
              resolution_due_at = $6, updated_at = $7 WHERE id = $1`,
      [
        c.id, after.priority, after.firstResponseSeconds, after.resolutionSeconds,
        new Date(c.createdAt.getTime() + after.firstResponseSeconds * 1000),
        clockDueAt(c.createdAt, after.resolutionSeconds, pauses, now).dueAt, now,
      ],
    );
    return true;
  }

  private async addReason(em: EntityManager, caseId: string, threadId: string, t: EscalationTrigger, priority: string, now: Date): Promise<void> {
    await em.query(
      `INSERT INTO webcare_case_reasons (case_id, thread_id, kind, priority, detail, actor_id, dedupe_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [caseId, threadId, t.kind, priority, t.detail.slice(0, 1000), t.actorId ?? null, t.dedupeKey ?? null, now],
    );
  }

  private async threadRef(em: EntityManager, threadId: string): Promise<ThreadRef | null> {
    const [row] = await em.query(
      `SELECT id, author_id AS "authorId", category_id AS "categoryId", deleted_at IS NOT NULL AS deleted FROM threads WHERE id = $1`,
      [threadId],
    );
    return row ?? null;
  }

  private async requireThread(em: EntityManager, threadId: string, viewer: Actor): Promise<ThreadRef> {
    const thread = await this.threadRef(em, threadId);
    if (!thread || (thread.deleted && !isStaff(viewer))) throw new NotFoundError('thread', threadId);
    return thread;
  }
}
