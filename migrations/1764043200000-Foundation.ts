import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764043200000 implements MigrationInterface {
  name = 'Foundation1764043200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE TYPE user_role AS ENUM ('MEMBER', 'STAFF', 'ADMIN')`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        display_name varchar(30) NOT NULL,
        password_hash text NOT NULL,
        role user_role NOT NULL DEFAULT 'MEMBER',
        reputation integer NOT NULL DEFAULT 1,
        bio varchar(500) NOT NULL DEFAULT '',
        suspended_until timestamptz,
        suspension_reason varchar(500),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`CREATE UNIQUE INDEX users_display_name_key ON users (lower(display_name))`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash char(64) NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id)`);

    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        account varchar(254) NOT NULL,
        address varchar(64) NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_failures_account_idx ON login_failures (account, at)`);
    await q.query(`CREATE INDEX login_failures_address_idx ON login_failures (address, at)`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        consumer varchar(64) NOT NULL,
        type varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        available_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX outbox_due_idx ON outbox (consumer, available_at, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox, login_failures, refresh_tokens, users`);
    await q.query(`DROP TYPE user_role`);
  }
}
