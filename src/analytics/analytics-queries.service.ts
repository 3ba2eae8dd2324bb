import { Injectable } from '@nestjs/common';
import { Tx } from '../database/tx.js';
import { addDays, AnalyticsService, wholeMonthsInside, type Counters, type DayRange, type Interval } from './analytics.service.js';
import { COUNTERS, NIL, WEBCARE_COUNTERS } from './rollup-sql.js';

/** Which part of the community a report covers: a category, a team, both, or everything. */
export interface Scope {
  categoryId: string | null;
  teamId: string | null;
  /**
   * Categories whose community figures count: null for all; with a team, the categories routed
   * to it (now), narrowed to `categoryId` when both are given.
   */
  categoryIds: string[] | null;
}

export type Breakdown = 'TEAM' | 'AGENT' | 'PRIORITY' | 'REASON';

export interface BreakdownCounts {
  key: string;
  label: string;
  cases_opened: number;
  first_response_met: number;
  first_response_total: number;
  resolution_met: number;
  resolution_total: number;
  transfers: number;
  ratings_sum: number;
  ratings_count: number;
  ratings_4_5: number;
  medianResolutionSeconds: number | null;
}

export interface ResponseTimes {
  medianTimeToFirstAnswerSeconds: number | null;
  p90TimeToFirstAnswerSeconds: number | null;
  medianTimeToAcceptedAnswerSeconds: number | null;
  p90TimeToAcceptedAnswerSeconds: number | null;
}

export interface ContributorRow {
  userId: string;
  displayName: string;
  reputationGained: number;
  answers: number;
  acceptedAnswers: number;
}

const UNIT: Record<Interval, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };
const WEBCARE_IN_DAILY = new Set<string>(WEBCARE_COUNTERS);
const COMMUNITY_COUNTERS = COUNTERS.filter((c) => !WEBCARE_IN_DAILY.has(c));
const WEBCARE_FIGURES = WEBCARE_COUNTERS.filter((c) => c !== 'backlog_delta');

// Each case dimension: its rollup column, and how to read it from a raw case row `c` (with its opening reason `r`).
const DIMENSIONS: Record<Breakdown, { rollup: string; raw: string; label: string }> = {
  TEAM: { rollup: 'w.team_id::text', raw: `coalesce(c.team_id, '${NIL}')::text`, label: `coalesce((SELECT name FROM webcare_teams WHERE id = k.key::uuid), 'No team')` },
  AGENT: { rollup: 'w.agent_id::text', raw: `coalesce(c.assignee_id, '${NIL}')::text`, label: `coalesce((SELECT display_name FROM users WHERE id = k.key::uuid), 'Unassigned')` },
  PRIORITY: { rollup: 'w.priority::text', raw: 'c.priority::text', label: 'k.key' },
  REASON: { rollup: 'w.reason', raw: `coalesce(r.kind, 'UNKNOWN')`, label: 'k.key' },
};

// Leaders per day or month looked at before summing everyone (see topContributors).
const LEADERS = 40;
const RANKED = `SELECT t.user_id AS "userId", u.display_name AS "displayName", t.rep AS "reputationGained", t.ans AS answers, t.acc AS "acceptedAnswers",
         (SELECT b FROM bound) AS bound
    FROM totals t JOIN users u ON u.id = t.user_id AND u.role = 'MEMBER'
   WHERE t.rep > 0 OR t.ans > 0 OR t.acc > 0
   ORDER BY t.rep DESC, t.acc DESC, t.ans DESC, u.display_name, t.user_id`;

const ratioOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * Reads of the analytics rollups (and of the few raw figures that need every value, such as
 * medians), one statement per figure family, each an index or rollup range scan.
 */
@Injectable()
export class AnalyticsQueries {
  constructor(
    private readonly tx: Tx,
    private readonly analytics: AnalyticsService,
  ) {}

  async scope(categoryId: string | null, teamId: string | null): Promise<Scope> {
    if (!teamId) return { categoryId, teamId, categoryIds: categoryId ? [categoryId] : null };
    const rows: Array<{ id: string }> = await this.tx.em.query(
      `SELECT category_id AS id FROM webcare_category_routing WHERE team_id = $1 AND ($2::uuid IS NULL OR category_id = $2) ORDER BY 1`,
      [teamId, categoryId],
    );
    return { categoryId, teamId, categoryIds: rows.map((r) => r.id) };
  }

  /** Counter sums per interval: community ones from analytics_daily, webcare ones by case dimension. */
  async counters(range: DayRange, interval: Interval, scope: Scope): Promise<Array<{ start: string } & Counters>> {
    const unit = UNIT[interval];
    const int = (c: string) => `coalesce(${c}, 0)::int AS ${c}`;
    const rows = await this.tx.em.query(
      `WITH b AS (SELECT s::date AS start FROM generate_series(date_trunc('${unit}', $1::date::timestamp), $2::date::timestamp, interval '1 ${unit}') s),
       c AS (SELECT date_trunc('${unit}', d.day::timestamp)::date AS start, ${COMMUNITY_COUNTERS.map((k) => `sum(d.${k}) AS ${k}`).join(', ')}
               FROM analytics_daily d WHERE d.day BETWEEN $1::date AND $2::date AND ($3::uuid[] IS NULL OR d.category_id = ANY($3::uuid[])) GROUP BY 1),
       w AS (SELECT date_trunc('${unit}', w.day::timestamp)::date AS start, ${WEBCARE_FIGURES.map((k) => `sum(w.${k}) AS ${k}`).join(', ')}
               FROM analytics_webcare_daily w
              WHERE w.day BETWEEN $1::date AND $2::date AND ($4::uuid IS NULL OR w.category_id = $4) AND ($5::uuid IS NULL OR w.team_id = $5) GROUP BY 1)
       SELECT to_char(b.start, 'YYYY-MM-DD') AS start, ${[...COMMUNITY_COUNTERS, ...WEBCARE_FIGURES].map(int).join(', ')}
         FROM b LEFT JOIN c USING (start) LEFT JOIN w USING (start) ORDER BY b.start`,
      [range.from, range.to, scope.categoryIds, scope.categoryId, scope.teamId],
    );
    return rows;
  }

  /** Open cases at the end of each interval (or of the range, for the last one), from the rollup's daily opened/closed changes. */
  async backlog(range: DayRange, interval: Interval, scope: Scope): Promise<Map<string, number>> {
    const unit = UNIT[interval];
    const rows: Array<{ start: string; open: number }> = await this.tx.em.query(
      `WITH deltas AS (SELECT w.day, sum(w.backlog_delta) AS n FROM analytics_webcare_daily w
                        WHERE w.day <= $2::date AND w.backlog_delta <> 0 AND ($3::uuid IS NULL OR w.category_id = $3) AND ($4::uuid IS NULL OR w.team_id = $4)
                        GROUP BY w.day),
       daily AS (SELECT g::date AS day, (SELECT coalesce(sum(n), 0) FROM deltas WHERE day < $1::date) + sum(coalesce(d.n, 0)) OVER (ORDER BY g) AS open
                   FROM generate_series($1::date, $2::date, interval '1 day') g LEFT JOIN deltas d ON d.day = g::date)
       SELECT DISTINCT ON (date_trunc('${unit}', day::timestamp)) to_char(date_trunc('${unit}', day::timestamp), 'YYYY-MM-DD') AS start, open::int AS open
         FROM daily ORDER BY date_trunc('${unit}', day::timestamp), day DESC`,
      [range.from, range.to, scope.categoryId, scope.teamId],
    );
    return new Map(rows.map((r) => [r.start, r.open]));
  }

  /** Distinct active members per interval and over the whole range (the OR of the daily bitmaps). */
  async activeMembers(range: DayRange, interval: Interval, scope: Scope): Promise<{ byStart: Map<string, number>; total: number }> {
    const unit = UNIT[interval];
    const rows: Array<{ start: string | null; active: number }> = await this.tx.em.query(
      `WITH r AS (SELECT day, members FROM analytics_active_members WHERE scope_id = ANY($3::uuid[]) AND day BETWEEN $1::date AND $2::date),
       -- Bitmaps written earlier are shorter (fewer members were numbered): pad them with zeros, cut from one zero bitmap.
       l AS MATERIALIZED (SELECT n, repeat('0', n)::varbit AS zero FROM (SELECT coalesce(max(length(members)), 0) AS n FROM r) x),
       p AS (SELECT r.day, r.members || substring(l.zero FROM 1 FOR l.n - length(r.members)) AS m FROM r, l)
       SELECT to_char(date_trunc('${unit}', day::timestamp), 'YYYY-MM-DD') AS start, bit_count(bit_or(m))::int AS active
         FROM p GROUP BY GROUPING SETS ((date_trunc('${unit}', day::timestamp)), ())`,
      [range.from, range.to, scope.categoryIds ?? [NIL]],
    );
    const total = rows.find((r) => r.start === null)?.active ?? 0;
    return { byStart: new Map(rows.filter((r) => r.start !== null).map((r) => [r.start!, r.active])), total };
  }

  /**
   * Median and 90th percentile of the time to first answer and to the accepted answer, over the
   * questions asked in each interval and in the whole range, in seconds: the daily rollup keeps
   * every question's times, so the percentiles of the unnested days are those of the raw threads.
   */
  async responseTimes(range: DayRange, interval: Interval, scope: Scope): Promise<{ byStart: Map<string, ResponseTimes>; total: ResponseTimes }> {
    const unit = UNIT[interval];
    // Days in interval order, unnested in the select list (the shorter array padded with nulls, which
    // percentiles ignore): the groups come out sorted, and each measure gets one sort per group for both percentiles.
    const rows: Array<{ start: string | null; fa: number[] | null; aa: number[] | null }> = await this.tx.em.query(
      `SELECT to_char(u.start, 'YYYY-MM-DD') AS start,
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY u.fa) AS fa,
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY u.aa) AS aa
         FROM (SELECT date_trunc('${unit}', r.day::timestamp) AS start, unnest(r.first_answer) AS fa, unnest(r.accepted) AS aa
                 FROM analytics_response_times r
                WHERE r.scope_id = ANY($3::uuid[]) AND r.day BETWEEN $1::date AND $2::date
                ORDER BY 1) u
        GROUP BY GROUPING SETS ((u.start), ())`,
      [range.from, range.to, scope.categoryIds ?? [NIL]],
    );
    const times = (r?: { fa: number[] | null; aa: number[] | null }): ResponseTimes => ({
      medianTimeToFirstAnswerSeconds: ratioOrNull(r?.fa?.[0]),
      p90TimeToFirstAnswerSeconds: ratioOrNull(r?.fa?.[1]),
      medianTimeToAcceptedAnswerSeconds: ratioOrNull(r?.aa?.[0]),
      p90TimeToAcceptedAnswerSeconds: ratioOrNull(r?.aa?.[1]),
    });
    return {
      byStart: new Map(rows.filter((r) => r.start !== null).map((r) => [r.start!, times(r)])),
      total: times(rows.find((r) => r.start === null)),
    };
  }

  /**
   * Webcare figures per team, agent, priority or opening reason over the range: rollup sums, and
   * the median wall-clock time from opening to resolution of the cases resolved in the range.
   */
  async breakdown(range: DayRange, scope: Scope, by: Breakdown): Promise<BreakdownCounts[]> {
    const dim = DIMENSIONS[by];
    const reason = `LEFT JOIN LATERAL (SELECT r.kind FROM webcare_case_reasons r WHERE r.case_id = c.id ORDER BY r.created_at, r.id LIMIT 1) r ON true`;
    const rows: Array<Record<string, unknown>> = await this.tx.em.query(
      `WITH sums AS (
         SELECT ${dim.rollup} AS key, ${WEBCARE_FIGURES.map((k) => `sum(w.${k})::int AS ${k}`).join(', ')} FROM analytics_webcare_daily w
          WHERE w.day BETWEEN $1::date AND $2::date AND ($4::uuid IS NULL OR w.category_id = $4) AND ($5::uuid IS NULL OR w.team_id = $5)
          GROUP BY 1),
       medians AS (
         SELECT ${dim.raw} AS key, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.resolved_at - c.created_at)::float8) AS median
           FROM webcare_cases c ${by === 'REASON' ? reason : ''}
          WHERE c.resolved_at >= ($1::date::timestamp AT TIME ZONE $3) AND c.resolved_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
            AND ($4::uuid IS NULL OR c.category_id = $4) AND ($5::uuid IS NULL OR c.team_id = $5)
          GROUP BY 1),
       k AS (SELECT key FROM sums UNION SELECT key FROM medians)
       SELECT k.key, ${dim.label} AS label, ${WEBCARE_FIGURES.map((f) => `coalesce(s.${f}, 0) AS ${f}`).join(', ')}, m.median
         FROM k LEFT JOIN sums s USING (key) LEFT JOIN medians m USING (key)
        ORDER BY coalesce(s.cases_opened, 0) DESC, 2, 1`,
      [range.from, range.to, this.analytics.timeZone, scope.categoryId, scope.teamId],
    );
    return rows.map((r) => ({ ...(r as unknown as BreakdownCounts), medianResolutionSeconds: ratioOrNull(r.median) }));
  }

  /**
   * Members (not staff) who contributed most in the range: reputation gained, then accepted
   * answers, then answers. Whole months read the monthly rollup, the days around them the daily one.
   * For one scope (everything, or a category) it first tries the leaders of each month and day
   * (threshold algorithm): anyone outside every unit's top `LEADERS` gained at most the sum of the
   * units' LEADERS-th values, so when the N-th candidate gained more, the candidates' exact totals
   * are the answer. Otherwise (or for a team's several categories) it sums every row.
   */
  async topContributors(range: DayRange, scope: Scope, first: number): Promise<ContributorRow[]> {
    const months = wholeMonthsInside(range.from, range.to, this.analytics.today());
    const days: string[] = [];
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) if (!months.includes(`${d.slice(0, 7)}-01`)) days.push(d);
    const scopes = scope.categoryIds ?? [NIL];
    if (scopes.length === 1) {
      const rows: Array<ContributorRow & { bound: number }> = await this.tx.em.query(
        `WITH leaders AS (
           SELECT u.month::text AS unit, x.user_id, x.reputation FROM unnest($2::date[]) u(month)
            CROSS JOIN LATERAL (SELECT user_id, reputation FROM analytics_contributors_monthly WHERE scope_id = $1 AND month = u.month
                                 ORDER BY reputation DESC LIMIT ${LEADERS}) x
           UNION ALL
           SELECT u.day::text, x.user_id, x.reputation FROM unnest($3::date[]) u(day)
            CROSS JOIN LATERAL (SELECT user_id, reputation FROM analytics_contributors_daily WHERE scope_id = $1 AND day = u.day
                                 ORDER BY reputation DESC LIMIT ${LEADERS}) x),
         bound AS (SELECT coalesce(sum(greatest(kth, 0)), 0)::int AS b FROM (
                     SELECT CASE WHEN count(*) < ${LEADERS} THEN 0 ELSE min(reputation) END AS kth FROM leaders GROUP BY unit) k),
         -- Each candidate's exact total, from its own rows (index-only probes, not a scan of everyone).
         totals AS (
           SELECT c.user_id, x.rep, x.ans, x.acc FROM (SELECT DISTINCT user_id FROM leaders) c
           CROSS JOIN LATERAL (SELECT coalesce(sum(reputation), 0)::int AS rep, coalesce(sum(answers), 0)::int AS ans, coalesce(sum(accepted), 0)::int AS acc FROM (
             SELECT m.reputation, m.answers, m.accepted FROM analytics_contributors_monthly m
              WHERE m.scope_id = $1 AND m.user_id = c.user_id AND m.month = ANY($2::date[])
             UNION ALL SELECT d.reputation, d.answers, d.accepted FROM analytics_contributors_daily d
              WHERE d.scope_id = $1 AND d.user_id = c.user_id AND d.day = ANY($3::date[])) p) x)
         ${RANKED} LIMIT $4`,
        [scopes[0], months, days, first],
      );
      if (rows.length === first && rows[first - 1].reputationGained > rows[0].bound) return rows.map(({ bound: _b, ...r }) => r);
    }
    const rows: Array<ContributorRow & { bound: number }> = await this.tx.em.query(
      `WITH bound AS (SELECT 0 AS b),
       totals AS (
         SELECT user_id, sum(reputation)::int AS rep, sum(answers)::int AS ans, sum(accepted)::int AS acc FROM (
           SELECT m.user_id, m.reputation, m.answers, m.accepted FROM analytics_contributors_monthly m WHERE m.scope_id = ANY($1::uuid[]) AND m.month = ANY($2::date[])
           UNION ALL SELECT d.user_id, d.reputation, d.answers, d.accepted FROM analytics_contributors_daily d WHERE d.scope_id = ANY($1::uuid[]) AND d.day = ANY($3::date[])) p
         GROUP BY user_id)
       ${RANKED} LIMIT $4`,
      [scopes, months, days, first],
    );
    return rows.map(({ bound: _b, ...r }) => r);
  }

  /** The most frequent searches that found nothing in the range: the knowledge gaps. */
  async topNoResultQueries(range: DayRange, first: number): Promise<Array<{ query: string; count: number; lastSearchedAt: Date }>> {
    const rows: Array<{ query: string; count: number; last: Date }> = await this.tx.em.query(
      `SELECT normalized AS query, count(*)::int AS count, max(created_at) AS last FROM search_events
       WHERE kind = 'search' AND result_count = 0
         AND created_at >= ($1::date::timestamp AT TIME ZONE $3) AND created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
       GROUP BY normalized ORDER BY count(*) DESC, normalized LIMIT $4`,
      [range.from, range.to, this.analytics.timeZone, first],
    );
    return rows.map((r) => ({ query: r.query, count: r.count, lastSearchedAt: new Date(r.last) }));
  }
}
