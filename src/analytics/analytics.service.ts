import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { BadInputError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { PeriodicJobs } from '../database/periodic-jobs.js';
import { Tx } from '../database/tx.js';

/** The rollup's counters, in column order. */
export const COUNTERS = [
  'questions', 'answered_in_window', 'answered', 'solved_by_community', 'solved_by_staff', 'expert_answers', 'expert_answers_accepted',
  'cases_opened', 'first_response_met', 'first_response_total', 'resolution_met', 'resolution_total', 'ratings_sum', 'ratings_count',
  'ratings_4_5', 'transfers', 'searches', 'searches_no_result', 'suggestions_shown', 'suggestions_opened', 'asks_abandoned',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counters = Record<Counter, number>;
export type Interval = 'DAY' | 'WEEK' | 'MONTH';

// Figures that belong to no category (searches, ask-form suggestions) are kept under this key.
export const NO_CATEGORY = '00000000-0000-0000-0000-000000000000';
// The community window: a first answer within it counts as answered in time.
const ANSWER_WINDOW = '4 hours';
const MAX_RANGE_DAYS = 3 * 366;
const DAY_MS = 86_400_000;

/**
 * Every event that feeds the rollup, one row per (local day, category, counter, amount), each on
 * the day it happened: questions on asking, answers in the window on the asking day (the
 * community window of a question closes within the next day), solutions, responses, breaches and
 * ratings when they happened. $1, $2: the UTC bounds of the days; $3: the time zone.
 */
const EVENTS = `
  SELECT t.created_at AS at, t.category_id, 'questions' AS m, 1 AS n FROM threads t
    WHERE t.deleted_at IS NULL AND t.created_at >= $1 AND t.created_at < $2
  UNION ALL SELECT t.created_at, t.category_id, 'answered_in_window', 1 FROM threads t
    WHERE t.deleted_at IS NULL AND t.created_at >= $1 AND t.created_at < $2 AND t.first_answered_at <= t.created_at + interval '${ANSWER_WINDOW}'
  UNION ALL SELECT t.first_answered_at, t.category_id, 'answered', 1 FROM threads t
    WHERE t.deleted_at IS NULL AND t.first_answered_at >= $1 AND t.first_answered_at < $2
  UNION ALL SELECT t.solved_at, t.category_id, CASE WHEN a.is_staff THEN 'solved_by_staff' ELSE 'solved_by_community' END, 1
    FROM threads t JOIN answers a ON a.id = t.accepted_answer_id
    WHERE t.deleted_at IS NULL AND t.solved_at >= $1 AND t.solved_at < $2
  UNION ALL SELECT t.solved_at, t.category_id, 'expert_answers_accepted', 1
    FROM threads t JOIN answers a ON a.id = t.accepted_answer_id AND a.is_expert
    WHERE t.deleted_at IS NULL AND t.solved_at >= $1 AND t.solved_at < $2
  UNION ALL SELECT t.staff_resolved_at, t.category_id, 'solved_by_staff', 1 FROM threads t
    WHERE t.deleted_at IS NULL AND t.accepted_answer_id IS NULL AND t.staff_resolved_at >= $1 AND t.staff_resolved_at < $2
  UNION ALL SELECT a.created_at, t.category_id, 'expert_answers', 1 FROM answers a JOIN threads t ON t.id = a.thread_id
    WHERE a.is_expert AND a.deleted_at IS NULL AND t.deleted_at IS NULL AND a.created_at >= $1 AND a.created_at < $2
  UNION ALL SELECT c.created_at, c.category_id, 'cases_opened', 1 FROM webcare_cases c WHERE c.created_at >= $1 AND c.created_at < $2
  UNION ALL SELECT d.at, d.category_id, m, 1 FROM (
      SELECT c.category_id, CASE WHEN fr.breached THEN COALESCE(c.first_response_breached_at, c.first_responded_at) ELSE c.first_responded_at END AS at, fr.breached
      FROM webcare_cases c
      CROSS JOIN LATERAL (SELECT c.first_response_breached_at IS NOT NULL OR c.first_responded_at > c.first_response_due_at AS breached) fr
      WHERE c.first_response_breached_at IS NOT NULL OR c.first_responded_at IS NOT NULL
    ) d CROSS JOIN LATERAL (VALUES ('first_response_total'), (CASE WHEN d.breached THEN NULL ELSE 'first_response_met' END)) v(m)
    WHERE v.m IS NOT NULL AND d.at >= $1 AND d.at < $2
  UNION ALL SELECT d.at, d.category_id, m, 1 FROM (
      SELECT c.category_id, CASE WHEN r.breached THEN COALESCE(c.resolution_breached_at, c.resolved_at) ELSE c.resolved_at END AS at, r.breached
      FROM webcare_cases c
      CROSS JOIN LATERAL (SELECT c.resolution_breached_at IS NOT NULL OR c.resolved_at > c.resolution_due_at AS breached) r
      WHERE c.resolution_breached_at IS NOT NULL OR c.resolved_at IS NOT NULL
    ) d CROSS JOIN LATERAL (VALUES ('resolution_total'), (CASE WHEN d.breached THEN NULL ELSE 'resolution_met' END)) v(m)
    WHERE v.m IS NOT NULL AND d.at >= $1 AND d.at < $2
  UNION ALL SELECT c.rated_at, c.category_id, v.m, v.n FROM webcare_cases c
    CROSS JOIN LATERAL (VALUES ('ratings_sum', c.rating::int), ('ratings_count', 1), ('ratings_4_5', CASE WHEN c.rating >= 4 THEN 1 ELSE 0 END)) v(m, n)
    WHERE c.rating IS NOT NULL AND c.rated_at >= $1 AND c.rated_at < $2
  UNION ALL SELECT x.created_at, c.category_id, 'transfers', 1 FROM webcare_case_assignments x JOIN webcare_cases c ON c.id = x.case_id
    WHERE x.kind = 'TRANSFER' AND x.created_at >= $1 AND x.created_at < $2
  UNION ALL SELECT s.created_at, '${NO_CATEGORY}'::uuid, v.m, 1 FROM search_events s
    CROSS JOIN LATERAL (VALUES ('searches'), (CASE WHEN s.result_count = 0 THEN 'searches_no_result' END)) v(m)
    WHERE s.kind = 'search' AND v.m IS NOT NULL AND s.created_at >= $1 AND s.created_at < $2
  UNION ALL SELECT e.created_at, '${NO_CATEGORY}'::uuid, CASE e.event WHEN 'SHOWN' THEN 'suggestions_shown' ELSE 'suggestions_opened' END, 1
    FROM suggestion_events e WHERE e.event IN ('SHOWN', 'OPENED') AND e.created_at >= $1 AND e.created_at < $2
  UNION ALL SELECT e.created_at, '${NO_CATEGORY}'::uuid, 'asks_abandoned', 1 FROM suggestion_events e
    WHERE e.event = 'ABANDONED' AND e.created_at >= $1 AND e.created_at < $2
      AND EXISTS (SELECT 1 FROM suggestion_events o WHERE o.session_key = e.session_key AND o.event = 'OPENED' AND o.created_at <= e.created_at)`;

const ROLLUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('peerdesk:analytics_daily'))`;

/** Daily rollups of community, deflection and webcare figures, and the raw-data figures beside them. */
@Injectable()
export class AnalyticsService implements OnModuleInit {
  readonly timeZone: string;

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly jobs: PeriodicJobs,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.timeZone = config.analytics.timeZone;
  }

  onModuleInit(): void {
    this.jobs.register('analytics.refresh', 60_000, () => this.refreshRecent());
  }

  /** The local date (YYYY-MM-DD) of an instant in the configured time zone. */
  localDate(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }

  /** Incremental refresh: yesterday and today, local time. */
  refreshRecent(): Promise<number> {
    const today = this.localDate(this.clock.now());
    return this.rebuild(addDays(today, -1), today);
  }

  /**
   * Recomputes the rollup rows of the local days `from`..`to` (inclusive, YYYY-MM-DD) from the raw
   * tables in one statement pair; returns the number of rows written.
   */
  rebuild(from: string, to: string): Promise<number> {
    return this.tx.run(async (em) => {
      await em.query(ROLLUP_LOCK);
      await em.query(`DELETE FROM analytics_daily WHERE day BETWEEN $1::date AND $2::date`, [from, to]);
      const sums = COUNTERS.map((c) => `COALESCE(SUM(n) FILTER (WHERE m = '${c}'), 0)`).join(', ');
      const rows: Array<{ n: number }> = await em.query(
        `WITH bounds AS (SELECT ($1::date::timestamp AT TIME ZONE $3) AS lo, (($2::date + 1)::timestamp AT TIME ZONE $3) AS hi),
         ins AS (
           INSERT INTO analytics_daily (day, category_id, ${COUNTERS.join(', ')}, refreshed_at)
           SELECT (e.at AT TIME ZONE $3)::date, e.category_id, ${sums}, $4
           FROM (${EVENTS.replaceAll('$1', '(SELECT lo FROM bounds)').replaceAll('$2', '(SELECT hi FROM bounds)')}) e
           GROUP BY 1, 2
           RETURNING 1)
         SELECT count(*)::int AS n FROM ins`,
        [from, to, this.timeZone, this.clock.now()],
      );
      return rows[0].n;
    });
  }

  /** Counter sums per interval over the local days `from`..`to`, optionally for one category. */
  async series(range: DayRange, interval: Interval, categoryId?: string | null): Promise<Array<{ start: string } & Counters>> {
    const unit = { DAY: 'day', WEEK: 'week', MONTH: 'month' }[interval];
    const sums = COUNTERS.map((c) => `COALESCE(SUM(d.${c}), 0)::int AS ${c}`).join(', ');
    const rows: Array<Record<string, unknown>> = await this.tx.em.query(
      `SELECT to_char(b.start, 'YYYY-MM-DD') AS start, ${sums}
       FROM generate_series(date_trunc('${unit}', $1::date), $2::date, interval '1 ${unit}') AS b(start)
       LEFT JOIN analytics_daily d ON d.day BETWEEN $1::date AND $2::date AND date_trunc('${unit}', d.day) = b.start
         AND ($3::uuid IS NULL OR d.category_id = $3::uuid)
       GROUP BY b.start ORDER BY b.start`,
      [range.from, range.to, categoryId ?? null],
    );
    return rows as Array<{ start: string } & Counters>;
  }

  /** Median and 90th percentile of the time to first answer of the questions asked in the range, in seconds. */
  async timeToFirstAnswer(range: DayRange, categoryId?: string | null): Promise<{ median: number | null; p90: number | null }> {
    const [row] = await this.tx.em.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s) AS median, percentile_cont(0.9) WITHIN GROUP (ORDER BY s) AS p90
       FROM (SELECT extract(epoch FROM t.first_answered_at - t.created_at)::float8 AS s FROM threads t
             WHERE t.deleted_at IS NULL AND t.first_answered_at IS NOT NULL
               AND t.created_at >= ($1::date::timestamp AT TIME ZONE $3) AND t.created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
               AND ($4::uuid IS NULL OR t.category_id = $4::uuid)) x`,
      [range.from, range.to, this.timeZone, categoryId ?? null],
    );
    return { median: row.median === null ? null : Number(row.median), p90: row.p90 === null ? null : Number(row.p90) };
  }

  /** The most frequent searches that found nothing in the range: the knowledge gaps. */
  async topNoResultQueries(range: DayRange, first: number): Promise<Array<{ query: string; count: number; lastSearchedAt: Date }>> {
    const rows: Array<{ query: string; count: number; last: Date }> = await this.tx.em.query(
      `SELECT normalized AS query, count(*)::int AS count, max(created_at) AS last FROM search_events
       WHERE kind = 'search' AND result_count = 0
         AND created_at >= ($1::date::timestamp AT TIME ZONE $3) AND created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
       GROUP BY normalized ORDER BY count(*) DESC, normalized LIMIT $4`,
      [range.from, range.to, this.timeZone, first],
    );
    return rows.map((r) => ({ query: r.query, count: r.count, lastSearchedAt: new Date(r.last) }));
  }
}

export interface DayRange {
  from: string;
  to: string;
}

/** Checks a day range given by a client: ISO dates, from ≤ to, at most about three years. */
export function dayRange(from: string, to: string): DayRange {
  const problems = [];
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(f)) problems.push({ field: 'from', messages: ['must be a date (YYYY-MM-DD)'] });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to) || Number.isNaN(t)) problems.push({ field: 'to', messages: ['must be a date (YYYY-MM-DD)'] });
  if (!problems.length && t < f) problems.push({ field: 'to', messages: ['must not be before from'] });
  if (!problems.length && (t - f) / DAY_MS > MAX_RANGE_DAYS) problems.push({ field: 'to', messages: [`the range may span at most ${MAX_RANGE_DAYS} days`] });
  if (problems.length) throw new BadInputError(problems);
  return { from, to };
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
