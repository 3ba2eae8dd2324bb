// The SQL that rolls raw events up into the analytics tables, for the local days $1..$2 in time
// zone $3 (refreshed at $4). Every event counts on the local day it happened. Statements start
// with BOUNDS and read the UTC bounds of the days as LO and HI (scalar subqueries, so that each
// branch is an index range scan on its event time).

/** The rollup's counters per day and category, in column order. */
export const COUNTERS = [
  'questions', 'answered_in_window', 'answered', 'solved_by_community', 'solved_by_staff', 'expert_answers', 'expert_answers_accepted',
  'cases_opened', 'first_response_met', 'first_response_total', 'resolution_met', 'resolution_total', 'ratings_sum', 'ratings_count',
  'ratings_4_5', 'transfers', 'searches', 'searches_no_result', 'suggestions_shown', 'suggestions_opened', 'asks_abandoned', 'new_members',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Webcare counters per day and case dimension (analytics_webcare_daily). */
export const WEBCARE_COUNTERS = [
  'cases_opened', 'first_response_met', 'first_response_total', 'resolution_met', 'resolution_total', 'transfers', 'ratings_sum', 'ratings_count',
  'ratings_4_5', 'backlog_delta',
] as const;
export type WebcareCounter = (typeof WEBCARE_COUNTERS)[number];

// Figures that belong to no category (searches, ask-form suggestions, registrations) are kept under this key.
export const NIL = '00000000-0000-0000-0000-000000000000';
// The community window: a first answer within it counts as answered in time.
const ANSWER_WINDOW = '4 hours';

const BOUNDS = `WITH bounds AS (SELECT ($1::date::timestamp AT TIME ZONE $3) AS lo, (($2::date + 1)::timestamp AT TIME ZONE $3) AS hi)`;
const LO = '(SELECT lo FROM bounds)';
const HI = '(SELECT hi FROM bounds)';
const IN_RANGE = (col: string) => `${col} >= ${LO} AND ${col} < ${HI}`;
const LOCAL_DAY = (col: string) => `(${col} AT TIME ZONE $3)::date`;

/**
 * Case events with the case they belong to: opened; first response and resolution, each counted
 * once when it was given or when it breached (a breach counts when the due time passed);
 * ratings; transfers; and backlog changes (+1 when a case opens or reopens, -1 when resolved).
 */
const CASE_EVENTS = `
  SELECT c.created_at AS at, c.id AS case_id, 'cases_opened' AS m, 1 AS n FROM webcare_cases c WHERE ${IN_RANGE('c.created_at')}
  UNION ALL SELECT c.first_responded_at, c.id, v.m, 1 FROM webcare_cases c
    CROSS JOIN LATERAL (VALUES ('first_response_total'), (CASE WHEN c.first_responded_at <= c.first_response_due_at THEN 'first_response_met' END)) v(m)
    WHERE c.first_response_breached_at IS NULL AND v.m IS NOT NULL AND ${IN_RANGE('c.first_responded_at')}
  UNION ALL SELECT c.first_response_breached_at, c.id, 'first_response_total', 1 FROM webcare_cases c WHERE ${IN_RANGE('c.first_response_breached_at')}
  UNION ALL SELECT c.resolved_at, c.id, v.m, 1 FROM webcare_cases c
    CROSS JOIN LATERAL (VALUES ('resolution_total'), (CASE WHEN c.resolved_at <= c.resolution_due_at THEN 'resolution_met' END)) v(m)
    WHERE c.resolution_breached_at IS NULL AND v.m IS NOT NULL AND ${IN_RANGE('c.resolved_at')}
  UNION ALL SELECT c.resolution_breached_at, c.id, 'resolution_total', 1 FROM webcare_cases c WHERE ${IN_RANGE('c.resolution_breached_at')}
  UNION ALL SELECT c.rated_at, c.id, v.m, v.n FROM webcare_cases c
    CROSS JOIN LATERAL (VALUES ('ratings_sum', c.rating::int), ('ratings_count', 1), ('ratings_4_5', CASE WHEN c.rating >= 4 THEN 1 ELSE 0 END)) v(m, n)
    WHERE c.rating IS NOT NULL AND ${IN_RANGE('c.rated_at')}
  UNION ALL SELECT x.created_at, x.case_id, 'transfers', 1 FROM webcare_case_assignments x WHERE x.kind = 'TRANSFER' AND ${IN_RANGE('x.created_at')}
  UNION ALL SELECT s.at, s.case_id, 'backlog_delta', d.n FROM webcare_case_status_changes s
    LEFT JOIN LATERAL (SELECT p.status FROM webcare_case_status_changes p WHERE p.case_id = s.case_id AND (p.at, p.id) < (s.at, s.id)
                        ORDER BY p.at DESC, p.id DESC LIMIT 1) prev ON true
    CROSS JOIN LATERAL (SELECT CASE WHEN s.status = 'RESOLVED' AND prev.status IS DISTINCT FROM 'RESOLVED' THEN -1
                                    WHEN s.status <> 'RESOLVED' AND (prev.status IS NULL OR prev.status = 'RESOLVED') THEN 1 ELSE 0 END AS n) d
    WHERE d.n <> 0 AND ${IN_RANGE('s.at')}`;

/** Every event of analytics_daily, one row per (time, category, counter, amount). */
const DAILY_EVENTS = `
  SELECT t.created_at AS at, t.category_id, 'questions' AS m, 1 AS n FROM threads t WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.created_at')}
  UNION ALL SELECT t.created_at, t.category_id, 'answered_in_window', 1 FROM threads t
    WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.created_at')} AND t.first_answered_at <= t.created_at + interval '${ANSWER_WINDOW}'
  UNION ALL SELECT t.first_answered_at, t.category_id, 'answered', 1 FROM threads t WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.first_answered_at')}
  UNION ALL SELECT t.solved_at, t.category_id, CASE WHEN a.is_staff THEN 'solved_by_staff' ELSE 'solved_by_community' END, 1
    FROM threads t JOIN answers a ON a.id = t.accepted_answer_id WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.solved_at')}
  UNION ALL SELECT t.solved_at, t.category_id, 'expert_answers_accepted', 1
    FROM threads t JOIN answers a ON a.id = t.accepted_answer_id AND a.is_expert WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.solved_at')}
  UNION ALL SELECT t.staff_resolved_at, t.category_id, 'solved_by_staff', 1 FROM threads t
    WHERE t.deleted_at IS NULL AND t.accepted_answer_id IS NULL AND ${IN_RANGE('t.staff_resolved_at')}
  UNION ALL SELECT a.created_at, t.category_id, 'expert_answers', 1 FROM answers a JOIN threads t ON t.id = a.thread_id
    WHERE a.is_expert AND a.deleted_at IS NULL AND t.deleted_at IS NULL AND ${IN_RANGE('a.created_at')}
  UNION ALL SELECT e.at, c.category_id, e.m, e.n FROM (${CASE_EVENTS}) e JOIN webcare_cases c ON c.id = e.case_id WHERE e.m <> 'backlog_delta'
  UNION ALL SELECT s.created_at, '${NIL}'::uuid, v.m, 1 FROM search_events s
    CROSS JOIN LATERAL (VALUES ('searches'), (CASE WHEN s.result_count = 0 THEN 'searches_no_result' END)) v(m)
    WHERE s.kind = 'search' AND v.m IS NOT NULL AND ${IN_RANGE('s.created_at')}
  UNION ALL SELECT e.created_at, '${NIL}'::uuid, CASE e.event WHEN 'SHOWN' THEN 'suggestions_shown' ELSE 'suggestions_opened' END, 1
    FROM suggestion_events e WHERE e.event IN ('SHOWN', 'OPENED') AND ${IN_RANGE('e.created_at')}
  UNION ALL SELECT e.created_at, '${NIL}'::uuid, 'asks_abandoned', 1 FROM suggestion_events e
    WHERE e.event = 'ABANDONED' AND ${IN_RANGE('e.created_at')}
      AND EXISTS (SELECT 1 FROM suggestion_events o WHERE o.session_key = e.session_key AND o.event = 'OPENED' AND o.created_at <= e.created_at)
  UNION ALL SELECT u.created_at, '${NIL}'::uuid, 'new_members', 1 FROM users u WHERE ${IN_RANGE('u.created_at')}`;

const sums = (counters: readonly string[]) => counters.map((c) => `COALESCE(SUM(n) FILTER (WHERE m = '${c}'), 0)`).join(', ');

export const INSERT_DAILY = `${BOUNDS}
  INSERT INTO analytics_daily (day, category_id, ${COUNTERS.join(', ')}, refreshed_at)
  SELECT ${LOCAL_DAY('e.at')}, e.category_id, ${sums(COUNTERS)}, $4 FROM (${DAILY_EVENTS}) e GROUP BY 1, 2`;

/**
 * Webcare counters per case dimension. A case counts under its category, team, assignee and
 * priority as they are now and under the reason it was opened with; the refresh job rolls up
 * again the days of cases that changed since (a transfer, a reopening), so history follows them.
 */
export const INSERT_WEBCARE = `${BOUNDS}
  INSERT INTO analytics_webcare_daily (day, category_id, team_id, agent_id, priority, reason, ${WEBCARE_COUNTERS.join(', ')}, refreshed_at)
  SELECT ${LOCAL_DAY('e.at')}, c.category_id, coalesce(c.team_id, '${NIL}'), coalesce(c.assignee_id, '${NIL}'), c.priority, coalesce(r.kind, 'UNKNOWN'),
         ${sums(WEBCARE_COUNTERS)}, $4
    FROM (${CASE_EVENTS}) e JOIN webcare_cases c ON c.id = e.case_id
    LEFT JOIN LATERAL (SELECT r.kind FROM webcare_case_reasons r WHERE r.case_id = c.id ORDER BY r.created_at, r.id LIMIT 1) r ON true
   GROUP BY 1, 2, 3, 4, 5, 6`;

/** Who did something on a thread: asked, answered, commented or voted (on its question, an answer or a comment). */
const ACTIVITY = `
  SELECT t.created_at AS at, t.author_id AS user_id, t.category_id FROM threads t WHERE ${IN_RANGE('t.created_at')}
  UNION ALL SELECT a.created_at, a.author_id, t.category_id FROM answers a JOIN threads t ON t.id = a.thread_id WHERE ${IN_RANGE('a.created_at')}
  UNION ALL SELECT c.created_at, c.author_id, t.category_id FROM comments c JOIN threads t ON t.id = c.thread_id WHERE ${IN_RANGE('c.created_at')}
  UNION ALL SELECT v.created_at, v.voter_id, t.category_id FROM votes v
    LEFT JOIN answers a ON v.post_kind = 'ANSWER' AND a.id = v.post_id
    LEFT JOIN comments cm ON v.post_kind = 'COMMENT' AND cm.id = v.post_id
    JOIN threads t ON t.id = CASE v.post_kind WHEN 'QUESTION' THEN v.post_id WHEN 'ANSWER' THEN a.thread_id ELSE cm.thread_id END
   WHERE ${IN_RANGE('v.created_at')}`;

/** Numbers the members active in the days who have none yet (only those: a conflict would still use up a number). */
export const NUMBER_MEMBERS = `${BOUNDS}
  INSERT INTO analytics_member_numbers (user_id)
  SELECT DISTINCT a.user_id FROM (${ACTIVITY}) a
   WHERE NOT EXISTS (SELECT 1 FROM analytics_member_numbers n WHERE n.user_id = a.user_id)
   ORDER BY 1`;

/** One bitmap per day and scope (the category, and the nil uuid for all categories). */
export const INSERT_ACTIVE = `${BOUNDS},
  zero AS MATERIALIZED (SELECT repeat('0', (SELECT coalesce(max(no), 0) FROM analytics_member_numbers))::varbit AS bits)
  INSERT INTO analytics_active_members (scope_id, day, members, refreshed_at)
  SELECT d.scope, d.day, bit_or(set_bit(z.bits, d.no - 1, 1)), $4
    FROM (SELECT DISTINCT s.scope, ${LOCAL_DAY('a.at')} AS day, n.no FROM (${ACTIVITY}) a
            JOIN analytics_member_numbers n ON n.user_id = a.user_id
            CROSS JOIN LATERAL (VALUES (a.category_id), ('${NIL}'::uuid)) s(scope)) d, zero z
   GROUP BY d.scope, d.day`;

/**
 * Contributions per member, day and scope (the category, and the nil uuid for all): reputation
 * gained (the ledger, with the category of the post it is about; events without a post count only
 * for all), answers written (not deleted) and answers accepted.
 */
export const INSERT_CONTRIBUTORS = `${BOUNDS},
  per_category AS (
    SELECT ${LOCAL_DAY('e.at')} AS day, e.category_id, e.user_id, sum(e.rep) AS rep, sum(e.ans) AS ans, sum(e.acc) AS acc FROM (
      SELECT r.created_at AS at, r.user_id, coalesce(t.category_id, '${NIL}') AS category_id, r.points AS rep, 0 AS ans, 0 AS acc FROM reputation_events r
        LEFT JOIN answers a ON r.post_kind = 'ANSWER' AND a.id = r.post_id
        LEFT JOIN comments cm ON r.post_kind = 'COMMENT' AND cm.id = r.post_id
        LEFT JOIN threads t ON t.id = coalesce(r.thread_id, CASE r.post_kind WHEN 'QUESTION' THEN r.post_id WHEN 'ANSWER' THEN a.thread_id WHEN 'COMMENT' THEN cm.thread_id END)
       WHERE ${IN_RANGE('r.created_at')}
      UNION ALL SELECT a.created_at, a.author_id, t.category_id, 0, 1, 0 FROM answers a JOIN threads t ON t.id = a.thread_id
       WHERE a.deleted_at IS NULL AND t.deleted_at IS NULL AND ${IN_RANGE('a.created_at')}
      UNION ALL SELECT t.solved_at, a.author_id, t.category_id, 0, 0, 1 FROM threads t JOIN answers a ON a.id = t.accepted_answer_id
       WHERE t.deleted_at IS NULL AND ${IN_RANGE('t.solved_at')}
    ) e GROUP BY 1, 2, 3)
  INSERT INTO analytics_contributors_daily (scope_id, day, user_id, reputation, answers, accepted)
  SELECT category_id, day, user_id, rep, ans, acc FROM per_category WHERE category_id <> '${NIL}'
  UNION ALL SELECT '${NIL}', day, user_id, sum(rep), sum(ans), sum(acc) FROM per_category GROUP BY day, user_id`;

/** Monthly contributions ($1: the first days of complete months), from the daily rows of each scope. */
export const INSERT_CONTRIBUTORS_MONTHLY = `
  INSERT INTO analytics_contributors_monthly (scope_id, month, user_id, reputation, answers, accepted)
  SELECT d.scope_id, date_trunc('month', d.day)::date, d.user_id, sum(d.reputation), sum(d.answers), sum(d.accepted)
    FROM analytics_contributors_daily d
   WHERE d.day >= (SELECT min(m) FROM unnest($1::date[]) m) AND d.day < (SELECT max(m) FROM unnest($1::date[]) m) + interval '1 month'
     AND date_trunc('month', d.day)::date = ANY($1::date[])
   GROUP BY 1, 2, 3`;

// Seconds from asking to the first and to the accepted answer, as float8 (what the percentiles were always taken over).
const TO_FIRST_ANSWER = 'extract(epoch FROM t.first_answered_at - t.created_at)::float8';
const TO_ACCEPTED = 'extract(epoch FROM t.solved_at - t.created_at)::float8';

/**
 * Response times of the questions asked on the local days $1 (date[]) in time zone $2, per scope
 * (the category, and the nil uuid for all), each array sorted: a percentile over any run of days
 * is the percentile of their unnested arrays, the same as over the raw threads.
 */
export const INSERT_RESPONSE_TIMES = `
  INSERT INTO analytics_response_times (scope_id, day, first_answer, accepted)
  SELECT s.scope, d.day,
         coalesce(array_agg(${TO_FIRST_ANSWER} ORDER BY ${TO_FIRST_ANSWER}) FILTER (WHERE t.first_answered_at IS NOT NULL), '{}'),
         coalesce(array_agg(${TO_ACCEPTED} ORDER BY ${TO_ACCEPTED}) FILTER (WHERE t.accepted_answer_id IS NOT NULL AND t.solved_at IS NOT NULL), '{}')
    FROM unnest($1::date[]) d(day)
    JOIN threads t ON t.created_at >= (d.day::timestamp AT TIME ZONE $2) AND t.created_at < ((d.day + 1)::timestamp AT TIME ZONE $2)
    CROSS JOIN LATERAL (VALUES (t.category_id), ('${NIL}'::uuid)) s(scope)
   WHERE t.deleted_at IS NULL
   GROUP BY 1, 2`;

/** Takes the noted changed threads off the list and returns the local days (in $1) they were asked on. */
export const TAKE_DAYS_OF_CHANGED_THREADS = `
  WITH taken AS (DELETE FROM analytics_changed_threads RETURNING thread_id)
  SELECT DISTINCT (t.created_at AT TIME ZONE $1)::date::text AS day FROM threads t WHERE t.id IN (SELECT thread_id FROM taken)`;

// Members hit by a thread: its asker, members who follow it by choice and members who voted its
// question up. `where(timeColumn, threadColumn)` restricts each branch.
const hitEvents = (where: (at: string, thread: string) => string) => `
  SELECT t.created_at AS at, t.id AS thread_id FROM threads t WHERE ${where('t.created_at', 't.id')}
  UNION ALL SELECT f.created_at, f.thread_id FROM thread_follows f WHERE f.following AND f.source = 'MANUAL' AND ${where('f.created_at', 'f.thread_id')}
  UNION ALL SELECT v.created_at, v.post_id FROM votes v WHERE v.post_kind = 'QUESTION' AND v.value = 1 AND ${where('v.created_at', 'v.post_id')}`;

/** Members hit per day by the clustered threads (threads in no cluster are never ranked). */
export const INSERT_THREAD_HITS = `${BOUNDS}
  INSERT INTO analytics_thread_hits (day, thread_id, category_id, hits)
  SELECT ${LOCAL_DAY('e.at')}, e.thread_id, t.category_id, count(*) FROM (${hitEvents((at) => IN_RANGE(at))}) e
    JOIN thread_cluster_members m ON m.thread_id = e.thread_id JOIN threads t ON t.id = e.thread_id
   WHERE t.deleted_at IS NULL
   GROUP BY 1, 2, 3`;

/** The whole history of some threads ($1) that just joined a cluster; $2 is the time zone. */
export const INSERT_HITS_OF_THREADS = `
  INSERT INTO analytics_thread_hits (day, thread_id, category_id, hits)
  SELECT (e.at AT TIME ZONE $2)::date, e.thread_id, t.category_id, count(*) FROM (${hitEvents((_, thread) => `${thread} = ANY($1::uuid[])`)}) e
    JOIN threads t ON t.id = e.thread_id
   WHERE t.deleted_at IS NULL
   GROUP BY 1, 2, 3`;

/** Local days (in $2) on which changed cases ($1: changed since) had anything counted. */
export const DAYS_OF_CHANGED_CASES = `
  SELECT DISTINCT (x.at AT TIME ZONE $2)::date::text AS day FROM webcare_cases c
   CROSS JOIN LATERAL (
     SELECT unnest(ARRAY[c.created_at, c.first_responded_at, c.first_response_breached_at, c.resolved_at, c.resolution_breached_at, c.rated_at]) AS at
     UNION ALL SELECT s.at FROM webcare_case_status_changes s WHERE s.case_id = c.id
     UNION ALL SELECT x.created_at FROM webcare_case_assignments x WHERE x.case_id = c.id) x
  WHERE c.updated_at >= $1 AND x.at IS NOT NULL`;
