import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764043700000 implements MigrationInterface {
  name = 'Notifications1764043700000';

  async up(q: QueryRunner): Promise<void> {
    // One inbox row per notification or per group ("5 new answers on …"): while a group is unread
    // and its last item is recent, new items of the same kind and subject join it (count, actors).
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id),
        kind varchar(40) NOT NULL,
        group_key varchar(120),
        thread_id uuid REFERENCES threads(id),
        post_id uuid,
        answer_id uuid,
        comment_id uuid,
        case_id uuid,
        category_id uuid REFERENCES categories(id),
        actor_id uuid REFERENCES users(id),
        actor_ids uuid[] NOT NULL DEFAULT '{}',
        count integer NOT NULL DEFAULT 1,
        data jsonb NOT NULL DEFAULT '{}',
        read_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX notifications_inbox ON notifications (recipient_id, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notifications_unread ON notifications (recipient_id) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notifications_open_group ON notifications (recipient_id, group_key, updated_at DESC) WHERE read_at IS NULL AND group_key IS NOT NULL`);

    // What was already notified: 'event:<outbox id>:<recipient>' or a rule's own key (a vote
    // milestone once per post, a mention once per post and member). Redelivery finds its key here.
    await q.query(`
      CREATE TABLE notification_receipts (
        dedupe_key varchar(200) PRIMARY KEY,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX notification_receipts_notification ON notification_receipts (notification_id)`);

    // A missing row means the kind is on.
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id),
        kind varchar(40) NOT NULL,
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);

    // Askers and answerers follow automatically; an unfollow is kept (following = false), so a
    // later answer by the same member does not follow them again.
    await q.query(`
      CREATE TABLE thread_follows (
        thread_id uuid NOT NULL REFERENCES threads(id),
        user_id uuid NOT NULL REFERENCES users(id),
        following boolean NOT NULL,
        source varchar(10) NOT NULL CHECK (source IN ('ASKED', 'ANSWERED', 'MANUAL')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (thread_id, user_id)
      )`);
    await q.query(`CREATE INDEX thread_follows_user ON thread_follows (user_id, updated_at DESC) WHERE following`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thread_follows, notification_preferences, notification_receipts, notifications`);
  }
}
