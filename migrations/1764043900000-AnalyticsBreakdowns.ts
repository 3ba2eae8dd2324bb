import { MigrationInterface, QueryRunner } from 'typeorm';

export class AnalyticsBreakdowns1764043900000 implements MigrationInterface {
  name = 'AnalyticsBreakdowns1764043900000';

  async up(q: QueryRunner): Promise<void> {
    // Webcare figures per local day and per case dimension (its category, team, assignee, priority
    // and opening reason as they are when the day is rolled up; the nil uuid means none).
    // backlog_delta: cases that became open (+1: opened or reopened) or closed (-1: resolved) that day.
    await q.query(`
      CREATE TABLE analytics_webcare_daily (
        day date NOT NULL,
        category_id uuid NOT NULL,
        team_id uuid NOT NULL,
        agent_id uuid NOT NULL,
        priority webcare_priority NOT NULL,
        reason varchar(32) NOT NULL,
        cases_opened integer NOT NULL DEFAULT 0,
        first_response_met integer NOT NULL DEFAULT 0,
        first_response_total integer NOT NULL DEFAULT 0,
        resolution_met integer NOT NULL DEFAULT 0,
        resolution_total integer NOT NULL DEFAULT 0,
        transfers integer NOT NULL DEFAULT 0,
        ratings_sum integer NOT NULL DEFAULT 0,
        ratings_count integer NOT NULL DEFAULT 0,
        ratings_4_5 integer NOT NULL DEFAULT 0,
        backlog_delta integer NOT NULL DEFAULT 0,
        refreshed_at timestamptz NOT NULL,
        PRIMARY KEY (day, category_id, team_id, agent_id, priority, reason)
      )`);
    await q.query(`CREATE INDEX analytics_webcare_daily_team ON analytics_webcare_daily (team_id, day)`);
    await q.query(`CREATE INDEX analytics_webcare_daily_category ON analytics_webcare_daily (category_id, day)`);

    // Registrations per day (kept under the nil category, like searches).
    await q.query(`ALTER TABLE analytics_daily ADD COLUMN new_members integer NOT NULL DEFAULT 0`);

    // Active members: a bitmap per local day and scope (a category, or the nil uuid for all), bit
    // no-1 set for each member who asked, answered, commented or voted. Distinct members over any
    // run of days is the bit count of the OR of its bitmaps: exact, and a year is 365 small rows.
    await q.query(`CREATE TABLE analytics_member_numbers (user_id uuid PRIMARY KEY REFERENCES users(id), no integer GENERATED ALWAYS AS IDENTITY UNIQUE)`);
    await q.query(`
      CREATE TABLE analytics_active_members (
        scope_id uuid NOT NULL,
        day date NOT NULL,
        members bit varying NOT NULL,
        refreshed_at timestamptz NOT NULL,
        PRIMARY KEY (scope_id, day)
      )`);

    // Contributions per member, per local day and per complete month, for each scope: a category,
    // and the nil uuid for all categories (so a year of "all" reads twelve months, not 365 days).
    // The reputation indexes give each day's or month's leaders for the top-contributors query.
    await q.query(`
      CREATE TABLE analytics_contributors_daily (
        scope_id uuid NOT NULL,
        day date NOT NULL,
        user_id uuid NOT NULL,
        reputation integer NOT NULL DEFAULT 0,
        answers integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        PRIMARY KEY (scope_id, day, user_id)
      )`);
    await q.query(`CREATE INDEX analytics_contributors_daily_day ON analytics_contributors_daily (day)`);
    await q.query(`CREATE INDEX analytics_contributors_daily_leaders ON analytics_contributors_daily (scope_id, day, reputation DESC) INCLUDE (user_id)`);
    await q.query(`CREATE INDEX analytics_contributors_daily_member ON analytics_contributors_daily (scope_id, user_id, day) INCLUDE (reputation, answers, accepted)`);
    await q.query(`
      CREATE TABLE analytics_contributors_monthly (
        scope_id uuid NOT NULL,
        month date NOT NULL,
        user_id uuid NOT NULL,
        reputation integer NOT NULL DEFAULT 0,
        answers integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        PRIMARY KEY (scope_id, month, user_id)
      )`);
    await q.query(`CREATE INDEX analytics_contributors_monthly_leaders ON analytics_contributors_monthly (scope_id, month, reputation DESC) INCLUDE (user_id)`);
    await q.query(`CREATE INDEX analytics_contributors_monthly_member ON analytics_contributors_monthly (scope_id, user_id, month) INCLUDE (reputation, answers, accepted)`);

    // Recurring problems: threads that ask the same thing, by the similar-questions ranking or a
    // moderator's duplicate marking. A thread is in at most one cluster; staff may mark a cluster
    // as a known issue with a status text shown on each of its threads.
    await q.query(`
      CREATE TABLE thread_clusters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seed_thread_id uuid NOT NULL REFERENCES threads(id),
        known_issue varchar(500),
        known_issue_set_by uuid REFERENCES users(id),
        known_issue_set_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE thread_cluster_members (
        thread_id uuid PRIMARY KEY REFERENCES threads(id),
        cluster_id uuid NOT NULL REFERENCES thread_clusters(id),
        via varchar(10) NOT NULL CHECK (via IN ('SEED', 'SIMILAR', 'DUPLICATE')),
        score real,
        joined_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX thread_cluster_members_cluster ON thread_cluster_members (cluster_id)`);
    // Members hit per local day and clustered thread: its asker, members who followed it and members who voted it up.
    await q.query(`
      CREATE TABLE analytics_thread_hits (
        day date NOT NULL,
        thread_id uuid NOT NULL,
        category_id uuid NOT NULL,
        hits integer NOT NULL,
        PRIMARY KEY (day, thread_id)
      )`);
    await q.query(`CREATE INDEX analytics_thread_hits_thread ON analytics_thread_hits (thread_id)`);

    // How far the refresh job has looked at changed cases (transfers, reopenings, ratings), and how
    // far the clustering job has placed new threads (by ask time and id). Threads that exist now
    // are left to `npm run analytics:rebuild -- --clusters`.
    await q.query(`
      CREATE TABLE analytics_refresh_state (
        id smallint PRIMARY KEY CHECK (id = 1),
        cases_until timestamptz,
        clusters_until timestamptz,
        clusters_after uuid
      )`);
    await q.query(`
      INSERT INTO analytics_refresh_state (id, clusters_until, clusters_after)
      SELECT 1, t.created_at, t.id FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT created_at, id FROM threads ORDER BY created_at DESC, id DESC LIMIT 1) t ON true`);

    // The rollups read raw events by the time they happened.
    await q.query(`CREATE INDEX webcare_case_status_changes_at ON webcare_case_status_changes (at)`);
    await q.query(`CREATE INDEX webcare_case_assignments_transfers ON webcare_case_assignments (created_at) WHERE kind = 'TRANSFER'`);
    await q.query(`CREATE INDEX webcare_cases_updated ON webcare_cases (updated_at)`);
    await q.query(`CREATE INDEX reputation_events_created ON reputation_events (created_at)`);
    await q.query(`CREATE INDEX answers_created ON answers (created_at)`);
    await q.query(`CREATE INDEX comments_created ON comments (created_at)`);
    await q.query(`CREATE INDEX users_created ON users (created_at)`);
    await q.query(`CREATE INDEX thread_follows_manual_created ON thread_follows (created_at) WHERE following AND source = 'MANUAL'`);
    await q.query(`CREATE INDEX votes_question_up_created ON votes (created_at) WHERE post_kind = 'QUESTION' AND value = 1`);
    // Response-time percentiles over the questions asked in a range: an index-only scan.
    await q.query(`CREATE INDEX threads_asked_times ON threads (created_at) INCLUDE (category_id, first_answered_at, solved_at, accepted_answer_id) WHERE deleted_at IS NULL`);
    // Median resolution times per team, agent, priority and opening reason: index-only reads of the cases resolved in a range.
    await q.query(`CREATE INDEX webcare_cases_resolved_times ON webcare_cases (resolved_at) INCLUDE (id, created_at, team_id, assignee_id, priority, category_id) WHERE resolved_at IS NOT NULL`);
    await q.query(`CREATE INDEX webcare_case_reasons_opening ON webcare_case_reasons (case_id, created_at, id) INCLUDE (kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX webcare_case_reasons_opening, webcare_cases_resolved_times, threads_asked_times, votes_question_up_created, thread_follows_manual_created, users_created,
        comments_created, answers_created, reputation_events_created, webcare_cases_updated, webcare_case_assignments_transfers, webcare_case_status_changes_at`);
    await q.query(`
      DROP TABLE analytics_refresh_state, analytics_thread_hits, thread_cluster_members, thread_clusters, analytics_contributors_monthly,
        analytics_contributors_daily, analytics_active_members, analytics_member_numbers, analytics_webcare_daily`);
    await q.query(`ALTER TABLE analytics_daily DROP COLUMN new_members`);
  }
}
