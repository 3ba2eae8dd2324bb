import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { decodeCursor, Page, toPage } from '../common/pagination/connection.js';
import { Tx } from '../database/tx.js';
import { AuditEntryType, AuditFilter } from './moderation.types.js';

/** Actions members see on a thread (closed, moved, …); the rest is for staff only. */
const PUBLIC_ACTIONS = new Set(['close', 'reopen', 'lock', 'unlock', 'mark_duplicate', 'move', 'merge', 'community_close', 'community_reopen']);

export interface AuditRecord {
  actorId: string | null;
  action: string;
  targetKind: 'thread' | 'answer' | 'comment' | 'user' | 'review_item' | 'cluster';
  targetId: string;
  threadId?: string | null;
  categoryId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

const COLUMNS = `id::text, actor_id AS "actorId", action, target_kind AS "targetKind", target_id AS "targetId", thread_id AS "threadId",
  reason, before::text AS before, after::text AS after, created_at AS "createdAt"`;

/** The moderation audit log: every moderation action, who, what, why, before and after. */
@Injectable()
export class AuditService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async write(em: EntityManager, r: AuditRecord): Promise<void> {
    await em.query(
      `INSERT INTO moderation_audit (actor_id, action, target_kind, target_id, thread_id, category_id, reason, before, after, public, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [r.actorId, r.action, r.targetKind, r.targetId, r.threadId ?? null, r.categoryId ?? null, r.reason ?? null,
        r.before === undefined ? null : JSON.stringify(r.before), r.after === undefined ? null : JSON.stringify(r.after), PUBLIC_ACTIONS.has(r.action), this.clock.now()],
    );
  }

  async list(filter: AuditFilter, first: number, after?: string): Promise<Page<AuditEntryType>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (filter.actorId) where.push(`actor_id = ${p(filter.actorId)}`);
    if (filter.action) where.push(`action = ${p(filter.action)}`);
    if (filter.threadId) where.push(`thread_id = ${p(filter.threadId)}`);
    if (filter.targetId) where.push(`target_id = ${p(filter.targetId)}`);
    if (filter.from) where.push(`created_at >= ${p(filter.from)}`);
    if (filter.to) where.push(`created_at < ${p(filter.to)}`);
    const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      where.push(`(created_at, id) < (${p(createdAt)}::timestamptz, ${p(id)}::bigint)`);
    }
    const rows = await this.tx.em.query(
      `SELECT ${COLUMNS} FROM moderation_audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT ${p(first + 1)}`,
      params,
    );
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM moderation_audit ${countWhere}`, countParams);
    return toPage(rows, first, n, (r: AuditEntryType) => [r.createdAt, r.id]);
  }

  /** What members see on a thread: public actions, oldest first. */
  publicForThread(threadId: string): Promise<AuditEntryType[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM moderation_audit WHERE thread_id = $1 AND public ORDER BY created_at, id`, [threadId]);
  }
}
