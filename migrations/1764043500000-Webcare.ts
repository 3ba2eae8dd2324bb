import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webcare1764043500000 implements MigrationInterface {
  name = 'Webcare1764043500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webcare_teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(80) NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX webcare_teams_name_key ON webcare_teams (lower(name))`);
    await q.query(`
      CREATE TABLE webcare_team_members (
        team_id uuid NOT NULL REFERENCES webcare_teams(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        added_at timestamptz NOT NULL,
        PRIMARY KEY (team_id, user_id)
      )`);
    await q.query(`CREATE INDEX webcare_team_members_user ON webcare_team_members (user_id)`);

    // Durations in seconds; priorities holds {P1..P4: {firstResponseSeconds, resolutionSeconds}}.
    await q.query(`
      CREATE TABLE webcare_sla_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(80) NOT NULL,
        community_window_seconds integer NOT NULL,
        resolution_window_seconds integer NOT NULL,
        complaint_window_seconds integer NOT NULL,
        priorities jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE UNIQUE INDEX webcare_sla_policies_name_key ON webcare_sla_policies (lower(name))`);

    // A category without a row routes to no team and uses the default policy.
    await q.query(`
      CREATE TABLE webcare_category_routing (
        category_id uuid PRIMARY KEY REFERENCES categories(id),
        team_id uuid REFERENCES webcare_teams(id),
        policy_id uuid REFERENCES webcare_sla_policies(id),
        complaint_threshold real NOT NULL DEFAULT 0.5 CHECK (complaint_threshold > 0 AND complaint_threshold <= 1),
        updated_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL
      )`);

    // Timed escalation state per thread. next_due_at is the earliest timed rule not yet swept;
    // swept_until is how far the sweep has processed this thread, so a rule fires exactly once.
    await q.query(`
      CREATE TABLE webcare_thread_timers (
        thread_id uuid PRIMARY KEY REFERENCES threads(id),
        next_due_at timestamptz,
        swept_until timestamptz NOT NULL,
        complaint_detected_at timestamptz,
        complaint_score real,
        complaint_phrases text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_thread_timers_due ON webcare_thread_timers (next_due_at) WHERE next_due_at IS NOT NULL`);

    await q.query(`CREATE TYPE webcare_case_status AS ENUM ('NEW', 'OPEN', 'PENDING_MEMBER', 'RESOLVED')`);
    await q.query(`CREATE TYPE webcare_priority AS ENUM ('P1', 'P2', 'P3', 'P4')`);
    await q.query(`
      CREATE TABLE webcare_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id),
        member_id uuid NOT NULL REFERENCES users(id),
        category_id uuid NOT NULL REFERENCES categories(id),
        team_id uuid REFERENCES webcare_teams(id),
        priority webcare_priority NOT NULL,
        status webcare_case_status NOT NULL DEFAULT 'NEW',
        assignee_id uuid REFERENCES users(id),
        is_private boolean NOT NULL DEFAULT false,
        first_response_seconds integer NOT NULL,
        resolution_seconds integer NOT NULL,
        first_response_due_at timestamptz NOT NULL,
        resolution_due_at timestamptz NOT NULL,
        paused_since timestamptz,
        first_responded_at timestamptz,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id),
        resolution_note varchar(2000),
        transfer_count integer NOT NULL DEFAULT 0,
        rating smallint CHECK (rating BETWEEN 1 AND 5),
        rating_comment varchar(1000),
        rated_at timestamptz,
        first_response_breached_at timestamptz,
        resolution_breached_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        due_at timestamptz GENERATED ALWAYS AS (
          CASE WHEN first_responded_at IS NULL THEN LEAST(first_response_due_at, resolution_due_at) ELSE resolution_due_at END
        ) STORED
      )`);
    // One open case per thread, whatever fires: openers INSERT ... ON CONFLICT against this index.
    await q.query(`CREATE UNIQUE INDEX webcare_cases_one_open ON webcare_cases (thread_id) WHERE status <> 'RESOLVED'`);
    await q.query(`CREATE INDEX webcare_cases_unassigned ON webcare_cases (team_id, due_at, id) WHERE status = 'NEW' AND assignee_id IS NULL`);
    await q.query(`CREATE INDEX webcare_cases_open_by_due ON webcare_cases (due_at, id) WHERE status <> 'RESOLVED'`);
    await q.query(`CREATE INDEX webcare_cases_assignee ON webcare_cases (assignee_id, due_at, id) WHERE status <> 'RESOLVED'`);
    await q.query(`CREATE INDEX webcare_cases_thread ON webcare_cases (thread_id, created_at DESC)`);
    await q.query(`CREATE INDEX webcare_cases_member ON webcare_cases (member_id, created_at DESC)`);
    // The breach sweep's two watch lists: clocks that can still breach and have not been reported.
    await q.query(`
      CREATE INDEX webcare_cases_first_response_watch ON webcare_cases (first_response_due_at)
        WHERE first_responded_at IS NULL AND first_response_breached_at IS NULL AND status <> 'RESOLVED'`);
    await q.query(`
      CREATE INDEX webcare_cases_resolution_watch ON webcare_cases (resolution_due_at)
        WHERE resolution_breached_at IS NULL AND status <> 'RESOLVED'`);

    // Why a case exists: one row per trigger, in order (serial ids keep triggers of one instant in sequence). dedupe_key makes redelivered events and repeated sweeps no-ops.
    await q.query(`
      CREATE TABLE webcare_case_reasons (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES webcare_cases(id),
        thread_id uuid NOT NULL REFERENCES threads(id),
        kind varchar(32) NOT NULL,
        priority webcare_priority NOT NULL,
        detail varchar(1000) NOT NULL DEFAULT '',
        actor_id uuid REFERENCES users(id),
        dedupe_key varchar(200) UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_case_reasons_case ON webcare_case_reasons (case_id, created_at)`);
    await q.query(`CREATE INDEX webcare_case_reasons_member_requests ON webcare_case_reasons (actor_id, created_at) WHERE kind IN ('MEMBER_ASKED_HELP', 'MEMBER_ASKED_PRIVATE')`);

    // Every status a case entered; the SLA pauses are derived from it.
    await q.query(`
      CREATE TABLE webcare_case_status_changes (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES webcare_cases(id),
        status webcare_case_status NOT NULL,
        actor_id uuid REFERENCES users(id),
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_case_status_changes_case ON webcare_case_status_changes (case_id, at, id)`);

    await q.query(`
      CREATE TABLE webcare_case_assignments (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES webcare_cases(id),
        kind varchar(16) NOT NULL CHECK (kind IN ('CLAIM', 'ASSIGN', 'TRANSFER')),
        from_assignee_id uuid REFERENCES users(id),
        to_assignee_id uuid REFERENCES users(id),
        from_team_id uuid REFERENCES webcare_teams(id),
        to_team_id uuid REFERENCES webcare_teams(id),
        actor_id uuid NOT NULL REFERENCES users(id),
        note varchar(500) NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_case_assignments_case ON webcare_case_assignments (case_id, created_at)`);

    await q.query(`
      CREATE TABLE webcare_case_notes (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES webcare_cases(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body varchar(5000) NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_case_notes_case ON webcare_case_notes (case_id, created_at)`);

    // The private conversation between the asker and staff.
    await q.query(`
      CREATE TABLE webcare_case_messages (
        id bigserial PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES webcare_cases(id),
        author_id uuid NOT NULL REFERENCES users(id),
        from_staff boolean NOT NULL,
        body varchar(10000) NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_case_messages_case ON webcare_case_messages (case_id, created_at)`);

    await q.query(`
      CREATE TABLE webcare_saved_replies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES webcare_teams(id) ON DELETE CASCADE,
        title varchar(120) NOT NULL,
        body varchar(10000) NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_saved_replies_team ON webcare_saved_replies (team_id, lower(title))`);

    await q.query(`CREATE TYPE webcare_contact_channel AS ENUM ('PHONE', 'EMAIL', 'WHATSAPP', 'SOCIAL', 'OTHER')`);
    await q.query(`
      CREATE TABLE webcare_contacts (
        id bigserial PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES users(id),
        channel webcare_contact_channel NOT NULL,
        summary varchar(2000) NOT NULL,
        case_id uuid REFERENCES webcare_cases(id),
        logged_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webcare_contacts_member ON webcare_contacts (member_id, created_at DESC)`);

    // A thread solved by staff resolution (no accepted answer): status SOLVED with these set.
    await q.query(`ALTER TABLE threads ADD COLUMN staff_resolved_at timestamptz, ADD COLUMN staff_resolved_case_id uuid REFERENCES webcare_cases(id)`);

    // Threads that exist before webcare: evaluate them on the first sweep.
    await q.query(`
      INSERT INTO webcare_thread_timers (thread_id, next_due_at, swept_until, updated_at)
      SELECT id, created_at, created_at, created_at FROM threads WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE threads DROP COLUMN staff_resolved_case_id, DROP COLUMN staff_resolved_at`);
    await q.query(`
      DROP TABLE webcare_contacts, webcare_saved_replies, webcare_case_messages, webcare_case_notes, webcare_case_assignments,
        webcare_case_status_changes, webcare_case_reasons, webcare_cases, webcare_thread_timers, webcare_category_routing,
        webcare_sla_policies, webcare_team_members, webcare_teams`);
    await q.query(`DROP TYPE webcare_contact_channel, webcare_priority, webcare_case_status`);
  }
}
