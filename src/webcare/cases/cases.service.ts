import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors/domain-errors.js';
import { Page, toPage } from '../../common/pagination/connection.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { WebcareAdminService } from '../admin/webcare-admin.service.js';
import { CaseTransitionError, transitionCase, type CaseEvent, type CaseSnapshot } from '../case-state.js';
import { AssignCaseInput, AssignmentKind, CaseRow, QueueArgs, QueueView } from './case.types.js';
import { CasesRepository } from './cases.repository.js';

/**
 * The life of a case after it is opened: claiming, assignment and transfer, waiting on the
 * member, resolution and rating. Status changes go through the case state machine
 * (case-state.ts) on a locked row, so a stale screen gets CONFLICT rather than a lost update.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly admin: WebcareAdminService,
  ) {}

  async get(id: string): Promise<CaseRow> {
    const row = await CasesRepository.findOne(this.tx.em, id);
    if (!row) throw new NotFoundError('case', id);
    return row;
  }

  async queue(actor: Actor, args: QueueArgs): Promise<Page<CaseRow>> {
    let teamIds: string[] | null = null;
    let includeUnrouted = false;
    if (args.teamId) teamIds = [args.teamId];
    else if (args.view !== QueueView.MINE) {
      teamIds = await this.admin.teamIdsOf(this.tx.em, actor.id);
      includeUnrouted = true;
    }
    const { rows, totalCount } = await CasesRepository.page(this.tx.em, {
      view: args.view,
      teamIds,
      includeUnrouted,
      agentId: actor.id,
      filter: args.filter ?? {},
      first: args.first,
      after: args.after,
      now: this.clock.now(),
    });
    const cursorOf = args.view === QueueView.RESOLVED ? (c: CaseRow) => [c.resolvedAt, c.id] : (c: CaseRow) => [c.dueAt, c.id];
    return toPage(rows, args.first, totalCount, cursorOf);
  }

  /**
   * Hands the agent the most urgent unassigned case of their teams (or with no team): the earliest
   * due first, then the higher priority. SKIP LOCKED makes agents who claim at the same instant
   * take different cases. Returns null when nothing is waiting.
   */
  async claimNext(actor: Actor): Promise<CaseRow | null> {
    return this.tx.run(async (em) => {
      const teamIds = await this.admin.teamIdsOf(em, actor.id);
      const [next] = await em.query(
        `SELECT id FROM webcare_cases WHERE status = 'NEW' AND assignee_id IS NULL AND (team_id = ANY($1::uuid[]) OR team_id IS NULL)
          ORDER BY due_at, priority, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [teamIds],
      );
      if (!next) return null;
      return this.claimLocked(em, actor, (await CasesRepository.findOne(em, next.id))!);
    });
  }

  /** Claims one case from the queue; CONFLICT when someone else was first. */
  async claim(actor: Actor, caseId: string): Promise<CaseRow> {
    return this.tx.run(async (em) => this.claimLocked(em, actor, await this.lock(em, caseId)));
  }

  /** Called in the caller's transaction on a locked case: claims it for `actor` when nobody has it. */
  async claimIfNew(em: EntityManager, actor: Actor, c: CaseRow): Promise<CaseRow> {
    return c.status === 'NEW' && !c.assigneeId ? this.claimLocked(em, actor, c) : c;
  }

  /**
   * Assigns the case to a colleague and/or moves it to another team, recording who, why and from
   * whom. Moving it away from an agent, or to another team, counts as a transfer. A team change
   * without an assignee puts the case back in that team's unassigned queue (NEW).
   */
  async assign(actor: Actor, input: AssignCaseInput): Promise<CaseRow> {
    if (!input.assigneeId && !input.teamId) throw BadInputError.field('assigneeId', 'give an assignee, a team, or both');
    return this.tx.run(async (em) => {
      const c = await this.lock(em, input.caseId);
      if (input.assigneeId) {
        const [staff] = await em.query(`SELECT id FROM users WHERE id = $1 AND role IN ('STAFF', 'ADMIN')`, [input.assigneeId]);
        if (!staff) throw BadInputError.field('assigneeId', 'must be a staff account');
      }
      if (input.teamId) await this.admin.requireTeam(em, input.teamId);
      const now = this.clock.now();
      const toTeam = input.teamId ?? c.teamId;
      const teamChanged = toTeam !== c.teamId;
      let next: CaseSnapshot = { status: c.status, assigneeId: c.assigneeId, resolvedAt: c.resolvedAt };
      if (input.assigneeId && (input.assigneeId !== c.assigneeId || !teamChanged)) {
        next = transitionCase(next, { type: 'ASSIGN', staffId: input.assigneeId }, { now });
      } else if (!input.assigneeId) {
        if (c.status === 'RESOLVED') throw new CaseTransitionError('case_already_resolved', c.status, 'ASSIGN');
        next = { ...next, status: 'NEW', assigneeId: null };
      }
      const transfer = !!c.assigneeId || teamChanged;
      const kind = transfer ? AssignmentKind.TRANSFER : AssignmentKind.ASSIGN;
      await em.query(
        `UPDATE webcare_cases SET status = $2, assignee_id = $3, team_id = $4, transfer_count = transfer_count + $5, updated_at = $6 WHERE id = $1`,
        [c.id, next.status, next.assigneeId, toTeam, transfer ? 1 : 0, now],
      );
      await em.query(
        `INSERT INTO webcare_case_assignments (case_id, kind, from_assignee_id, to_assignee_id, from_team_id, to_team_id, actor_id, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [c.id, kind, c.assigneeId, next.assigneeId, c.teamId, toTeam, actor.id, input.note.trim(), now],
      );
      if (next.status !== c.status) await this.statusChanged(em, c, next.status, actor.id, now);
      await this.outbox.add(em, {
        type: 'webcare.case.assigned',
        payload: { caseId: c.id, threadId: c.threadId, fromAssigneeId: c.assigneeId, toAssigneeId: next.assigneeId, fromTeamId: c.teamId, toTeamId: toTeam, actorId: actor.id, transfer },
      });
      return (await CasesRepository.findOne(em, c.id))!;
    });
  }

  /** Waiting on the member: the resolution clock pauses until they reply. */
  waitForMember(actor: Actor, caseId: string): Promise<CaseRow> {
    return this.staffTransition(actor, caseId, { type: 'WAIT_FOR_MEMBER' });
  }

  reopen(actor: Actor, caseId: string): Promise<CaseRow> {
    return this.staffTransition(actor, caseId, { type: 'REOPEN' });
  }

  /**
   * Resolves the case with a note. The thread counts as solved by staff unless the community
   * already solved it with an accepted answer (or a moderator closed it).
   */
  async resolve(actor: Actor, caseId: string, note: string): Promise<CaseRow> {
    return this.tx.run(async (em) => {
      const c = await this.lock(em, caseId);
      const now = this.clock.now();
      transitionCase(c, { type: 'RESOLVE' }, { now });
      await em.query(`UPDATE webcare_cases SET status = 'RESOLVED', resolved_at = $2, resolved_by = $3, resolution_note = $4, updated_at = $2 WHERE id = $1`, [
        c.id, now, actor.id, note.trim(),
      ]);
      await CasesRepository.recordStatus(em, c.id, 'RESOLVED', actor.id, now);
      await CasesRepository.refreshClock(em, c.id, now);
      const [[solved]] = await em.query( // UPDATE … RETURNING: [rows, count]
        `UPDATE threads SET status = 'SOLVED', solved_at = $2, staff_resolved_at = $2, staff_resolved_case_id = $3, last_activity_at = $2
          WHERE id = $1 AND accepted_answer_id IS NULL AND status IN ('OPEN', 'ANSWERED') RETURNING id`,
        [c.threadId, now, c.id],
      );
      await this.outbox.add(
        em,
        { type: 'webcare.case.status_changed', payload: { caseId: c.id, threadId: c.threadId, from: c.status, to: 'RESOLVED', actorId: actor.id } },
        { type: 'webcare.case.resolved', payload: { caseId: c.id, threadId: c.threadId, memberId: c.memberId, resolverId: actor.id, threadSolvedByStaff: !!solved } },
      );
      return (await CasesRepository.findOne(em, c.id))!;
    });
  }

  /** The asker rates the help on a resolved case, once. Others cannot see the case: NOT_FOUND. */
  async rate(actor: Actor, input: { caseId: string; rating: number; comment?: string }): Promise<CaseRow> {
    return this.tx.run(async (em) => {
      const c = await CasesRepository.findOne(em, input.caseId, true);
      if (!c || c.memberId !== actor.id) throw new NotFoundError('case', input.caseId);
      if (c.status !== 'RESOLVED') throw new ConflictError('case_not_resolved', 'a case can be rated once it is resolved');
      if (c.rating !== null) throw new ConflictError('case_already_rated', 'this case has been rated');
      const now = this.clock.now();
      await em.query(`UPDATE webcare_cases SET rating = $2, rating_comment = $3, rated_at = $4, updated_at = $4 WHERE id = $1`, [
        c.id, input.rating, input.comment?.trim() || null, now,
      ]);
      await this.outbox.add(em, { type: 'webcare.case.rated', payload: { caseId: c.id, threadId: c.threadId, memberId: actor.id, rating: input.rating } });
      return (await CasesRepository.findOne(em, c.id))!;
    });
  }

  /**
   * The member wrote (a private message, or an answer or comment on their thread): a case waiting
   * on them opens again, and so does one resolved within the reopen window.
   */
  async memberReplied(em: EntityManager, c: CaseRow, at: Date): Promise<CaseRow> {
    const next = transitionCase(c, { type: 'MEMBER_REPLIED' }, { now: at });
    if (next.status === c.status) return c;
    await em.query(`UPDATE webcare_cases SET status = $2, resolved_at = $3, updated_at = $4 WHERE id = $1`, [c.id, next.status, next.resolvedAt, at]);
    await this.statusChanged(em, c, next.status, c.memberId, at);
    return (await CasesRepository.findOne(em, c.id))!;
  }

  /** Staff answered the member (in public or in private): the first such moment is the first response. */
  async recordFirstResponse(em: EntityManager, caseId: string, at: Date): Promise<void> {
    await em.query(`UPDATE webcare_cases SET first_responded_at = $2, updated_at = $2 WHERE id = $1 AND first_responded_at IS NULL`, [caseId, at]);
  }

  async lock(em: EntityManager, caseId: string): Promise<CaseRow> {
    const c = await CasesRepository.findOne(em, caseId, true);
    if (!c) throw new NotFoundError('case', caseId);
    return c;
  }

  private async staffTransition(actor: Actor, caseId: string, event: CaseEvent): Promise<CaseRow> {
    return this.tx.run(async (em) => {
      const c = await this.lock(em, caseId);
      const now = this.clock.now();
      const next = transitionCase(c, event, { now });
      await em.query(`UPDATE webcare_cases SET status = $2, resolved_at = $3, updated_at = $4 WHERE id = $1`, [c.id, next.status, next.resolvedAt, now]);
      await this.statusChanged(em, c, next.status, actor.id, now);
      return (await CasesRepository.findOne(em, c.id))!;
    });
  }

  private async claimLocked(em: EntityManager, actor: Actor, c: CaseRow): Promise<CaseRow> {
    const now = this.clock.now();
    const next = transitionCase(c, { type: 'CLAIM', staffId: actor.id }, { now });
    await em.query(`UPDATE webcare_cases SET status = $2, assignee_id = $3, updated_at = $4 WHERE id = $1`, [c.id, next.status, next.assigneeId, now]);
    await em.query(
      `INSERT INTO webcare_case_assignments (case_id, kind, to_assignee_id, from_team_id, to_team_id, actor_id, created_at) VALUES ($1, 'CLAIM', $2, $3, $3, $2, $4)`,
      [c.id, actor.id, c.teamId, now],
    );
    await CasesRepository.recordStatus(em, c.id, next.status, actor.id, now);
    await CasesRepository.refreshClock(em, c.id, now);
    await this.outbox.add(em, { type: 'webcare.case.claimed', payload: { caseId: c.id, threadId: c.threadId, assigneeId: actor.id } });
    return (await CasesRepository.findOne(em, c.id))!;
  }

  // History, clock and thread state after a status change, and the event others listen to.
  private async statusChanged(em: EntityManager, c: CaseRow, to: CaseRow['status'], actorId: string, now: Date): Promise<void> {
    await CasesRepository.recordStatus(em, c.id, to, actorId, now);
    await CasesRepository.refreshClock(em, c.id, now);
    if (c.status === 'RESOLVED' && to !== 'RESOLVED') {
      // Reopened: a thread that only staff had solved is open again.
      await em.query(
        `UPDATE threads SET status = (CASE WHEN answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END)::thread_status, solved_at = NULL,
                staff_resolved_at = NULL, staff_resolved_case_id = NULL
          WHERE id = $1 AND staff_resolved_case_id = $2 AND accepted_answer_id IS NULL AND status = 'SOLVED'`,
        [c.threadId, c.id],
      );
    }
    await this.outbox.add(em, { type: 'webcare.case.status_changed', payload: { caseId: c.id, threadId: c.threadId, from: c.status, to, actorId } });
  }
}
