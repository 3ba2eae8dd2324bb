import { EntityManager } from 'typeorm';
import { decodeCursor } from '../../common/pagination/connection.js';
import { ThreadSort } from '../forum.types.js';
import { ThreadFilter, ThreadRow } from './thread.type.js';

export const THREAD_COLUMNS = `t.id, t.slug, t.category_id AS "categoryId", t.author_id AS "authorId", t.title, t.body, t.body_html AS "bodyHtml",
  t.status, t.accepted_answer_id AS "acceptedAnswerId", t.score, t.answer_count AS "answerCount", t.comment_count AS "commentCount",
  t.view_count::int AS "viewCount", t.has_expert_answer AS "hasExpertAnswer", t.last_activity_at AS "lastActivityAt",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.deleted_at AS "deletedAt", t.locked_at AS "lockedAt", t.closed_at AS "closedAt",
  t.close_reason AS "closeReason", t.duplicate_of_id AS "duplicateOfId", t.pinned_at AS "pinnedAt", t.hidden_at AS "hiddenAt"`;

// Each sort is a keyset: the ORDER BY columns, and how a row's cursor values are read back.
const SORTS: Record<ThreadSort, { order: string; key: string[]; cursor: (r: ThreadRow) => unknown[] }> = {
  [ThreadSort.ACTIVITY]: { order: 't.last_activity_at DESC, t.id DESC', key: ['t.last_activity_at', 't.id'], cursor: (r) => [r.lastActivityAt, r.id] },
  [ThreadSort.NEWEST]: { order: 't.created_at DESC, t.id DESC', key: ['t.created_at', 't.id'], cursor: (r) => [r.createdAt, r.id] },
  [ThreadSort.SCORE]: { order: 't.score DESC, t.id DESC', key: ['t.score', 't.id'], cursor: (r) => [r.score, r.id] },
  [ThreadSort.UNANSWERED_FIRST]: {
    order: '(t.answer_count = 0) DESC, t.last_activity_at DESC, t.id DESC',
    key: ['(t.answer_count = 0)', 't.last_activity_at', 't.id'],
    cursor: (r) => [r.answerCount === 0, r.lastActivityAt, r.id],
  },
};

/** Thread queries; every list is keyset-paginated on an index. */
export class ThreadsRepository {
  static cursorOf(sort: ThreadSort): (r: ThreadRow) => unknown[] {
    return SORTS[sort].cursor;
  }

  static async page(
    em: EntityManager,
    opts: { filter: ThreadFilter; sort: ThreadSort; first: number; after?: string; includeDeleted: boolean },
  ): Promise<{ rows: ThreadRow[]; totalCount: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (!opts.includeDeleted) where.push('t.deleted_at IS NULL AND t.hidden_at IS NULL');
    const f = opts.filter;
    if (f.categoryId) where.push(`t.category_id = ${p(f.categoryId)}`);
    if (f.authorId) where.push(`t.author_id = ${p(f.authorId)}`);
    if (f.status) where.push(`t.status = ${p(f.status)}`);
    if (f.unanswered) where.push('t.answer_count = 0');
    if (f.hasExpertAnswer !== undefined && f.hasExpertAnswer !== null) where.push(`t.has_expert_answer = ${p(f.hasExpertAnswer)}`);
    if (f.tag) where.push(`EXISTS (SELECT 1 FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = t.id AND g.name = ${p(f.tag.toLowerCase())})`);
    const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const filterParams = params.length;

    const sort = SORTS[opts.sort];
    const pageWhere = [...where];
    if (opts.after) {
      const values = decodeCursor(opts.after, sort.key.length);
      // Every sort is descending on every key, so "after" is a plain row comparison.
      pageWhere.push(`(${sort.key.join(', ')}) < (${values.map((v) => p(v)).join(', ')})`);
    }
    const limit = p(opts.first + 1);
    const rows = await em.query(
      `SELECT ${THREAD_COLUMNS} FROM threads t ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${sort.order} LIMIT ${limit}`,
      params,
    );
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM threads t ${filtered}`, params.slice(0, filterParams));
    return { rows, totalCount: n };
  }

  static async findOne(em: EntityManager, by: { id?: string; slug?: string }, lock = false): Promise<ThreadRow | null> {
    const [row] = await em.query(
      `SELECT ${THREAD_COLUMNS} FROM threads t WHERE ${by.id ? 't.id = $1' : 't.slug = $1'} ${lock ? 'FOR UPDATE' : ''}`,
      [by.id ?? by.slug],
    );
    return row ?? null;
  }

  /** Pinned threads of a category, most recently pinned first. */
  static pinned(em: EntityManager, categoryId: string): Promise<ThreadRow[]> {
    return em.query(
      `SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.category_id = $1 AND t.pinned_at IS NOT NULL AND t.deleted_at IS NULL AND t.hidden_at IS NULL ORDER BY t.pinned_at DESC`,
      [categoryId],
    );
  }

  static byIds(em: EntityManager, ids: readonly string[]): Promise<ThreadRow[]> {
    return em.query(`SELECT ${THREAD_COLUMNS} FROM threads t WHERE t.id = ANY($1::uuid[])`, [ids]);
  }
}
