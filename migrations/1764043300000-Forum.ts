import { MigrationInterface, QueryRunner } from 'typeorm';

export class Forum1764043300000 implements MigrationInterface {
  name = 'Forum1764043300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE settings (
        key varchar(64) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Reputation is the ledger's sum, never below 1; the generated column keeps that rule in one place.
    await q.query(`ALTER TABLE users ADD COLUMN reputation_points integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE users DROP COLUMN reputation`);
    await q.query(`ALTER TABLE users ADD COLUMN reputation integer GENERATED ALWAYS AS (GREATEST(1, reputation_points)) STORED`);

    await q.query(`
      CREATE TABLE categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(60) NOT NULL UNIQUE,
        name varchar(80) NOT NULL,
        description varchar(500) NOT NULL DEFAULT '',
        position integer NOT NULL DEFAULT 0,
        archived_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);

    await q.query(`
      CREATE TABLE tags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(35) NOT NULL UNIQUE,
        description varchar(300) NOT NULL DEFAULT '',
        thread_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX tags_name_trgm ON tags USING gin (name gin_trgm_ops)`);

    await q.query(`CREATE TYPE thread_status AS ENUM ('OPEN', 'ANSWERED', 'SOLVED', 'CLOSED', 'DUPLICATE')`);
    await q.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(200) NOT NULL UNIQUE,
        category_id uuid NOT NULL REFERENCES categories(id),
        author_id uuid NOT NULL REFERENCES users(id),
        title varchar(150) NOT NULL,
        body text NOT NULL,
        body_html text NOT NULL,
        mentions uuid[] NOT NULL DEFAULT '{}',
        status thread_status NOT NULL DEFAULT 'OPEN',
        accepted_answer_id uuid,
        score integer NOT NULL DEFAULT 0,
        answer_count integer NOT NULL DEFAULT 0,
        comment_count integer NOT NULL DEFAULT 0,
        view_count bigint NOT NULL DEFAULT 0,
        has_expert_answer boolean NOT NULL DEFAULT false,
        first_answered_at timestamptz,
        solved_at timestamptz,
        last_activity_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id)
      )`);
    // Category lists by activity, newest, score and unanswered, keyset-paginated; live threads only.
    await q.query(`CREATE INDEX threads_category_activity ON threads (category_id, last_activity_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX threads_activity ON threads (last_activity_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX threads_category_created ON threads (category_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX threads_created ON threads (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX threads_category_score ON threads (category_id, score DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX threads_unanswered ON threads (category_id, created_at DESC, id DESC) WHERE deleted_at IS NULL AND answer_count = 0`);
    await q.query(`CREATE INDEX threads_author ON threads (author_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE thread_tags (
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        tag_id uuid NOT NULL REFERENCES tags(id),
        PRIMARY KEY (thread_id, tag_id)
      )`);
    await q.query(`CREATE INDEX thread_tags_tag ON thread_tags (tag_id, thread_id)`);

    await q.query(`
      CREATE TABLE answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        body_html text NOT NULL,
        mentions uuid[] NOT NULL DEFAULT '{}',
        score integer NOT NULL DEFAULT 0,
        is_expert boolean NOT NULL DEFAULT false,
        is_staff boolean NOT NULL DEFAULT false,
        comment_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX answers_thread_rank ON answers (thread_id, is_expert DESC, score DESC, created_at, id)`);
    await q.query(`CREATE INDEX answers_author ON answers (author_id, created_at DESC)`);
    await q.query(`ALTER TABLE threads ADD CONSTRAINT threads_accepted_answer_fk FOREIGN KEY (accepted_answer_id) REFERENCES answers(id)`);

    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id),
        answer_id uuid REFERENCES answers(id),
        author_id uuid NOT NULL REFERENCES users(id),
        body varchar(600) NOT NULL,
        body_html text NOT NULL,
        mentions uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX comments_thread ON comments (thread_id, created_at) WHERE answer_id IS NULL`);
    await q.query(`CREATE INDEX comments_answer ON comments (answer_id, created_at) WHERE answer_id IS NOT NULL`);

    await q.query(`CREATE TYPE post_kind AS ENUM ('QUESTION', 'ANSWER', 'COMMENT')`);
    await q.query(`
      CREATE TABLE votes (
        post_id uuid NOT NULL,
        voter_id uuid NOT NULL REFERENCES users(id),
        post_kind post_kind NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        value smallint NOT NULL CHECK (value IN (-1, 1)),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (post_id, voter_id)
      )`);
    await q.query(`CREATE INDEX votes_voter_author ON votes (voter_id, author_id, created_at)`);
    await q.query(`CREATE INDEX votes_created ON votes (created_at)`);

    await q.query(`
      CREATE TABLE revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_kind post_kind NOT NULL,
        post_id uuid NOT NULL,
        number integer NOT NULL,
        editor_id uuid NOT NULL REFERENCES users(id),
        reason varchar(300) NOT NULL DEFAULT '',
        title varchar(150),
        body text NOT NULL,
        tags text[],
        created_at timestamptz NOT NULL,
        UNIQUE (post_id, number)
      )`);

    await q.query(`
      CREATE TABLE reputation_events (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id),
        kind varchar(40) NOT NULL,
        points integer NOT NULL,
        post_kind post_kind,
        post_id uuid,
        thread_id uuid,
        actor_id uuid REFERENCES users(id),
        -- The day whose +200 vote cap this event counts towards (a reversal counts on its original's day).
        cap_day date NOT NULL,
        reverses_id bigint REFERENCES reputation_events(id),
        reversed_by_id bigint REFERENCES reputation_events(id),
        note varchar(300),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX reputation_events_user ON reputation_events (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX reputation_events_cap ON reputation_events (user_id, cap_day) WHERE kind IN ('question_upvoted', 'answer_upvoted')`);
    await q.query(`CREATE INDEX reputation_events_post ON reputation_events (post_id, actor_id) WHERE reversed_by_id IS NULL AND reverses_id IS NULL`);

    await q.query(`
      CREATE TABLE expert_certifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        category_id uuid NOT NULL REFERENCES categories(id),
        granted_by uuid NOT NULL REFERENCES users(id),
        granted_at timestamptz NOT NULL,
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX expert_certifications_active ON expert_certifications (user_id, category_id) WHERE revoked_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE expert_certifications, reputation_events, revisions, votes, comments`);
    await q.query(`ALTER TABLE threads DROP CONSTRAINT threads_accepted_answer_fk`);
    await q.query(`DROP TABLE answers, thread_tags, threads, tags, categories, settings`);
    await q.query(`DROP TYPE post_kind, thread_status`);
    await q.query(`ALTER TABLE users DROP COLUMN reputation`);
    await q.query(`ALTER TABLE users ADD COLUMN reputation integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE users DROP COLUMN reputation_points`);
  }
}
