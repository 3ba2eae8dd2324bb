import { MigrationInterface, QueryRunner } from 'typeorm';

export class Moderation1764043400000 implements MigrationInterface {
  name = 'Moderation1764043400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE threads
        ADD COLUMN locked_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN close_reason varchar(300),
        ADD COLUMN duplicate_of_id uuid REFERENCES threads(id),
        ADD COLUMN pinned_at timestamptz,
        ADD COLUMN hidden_at timestamptz`);
    await q.query(`CREATE INDEX threads_duplicate_of ON threads (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL`);
    await q.query(`CREATE INDEX threads_pinned ON threads (category_id, pinned_at DESC) WHERE pinned_at IS NOT NULL AND deleted_at IS NULL`);
    await q.query(`ALTER TABLE answers ADD COLUMN hidden_at timestamptz`);
    await q.query(`ALTER TABLE comments ADD COLUMN hidden_at timestamptz`);
    await q.query(`ALTER TABLE users ADD COLUMN flags_helpful integer NOT NULL DEFAULT 0, ADD COLUMN flags_declined integer NOT NULL DEFAULT 0`);

    await q.query(`CREATE TYPE flag_reason AS ENUM ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'DUPLICATE', 'NEEDS_STAFF')`);
    await q.query(`CREATE TYPE flag_status AS ENUM ('PENDING', 'HELPFUL', 'DECLINED')`);
    await q.query(`CREATE TYPE review_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'IGNORED')`);

    // One review item per flagged post (Discourse's reviewable); its version guards every action.
    await q.query(`
      CREATE TABLE review_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_kind post_kind NOT NULL,
        post_id uuid NOT NULL,
        thread_id uuid NOT NULL REFERENCES threads(id),
        category_id uuid NOT NULL REFERENCES categories(id),
        author_id uuid NOT NULL REFERENCES users(id),
        status review_status NOT NULL DEFAULT 'PENDING',
        weight numeric(8, 2) NOT NULL DEFAULT 0,
        auto_hidden boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        resolved_at timestamptz,
        resolved_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE UNIQUE INDEX review_items_pending_post ON review_items (post_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX review_items_queue ON review_items (category_id, created_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE review_item_history (
        id bigserial PRIMARY KEY,
        review_item_id uuid NOT NULL REFERENCES review_items(id),
        status review_status NOT NULL,
        action varchar(40) NOT NULL,
        actor_id uuid REFERENCES users(id),
        note varchar(500),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX review_item_history_item ON review_item_history (review_item_id, id)`);

    await q.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_item_id uuid NOT NULL REFERENCES review_items(id),
        post_kind post_kind NOT NULL,
        post_id uuid NOT NULL,
        thread_id uuid NOT NULL REFERENCES threads(id),
        flagger_id uuid NOT NULL REFERENCES users(id),
        reason flag_reason NOT NULL,
        duplicate_of_id uuid REFERENCES threads(id),
        comment varchar(500),
        weight numeric(6, 2) NOT NULL,
        status flag_status NOT NULL DEFAULT 'PENDING',
        created_at timestamptz NOT NULL,
        resolved_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX flags_one_open_per_member ON flags (post_id, flagger_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX flags_item ON flags (review_item_id)`);
    await q.query(`CREATE INDEX flags_flagger ON flags (flagger_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE close_votes (
        thread_id uuid NOT NULL REFERENCES threads(id),
        voter_id uuid NOT NULL REFERENCES users(id),
        kind varchar(10) NOT NULL CHECK (kind IN ('CLOSE', 'REOPEN')),
        reason varchar(300),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (thread_id, kind, voter_id)
      )`);

    await q.query(`
      CREATE TABLE moderation_audit (
        id bigserial PRIMARY KEY,
        actor_id uuid REFERENCES users(id),
        action varchar(40) NOT NULL,
        target_kind varchar(20) NOT NULL,
        target_id uuid NOT NULL,
        thread_id uuid REFERENCES threads(id),
        category_id uuid REFERENCES categories(id),
        reason varchar(500),
        before jsonb,
        after jsonb,
        public boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX moderation_audit_created ON moderation_audit (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX moderation_audit_thread ON moderation_audit (thread_id, created_at) WHERE thread_id IS NOT NULL`);
    await q.query(`CREATE INDEX moderation_audit_actor ON moderation_audit (actor_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_audit, close_votes, flags, review_item_history, review_items`);
    await q.query(`DROP TYPE review_status, flag_status, flag_reason`);
    await q.query(`ALTER TABLE users DROP COLUMN flags_helpful, DROP COLUMN flags_declined`);
    await q.query(`ALTER TABLE comments DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE answers DROP COLUMN hidden_at`);
    await q.query(`ALTER TABLE threads DROP COLUMN locked_at, DROP COLUMN closed_at, DROP COLUMN close_reason, DROP COLUMN duplicate_of_id, DROP COLUMN pinned_at, DROP COLUMN hidden_at`);
  }
}
