import { EntityManager } from 'typeorm';
import { decodeCursor } from '../../common/pagination/connection.js';
import { clockPausesFromHistory, type CaseStatus, type CaseStatusChange } from '../case-state.js';
import { caseSlaStatus, clockDueAt, type CaseSla, type CaseSlaStatus } from '../sla.js';
import { CaseRow, QueueFilter, QueueView, ReasonRow } from './case.types.js';

export const CASE_COLUMNS = `c.id, c.thread_id AS "threadId", c.member_id AS "memberId", c.category_id AS "categoryId", c.team_id AS "teamId",
  c.priority, c.status, c.assignee_id AS "assigneeId", c.is_private AS "isPrivate", c.first_response_seconds AS "firstResponseSeconds",
  c.resolution_seconds AS "resolutionSeconds", c.first_response_due_at AS "firstResponseDueAt", c.resolution_due_at AS "resolutionDueAt",
  c.paused_since AS "pausedSince", c.first_responded_at AS "firstRespondedAt", c.resolved_at AS "resolvedAt", c.resolved_by AS "resolvedBy",
  c.resolution_note AS "resolutionNote", c.transfer_count AS "transferCount", c.rating, c.rating_comment AS "ratingComment",
  c.rated_at AS "ratedAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.due_at AS "dueAt"`;

const REASON_COLUMNS = `r.id, r.case_id AS "caseId", r.kind, r.priority, r.detail, r.actor_id AS "actorId", r.created_at AS "createdAt"`;

// Open and past a due time, as of $now: first response not given in time, or resolution overdue
// (a paused clock only counts when it was already overdue when the pause began).
export const BREACHED_SQL = (now: string) => `(c.status <> 'RESOLVED' AND (
  (c.first_responded_at IS NULL AND c.first_response_due_at < ${now}) OR c.first_responded_at > c.first_response_due_at
  OR c.resolution_due_at < LEAST(${now}, coalesce(c.paused_since, ${now}))))`;

export interface StatusChangeRow extends CaseStatusChange {
  caseId: string;
}

/** SQL of webcare cases; used only by the webcare module. */
export class CasesRepository {
  static async findOne(em: EntityManager, id: string, lock = false): Promise<CaseRow | null> {
    const [row] = await em.query(`SELECT ${CASE_COLUMNS} FROM webcare_cases c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ?? null;
  }

  static async openForThread(em: EntityManager, threadId: string, lock = false): Promise<CaseRow | null> {
    const [row] = await em.query(`SELECT ${CASE_COLUMNS} FROM webcare_cases c WHERE c.thread_id = $1 AND c.status <> 'RESOLVED' ${lock ? 'FOR UPDATE' : ''}`, [threadId]);
    return row ?? null;
  }

  /** The thread's open case, else its most recent one. */
  static async latestForThread(em: EntityManager, threadId: string, lock = false): Promise<CaseRow | null> {
    const [row] = await em.query(
      `SELECT ${CASE_COLUMNS} FROM webcare_cases c WHERE c.thread_id = $1 ORDER BY (c.status <> 'RESOLVED') DESC, c.created_at DESC LIMIT 1 ${lock ? 'FOR UPDATE' : ''}`,
      [threadId],
    );
    return row ?? null;
  }

  static latestForThreads(em: EntityManager, threadIds: readonly string[]): Promise<CaseRow[]> {
    return em.query(
      `SELECT DISTINCT ON (c.thread_id) ${CASE_COLUMNS} FROM webcare_cases c WHERE c.thread_id = ANY($1::uuid[])
        ORDER BY c.thread_id, (c.status <> 'RESOLVED') DESC, c.created_at DESC`,
      [threadIds],
    );
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<CaseRow[]> {
    return em.query(`SELECT ${CASE_COLUMNS} FROM webcare_cases c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  static reasonsOf(em: EntityManager, caseIds: readonly string[]): Promise<ReasonRow[]> {
    return em.query(`SELECT ${REASON_COLUMNS} FROM webcare_case_reasons r WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.created_at, r.id`, [caseIds]);
  }

  static historyOf(em: EntityManager, caseIds: readonly string[]): Promise<StatusChangeRow[]> {
    return em.query(
      `SELECT case_id AS "caseId", status, at FROM webcare_case_status_changes WHERE case_id = ANY($1::uuid[]) ORDER BY at, id`,
      [caseIds],
    );
  }

  static async recordStatus(em: EntityManager, caseId: string, status: CaseStatus, actorId: string | null, at: Date): Promise<void> {
    await em.query(`INSERT INTO webcare_case_status_changes (case_id, status, actor_id, at) VALUES ($1, $2, $3, $4)`, [caseId, status, actorId, at]);
  }

  /**
   * Recomputes the stored resolution due time and pause start from the status history, after a
   * status change or a priority raise. The stored values serve sorting and the breach sweep;
   * the API computes the SLA from the history itself.
   */
  static async refreshClock(em: EntityManager, caseId: string, now: Date): Promise<void> {
    const row = (await CasesRepository.findOne(em, caseId))!;
    const history = await CasesRepository.historyOf(em, [caseId]);
    const pauses = clockPausesFromHistory(history);
    const open = pauses.find((p) => !p.to);
    await em.query(`UPDATE webcare_cases SET resolution_due_at = $2, paused_since = $3, updated_at = $4 WHERE id = $1`, [
      caseId,
      clockDueAt(row.createdAt, row.resolutionSeconds, pauses, now).dueAt,
      open?.from ?? null,
      now,
    ]);
  }

  static async page(
    em: EntityManager,
    opts: { view: QueueView; teamIds: string[] | null; includeUnrouted: boolean; agentId: string; filter: QueueFilter; first: number; after?: string; now: Date },
  ): Promise<{ rows: CaseRow[]; totalCount: number }> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    switch (opts.view) {
      case QueueView.UNASSIGNED:
        where.push(`c.status = 'NEW'`, `c.assignee_id IS NULL`);
        break;
      case QueueView.MINE:
        where.push(`c.assignee_id = ${p(opts.agentId)}`, `c.status <> 'RESOLVED'`);
        break;
      case QueueView.BREACHED:
        where.push(BREACHED_SQL(`${p(opts.now)}::timestamptz`));
        break;
      case QueueView.PENDING_MEMBER:
        where.push(`c.status = 'PENDING_MEMBER'`);
        break;
      case QueueView.ALL_OPEN:
        where.push(`c.status <> 'RESOLVED'`);
        break;
      case QueueView.RESOLVED:
        where.push(`c.status = 'RESOLVED'`);
        break;
    }
    if (opts.teamIds) {
      where.push(opts.includeUnrouted ? `(c.team_id = ANY(${p(opts.teamIds)}::uuid[]) OR c.team_id IS NULL)` : `c.team_id = ANY(${p(opts.teamIds)}::uuid[])`);
    }
    if (opts.filter.priority) where.push(`c.priority = ${p(opts.filter.priority)}`);
    if (opts.filter.categoryId) where.push(`c.category_id = ${p(opts.filter.categoryId)}`);
    if (opts.filter.status) where.push(`c.status = ${p(opts.filter.status)}`);
    const filterParams = params.length;
    // Resolved cases: newest first; every other view: the earliest due first.
    const resolved = opts.view === QueueView.RESOLVED;
    const key = resolved ? `(c.resolved_at, c.id)` : `(c.due_at, c.id)`;
    const pageWhere = [...where];
    if (opts.after) {
      const [at, id] = decodeCursor(opts.after, 2);
      pageWhere.push(`${key} ${resolved ? '<' : '>'} (${p(at)}::timestamptz, ${p(id)}::uuid)`);
    }
    const order = resolved ? 'c.resolved_at DESC, c.id DESC' : 'c.due_at, c.id';
    const rows = await em.query(
      `SELECT ${CASE_COLUMNS} FROM webcare_cases c WHERE ${pageWhere.join(' AND ')} ORDER BY ${order} LIMIT ${p(opts.first + 1)}`,
      params,
    );
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM webcare_cases c WHERE ${where.join(' AND ')}`, params.slice(0, filterParams));
    return { rows, totalCount: n };
  }
}

export function caseSlaOf(c: CaseRow): CaseSla {
  return { createdAt: c.createdAt, priority: c.priority, firstResponseSeconds: c.firstResponseSeconds, resolutionSeconds: c.resolutionSeconds };
}

/** The SLA status of a case at `now`, from its row and status history. */
export function slaStatusOf(c: CaseRow, history: readonly CaseStatusChange[], now: Date): CaseSlaStatus {
  return caseSlaStatus(caseSlaOf(c), { firstRespondedAt: c.firstRespondedAt, resolvedAt: c.resolvedAt, pauses: clockPausesFromHistory(history) }, now);
}
