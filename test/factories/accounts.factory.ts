import { randomBytes } from 'node:crypto';
import type { TestApp } from '../support/test-app.js';

export interface TestMember {
  id: string;
  displayName: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

const REGISTER = `mutation($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id displayName email } }
}`;

/** Registers a member through the API; `role` is then granted as an admin would. */
export async function member(t: TestApp, opts: { role?: 'MEMBER' | 'STAFF' | 'ADMIN'; reputation?: number; name?: string } = {}): Promise<TestMember> {
  const suffix = randomBytes(4).toString('hex');
  const input = { email: `m${suffix}@example.test`, displayName: opts.name ?? `member_${suffix}`, password: 'long enough password' };
  const res = await t.gql(null, REGISTER, { input });
  if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  const { accessToken, refreshToken, user } = res.data.register;
  // Roles and reputation are granted directly: there is no earlier admin to ask in a fresh database.
  if (opts.role && opts.role !== 'MEMBER') await t.db.query(`UPDATE users SET role = $2 WHERE id = $1`, [user.id, opts.role]);
  if (opts.reputation && opts.reputation > 1) {
    // Through the ledger, so that a rebuild arrives at the same figure.
    await t.db.query(
      `INSERT INTO reputation_events (user_id, kind, points, cap_day, note, created_at) VALUES ($1, 'adjustment', $2, $3, 'test setup', $4)`,
      [user.id, opts.reputation, t.clock.now().toISOString().slice(0, 10), t.clock.now()],
    );
    await t.db.query(`UPDATE users SET reputation_points = reputation_points + $2 WHERE id = $1`, [user.id, opts.reputation]);
  }
  return { id: user.id, displayName: user.displayName, email: user.email, password: input.password, token: accessToken, refreshToken };
}
