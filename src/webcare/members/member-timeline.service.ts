import { Injectable } from '@nestjs/common';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { decodeCursor, Page, toPage } from '../../common/pagination/connection.js';
import { Tx } from '../../database/tx.js';
import { ContactRow, LogContactInput, TimelineRow, WebcareMemberType } from './member-timeline.types.js';

const CONTACT_COLUMNS = `id, member_id AS "memberId", channel, summary, case_id AS "caseId", logged_by AS "loggedBy", created_at AS "createdAt"`;

// Every kind of entry as one row shape; sorted newest first on (at, kind, id) because a case
// and its rating share an id.
const TIMELINE_SQL = `
  SELECT 'THREAD' AS kind, t.id::text AS id, t.created_at AS at, t.id AS "threadId", NULL::uuid AS "caseId", t.title,
         t.status::text AS detail, NULL::text AS channel, NULL::int AS rating
    FROM threads t WHERE t.author_id = $1 AND t.deleted_at IS NULL
  UNION ALL
  SELECT 'CASE', c.id::text, c.created_at, c.thread_id, c.id, t.title, c.status::text || ' ' || c.priority::text, NULL, NULL
    FROM webcare_cases c JOIN threads t ON t.id = c.thread_id WHERE c.member_id = $1
  UNION ALL
  SELECT 'RATING', c.id::text, c.rated_at, c.thread_id, c.id, t.title, c.rating_comment, NULL, c.rating
    FROM webcare_cases c JOIN threads t ON t.id = c.thread_id WHERE c.member_id = $1 AND c.rated_at IS NOT NULL
  UNION ALL
  SELECT 'CONTACT', x.id::text, x.created_at, NULL, x.case_id, NULL, x.summary, x.channel::text, NULL
    FROM webcare_contacts x WHERE x.member_id = $1`;

/** A member's history for staff: earlier threads and cases, satisfaction given, and contacts logged from other channels. */
@Injectable()
export class MemberTimelineService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  async logContact(actor: Actor, input: LogContactInput): Promise<ContactRow> {
    return this.tx.run(async (em) => {
      const [member] = await em.query(`SELECT id FROM users WHERE id = $1`, [input.memberId]);
      if (!member) throw new NotFoundError('user', input.memberId);
      if (input.caseId && !(await em.query(`SELECT 1 FROM webcare_cases WHERE id = $1 AND member_id = $2`, [input.caseId, input.memberId])).length) {
        throw new NotFoundError('case', input.caseId);
      }
      const [row] = await em.query(
        `INSERT INTO webcare_contacts (member_id, channel, summary, case_id, logged_by, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CONTACT_COLUMNS}`,
        [input.memberId, input.channel, input.summary.trim(), input.caseId ?? null, actor.id, this.clock.now()],
      );
      return row;
    });
  }

  async summary(memberId: string): Promise<WebcareMemberType> {
    const [row] = await this.tx.em.query(
      `SELECT u.id, u.reputation,
              (SELECT count(*)::int FROM threads t WHERE t.author_id = u.id AND t.deleted_at IS NULL) AS "threadCount",
              (SELECT count(*)::int FROM webcare_cases c WHERE c.member_id = u.id) AS "caseCount",
              (SELECT count(*)::int FROM webcare_cases c WHERE c.member_id = u.id AND c.status <> 'RESOLVED') AS "openCaseCount",
              (SELECT count(c.rating)::int FROM webcare_cases c WHERE c.member_id = u.id) AS "ratingsGiven",
              (SELECT avg(c.rating)::float FROM webcare_cases c WHERE c.member_id = u.id) AS "averageRating"
         FROM users u WHERE u.id = $1`,
      [memberId],
    );
    if (!row) throw new NotFoundError('user', memberId);
    return row;
  }

  async timeline(memberId: string, first: number, after?: string): Promise<Page<TimelineRow>> {
    const params: unknown[] = [memberId, first + 1];
    let keyset = '';
    if (after) {
      const [at, kind, id] = decodeCursor(after, 3);
      params.push(at, kind, id);
      keyset = `WHERE (e.at, e.kind, e.id) < ($3::timestamptz, $4::text, $5::text)`;
    }
    const rows: TimelineRow[] = await this.tx.em.query(`SELECT * FROM (${TIMELINE_SQL}) e ${keyset} ORDER BY e.at DESC, e.kind DESC, e.id DESC LIMIT $2`, params);
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM (${TIMELINE_SQL}) e`, [memberId]);
    return toPage(rows, first, n, (r) => [r.at, r.kind, r.id]);
  }
}
