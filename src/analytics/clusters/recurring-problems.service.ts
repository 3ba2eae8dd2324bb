import { Injectable } from '@nestjs/common';
import { Tx } from '../../database/tx.js';
import type { Scope } from '../analytics-queries.service.js';
import { addDays, AnalyticsService, daysBetween, type DayRange, type Interval } from '../analytics.service.js';
import type { RecurringProblemType } from '../analytics.types.js';

const UNIT: Record<Interval, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/**
 * Ranks the clusters of threads by the members they hit in a range (askers, members who chose to
 * follow, members who voted up the question: per thread, from the daily rollup) and compares
 * with the period of equal length just before, so that staff see which problems are rising.
 * Clusters of one thread are not recurring and never listed.
 */
@Injectable()
export class RecurringProblemsService {
  constructor(
    private readonly tx: Tx,
    private readonly analytics: AnalyticsService,
  ) {}

  async top(range: DayRange, interval: Interval, scope: Scope, first: number): Promise<RecurringProblemType[]> {
    const previousFrom = addDays(range.from, -daysBetween(range.from, range.to));
    const ranked: Array<Record<string, unknown>> = await this.tx.em.query(
      `WITH hits AS (
         SELECT m.cluster_id, sum(h.hits) FILTER (WHERE h.day >= $2::date)::int AS cur, coalesce(sum(h.hits) FILTER (WHERE h.day < $2::date), 0)::int AS prev
           FROM analytics_thread_hits h JOIN thread_cluster_members m ON m.thread_id = h.thread_id
          WHERE h.day BETWEEN $1::date AND $3::date AND ($4::uuid[] IS NULL OR h.category_id = ANY($4::uuid[]))
          GROUP BY m.cluster_id HAVING sum(h.hits) FILTER (WHERE h.day >= $2::date) > 0),
       sized AS (
         SELECT h.*, (SELECT count(*)::int FROM thread_cluster_members x WHERE x.cluster_id = h.cluster_id) AS n FROM hits h)
       SELECT s.cluster_id AS "clusterId", t.title, t.id AS "threadId", t.slug AS "threadSlug", s.n AS "threadCount", s.cur AS "membersHit",
              s.prev AS "previousMembersHit", c.known_issue, c.known_issue_set_at
         FROM sized s JOIN thread_clusters c ON c.id = s.cluster_id JOIN threads t ON t.id = c.seed_thread_id
        WHERE s.n >= 2
        ORDER BY s.cur DESC, s.cur - s.prev DESC, t.title, s.cluster_id
        LIMIT $5`,
      [previousFrom, range.from, range.to, scope.categoryIds, first],
    );
    if (!ranked.length) return [];
    const ids = ranked.map((r) => r.clusterId as string);
    const unit = UNIT[interval];
    const [spark, asked]: [Array<{ cluster_id: string; start: string; hits: number }>, Array<{ cluster_id: string; n: number }>] = await Promise.all([
      this.tx.em.query(
        `SELECT m.cluster_id, to_char(date_trunc('${unit}', h.day::timestamp), 'YYYY-MM-DD') AS start, sum(h.hits)::int AS hits
           FROM analytics_thread_hits h JOIN thread_cluster_members m ON m.thread_id = h.thread_id
          WHERE m.cluster_id = ANY($3::uuid[]) AND h.day BETWEEN $1::date AND $2::date AND ($4::uuid[] IS NULL OR h.category_id = ANY($4::uuid[]))
          GROUP BY 1, 2`,
        [range.from, range.to, ids, scope.categoryIds],
      ),
      this.tx.em.query(
        `SELECT m.cluster_id, count(*)::int AS n FROM thread_cluster_members m JOIN threads t ON t.id = m.thread_id
          WHERE m.cluster_id = ANY($1::uuid[]) AND t.deleted_at IS NULL
            AND t.created_at >= ($2::date::timestamp AT TIME ZONE $4) AND t.created_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
            AND ($5::uuid[] IS NULL OR t.category_id = ANY($5::uuid[]))
          GROUP BY 1`,
        [ids, range.from, range.to, this.analytics.timeZone, scope.categoryIds],
      ),
    ]);
    const starts = bucketStarts(range, interval);
    const sparkOf = new Map<string, Map<string, number>>();
    for (const s of spark) {
      if (!sparkOf.has(s.cluster_id)) sparkOf.set(s.cluster_id, new Map());
      sparkOf.get(s.cluster_id)!.set(s.start, s.hits);
    }
    const askedOf = new Map(asked.map((a) => [a.cluster_id, a.n]));
    return ranked.map((r) => {
      const id = r.clusterId as string;
      return {
        clusterId: id,
        title: r.title as string,
        threadId: r.threadId as string,
        threadSlug: r.threadSlug as string,
        threadCount: r.threadCount as number,
        newThreads: askedOf.get(id) ?? 0,
        membersHit: r.membersHit as number,
        previousMembersHit: r.previousMembersHit as number,
        rising: (r.membersHit as number) > (r.previousMembersHit as number),
        sparkline: starts.map((s) => sparkOf.get(id)?.get(s) ?? 0),
        knownIssue: r.known_issue ? { clusterId: id, status: r.known_issue as string, since: r.known_issue_set_at as Date } : null,
      };
    });
  }
}

/** First days of the intervals of a range (weeks start on Monday), as the series lists them. */
export function bucketStarts(range: DayRange, interval: Interval): string[] {
  const starts: string[] = [];
  let d = range.from;
  const startOf = (day: string): string => {
    if (interval === 'DAY') return day;
    if (interval === 'MONTH') return `${day.slice(0, 7)}-01`;
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    return addDays(day, -weekday);
  };
  while (d <= range.to) {
    const s = startOf(d);
    if (starts[starts.length - 1] !== s) starts.push(s);
    d = addDays(d, 1);
  }
  return starts;
}
