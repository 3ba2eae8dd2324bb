import { member } from '../factories/accounts.factory.js';
import { thread } from '../factories/forum.factory.js';
import { countQueries } from '../support/query-counter.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id email displayName role reputation } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken accessTokenExpiresAt user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { id displayName email role reputation } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('registers a member with reputation 1 and signs them in', async () => {
    const res = await t.gql(null, REGISTER, { input: { email: 'Fleur@Example.test', displayName: 'fleur', password: 'a long password' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.register.user).toMatchObject({ email: 'Fleur@Example.test', displayName: 'fleur', role: 'MEMBER', reputation: 1 });
    const me = await t.gql(res.data.register.accessToken, ME);
    expect(me.data.me.id).toBe(res.data.register.user.id);
    const [{ password_hash }] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [me.data.me.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a duplicate email (any case) with CONFLICT and creates nothing', async () => {
    const m = await member(t);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM users`);
    const res = await t.gql(null, REGISTER, { input: { email: m.email.toUpperCase(), displayName: 'someone_else', password: 'a long password' } });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions!.reason).toBe('email_taken');
    const after = await t.db.query(`SELECT count(*)::int AS n FROM users`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('names every failing field on bad input', async () => {
    const res = await t.gql(null, REGISTER, { input: { email: 'not-an-email', displayName: 'a b', password: 'short' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['displayName', 'email', 'password']);
  });

  it('logs in with the right password and refuses a wrong one', async () => {
    const m = await member(t);
    const ok = await t.gql(null, LOGIN, { input: { email: m.email, password: m.password } });
    expect(ok.errors).toBeUndefined();
    expect(new Date(ok.data.login.accessTokenExpiresAt).getTime() - t.clock.now().getTime()).toBe(15 * 60 * 1000);
    const bad = await t.gql(null, LOGIN, { input: { email: m.email, password: 'wrong password!' } });
    expect(codeOf(bad)).toBe('UNAUTHENTICATED');
    expect(bad.errors![0].extensions!.reason).toBe('invalid_credentials');
  });

  it('rate limits failed logins per account and tells when to retry', async () => {
    const m = await member(t);
    for (let i = 0; i < 5; i++) {
      const res = await t.gql(null, LOGIN, { input: { email: m.email, password: `wrong password ${i}` } });
      expect(codeOf(res)).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(null, LOGIN, { input: { email: m.email, password: m.password } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBe(900);
    t.clock.advance(901);
    const later = await t.gql(null, LOGIN, { input: { email: m.email, password: m.password } });
    expect(later.errors).toBeUndefined();
  });

  it('expires access tokens after 15 minutes', async () => {
    const m = await member(t);
    t.clock.advance(14 * 60);
    expect((await t.gql(m, ME)).data.me.id).toBe(m.id);
    t.clock.advance(2 * 60);
    const res = await t.gql(m, ME);
    expect(res.status).toBe(401);
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const m = await member(t);
    const first = await t.gql(null, REFRESH, { t: m.refreshToken });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(null, REFRESH, { t: first.data.refreshSession.refreshToken });
    expect(second.errors).toBeUndefined();
    // Replaying the first token: theft suspected, the whole family goes.
    const replay = await t.gql(null, REFRESH, { t: m.refreshToken });
    expect(replay.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'refresh_token_reused' });
    const newest = await t.gql(null, REFRESH, { t: second.data.refreshSession.refreshToken });
    expect(codeOf(newest)).toBe('UNAUTHENTICATED');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [m.id]);
    expect(n).toBe(0);
  });

  it('answers a token presented again within 30 s, before its successor is used (a reload mid-refresh), and not later', async () => {
    const m = await member(t);
    const lost = await t.gql(null, REFRESH, { t: m.refreshToken }); // the client never saw this answer
    expect(lost.errors).toBeUndefined();
    t.clock.advance(20);
    const retry = await t.gql(null, REFRESH, { t: m.refreshToken });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.refreshSession.refreshToken).not.toBe(lost.data.refreshSession.refreshToken);
    // the retried pair goes on working; nothing was revoked
    expect((await t.gql(null, REFRESH, { t: retry.data.refreshSession.refreshToken })).errors).toBeUndefined();
    const [{ revoked }] = await t.db.query(`SELECT count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked FROM refresh_tokens WHERE user_id = $1`, [m.id]);
    expect(revoked).toBe(0);
    // once a newer token of the family was used, or after 30 s, a replay is theft again
    const late = await member(t);
    await t.gql(null, REFRESH, { t: late.refreshToken });
    t.clock.advance(31);
    const replay = await t.gql(null, REFRESH, { t: late.refreshToken });
    expect(replay.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'refresh_token_reused' });
  });

  it('logout revokes the refresh token', async () => {
    const m = await member(t);
    expect((await t.gql(null, LOGOUT, { t: m.refreshToken })).data.logout).toBe(true);
    expect(codeOf(await t.gql(null, REFRESH, { t: m.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses `me` without a token and with a forged one', async () => {
    expect(codeOf(await t.gql(null, ME))).toBe('UNAUTHENTICATED');
    const forged = await t.gql('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad', ME);
    expect(forged.status).toBe(401);
    expect(codeOf(forged)).toBe('UNAUTHENTICATED');
  });

  it('enforces roles: only admins change roles, never their own', async () => {
    const admin = await member(t, { role: 'ADMIN' });
    const staff = await member(t, { role: 'STAFF' });
    const target = await member(t);
    const SET = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { id role } }`;
    expect(codeOf(await t.gql(target, SET, { input: { userId: target.id, role: 'ADMIN' } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(staff, SET, { input: { userId: target.id, role: 'STAFF' } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(admin, SET, { input: { userId: admin.id, role: 'MEMBER' } }))).toBe('FORBIDDEN');
    const ok = await t.gql(admin, SET, { input: { userId: target.id, role: 'STAFF' } });
    expect(ok.data.setUserRole.role).toBe('STAFF');
  });

  it('suspended accounts can neither log in nor use existing tokens, until the suspension ends', async () => {
    const staff = await member(t, { role: 'STAFF' });
    const m = await member(t);
    const until = new Date(t.clock.now().getTime() + 3600_000).toISOString();
    const res = await t.gql(staff, `mutation($input: SuspendMemberInput!) { suspendUser(input: $input) { suspendedUntil } }`, {
      input: { userId: m.id, until, reason: 'spam links' },
    });
    expect(res.errors).toBeUndefined();
    expect(codeOf(await t.gql(m, ME))).toBe('UNAUTHENTICATED');
    const login = await t.gql(null, LOGIN, { input: { email: m.email, password: m.password } });
    expect(login.errors![0].extensions!.reason).toBe('account_suspended');
    expect(login.errors![0].message).toContain('spam links');
    expect(codeOf(await t.gql(null, REFRESH, { t: m.refreshToken }))).toBe('UNAUTHENTICATED');
    t.clock.advance(3601);
    expect((await t.gql(null, LOGIN, { input: { email: m.email, password: m.password } })).errors).toBeUndefined();
  });

  it('hides email from other members but shows it to staff', async () => {
    const a = await member(t);
    const b = await member(t);
    const staff = await member(t, { role: 'STAFF' });
    const Q = `query($id: ID!) { user(id: $id) { id email } }`;
    expect((await t.gql(b, Q, { id: a.id })).data.user.email).toBeNull();
    expect((await t.gql(null, Q, { id: a.id })).data.user.email).toBeNull();
    expect((await t.gql(staff, Q, { id: a.id })).data.user.email).toBe(a.email);
    expect(codeOf(await t.gql(null, Q, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(null, Q, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('reads a token’s account once, and forgets it the moment its role or suspension changes', async () => {
    const admin = await member(t, { role: 'ADMIN' });
    const m = await member(t);
    const ROLE = `{ me { role } }`;
    const PING = `{ __typename }`;
    await t.gql(m, PING);
    // the account is in memory now: a request that needs nothing else sends no SQL at all
    expect((await countQueries(t.db, () => t.gql(m, PING))).count).toBe(0);

    await t.gql(admin, `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { role } }`, { input: { userId: m.id, role: 'STAFF' } });
    // staff may open the webcare queue: the next request already acts as staff
    expect((await t.gql(m, `{ webcareQueue(first: 1) { totalCount } }`)).errors).toBeUndefined();
    expect((await t.gql(m, ROLE)).data.me.role).toBe('STAFF');

    const until = new Date(t.clock.now().getTime() + 3600_000).toISOString();
    await t.gql(admin, `mutation($input: SuspendMemberInput!) { suspendUser(input: $input) { id } }`, { input: { userId: m.id, until, reason: 'testing' } });
    expect(codeOf(await t.gql(m, PING))).toBe('UNAUTHENTICATED');
    await t.gql(admin, `mutation($id: ID!) { unsuspendUser(userId: $id) { id } }`, { id: m.id });
    expect((await t.gql(m, PING)).errors).toBeUndefined();
  });

  it('decides a refusal for too little reputation on the stored figure, not on a cached account', async () => {
    const author = await member(t, { reputation: 100 });
    const voter = await member(t, { reputation: 1 });
    const q = (await thread(t, author)).id;
    const VOTE = `mutation($i: VoteInput!) { vote(input: $i) { score } }`;
    expect(codeOf(await t.gql(voter, VOTE, { i: { postId: q, value: 'UP' } }))).toBe('FORBIDDEN');
    // reputation changed behind the cache's back (as a rebuild from the command line would)
    await t.db.query(`UPDATE users SET reputation_points = 50 WHERE id = $1`, [voter.id]);
    expect((await t.gql(voter, VOTE, { i: { postId: q, value: 'UP' } })).data.vote.score).toBe(1);
  });
});
