import { MigrationInterface, QueryRunner } from 'typeorm';

export class Analytics1764043800000 implements MigrationInterface {
  name = 'Analytics1764043800000';

  async up(q: QueryRunner): Promise<void> {
    // Daily rollup per local day (ANALYTICS_TIME_ZONE) and category, rebuilt from the raw tables
    // by AnalyticsService. Figures with no category (searches, suggestions) use the nil uuid.
    await q.query(`
      CREATE TABLE analytics_daily (
        day date NOT NULL,
        category_id uuid NOT NULL,
        questions integer NOT NULL DEFAULT 0,
        answered_in_window integer NOT NULL DEFAULT 0,
        answered integer NOT NULL DEFAULT 0,
        solved_by_community integer NOT NULL DEFAULT 0,
        solved_by_staff integer NOT NULL DEFAULT 0,
        expert_answers integer NOT NULL DEFAULT 0,
        expert_answers_accepted integer NOT NULL DEFAULT 0,
        cases_opened integer NOT NULL DEFAULT 0,
        first_response_met integer NOT NULL DEFAULT 0,
        first_response_total integer NOT NULL DEFAULT 0,
        resolution_met integer NOT NULL DEFAULT 0,
        resolution_total integer NOT NULL DEFAULT 0,
        ratings_sum integer NOT NULL DEFAULT 0,
        ratings_count integer NOT NULL DEFAULT 0,
        ratings_4_5 integer NOT NULL DEFAULT 0,
        transfers integer NOT NULL DEFAULT 0,
        searches integer NOT NULL DEFAULT 0,
        searches_no_result integer NOT NULL DEFAULT 0,
        suggestions_shown integer NOT NULL DEFAULT 0,
        suggestions_opened integer NOT NULL DEFAULT 0,
        asks_abandoned integer NOT NULL DEFAULT 0,
        refreshed_at timestamptz NOT NULL,
        PRIMARY KEY (day, category_id)
      )`);
    await q.query(`CREATE INDEX analytics_daily_category ON analytics_daily (category_id, day)`);
    // The rollup reads events by the time they happened.
    await q.query(`CREATE INDEX threads_first_answered ON threads (first_answered_at) WHERE first_answered_at IS NOT NULL`);
    await q.query(`CREATE INDEX threads_solved ON threads (solved_at) WHERE solved_at IS NOT NULL`);
    await q.query(`CREATE INDEX threads_staff_resolved ON threads (staff_resolved_at) WHERE staff_resolved_at IS NOT NULL`);
    await q.query(`CREATE INDEX answers_expert_created ON answers (created_at) WHERE is_expert`);
    await q.query(`CREATE INDEX webcare_cases_created ON webcare_cases (created_at)`);
    await q.query(`CREATE INDEX webcare_cases_first_responded ON webcare_cases (first_responded_at) WHERE first_responded_at IS NOT NULL`);
    await q.query(`CREATE INDEX webcare_cases_resolved ON webcare_cases (resolved_at) WHERE resolved_at IS NOT NULL`);
    await q.query(`CREATE INDEX webcare_cases_rated ON webcare_cases (rated_at) WHERE rated_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX webcare_cases_rated, webcare_cases_resolved, webcare_cases_first_responded, webcare_cases_created, answers_expert_created, threads_staff_resolved, threads_solved, threads_first_answered`);
    await q.query(`DROP TABLE analytics_daily`);
  }
}
