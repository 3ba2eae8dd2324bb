import { AnalyticsService } from '../../src/analytics/analytics.service.js';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { category, certify, thread, vote } from '../factories/forum.factory.js';
import { freshTokens, ok } from '../factories/webcare.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const PROBLEMS = `query($from: Date!, $to: Date!, $interval: AnalyticsInterval, $categoryId: ID) {
  analytics(from: $from, to: $to, interval: $interval, categoryId: $categoryId) {
    recurringProblems(first: 5) { clusterId title threadId threadSlug threadCount newThreads membersHit previousMembersHit rising sparkline knownIssue { status } }
  } }`;
const CLUSTER = `query($id: ID!) { threadCluster(id: $id) { id title threadCount knownIssue { status } threads { id via } } }`;
const SET = `mutation($input: KnownIssueInput!) { setKnownIssue(input: $input) { id threadCount knownIssue { clusterId status since } } }`;
const CLEAR = `mutation($id: ID!) { clearKnownIssue(clusterId: $id) { id knownIssue { status } } }`;
const KNOWN = `query($id: ID!) { thread(id: $id) { id knownIssue { clusterId status since } } }`;
const DUPLICATE = `mutation($input: MarkDuplicateInput!) { markDuplicate(input: $input) { id status } }`;
const FOLLOW = `mutation($id: ID!) { followThread(threadId: $id) { following } }`;

describe('analytics: recurring problems (clusters of threads that ask the same thing) and known issues', () => {
  let t: TestApp;
  let staff: TestMember;
  let admin: TestMember;
  beforeAll(async () => {
    t = freshTokens(await createTestApp({}, { workers: false }));
    staff = await member(t, { role: 'STAFF' });
    admin = await member(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  const at = (iso: string) => t.clock.set(iso);
  // The search index and the clusters follow the outbox; the index consumer runs first.
  const settle = async () => {
    while ((await t.drainOutbox()) > 0);
  };
  const refresh = () => t.app.get(PeriodicJobs).runNow('analytics.refresh');
  const clusterOf = async (threadId: string): Promise<string | null> =>
    (await t.db.query(`SELECT cluster_id FROM thread_cluster_members WHERE thread_id = $1`, [threadId]))[0]?.cluster_id ?? null;

  it('clusters near-duplicates and moderator duplicates, ranks them by members hit and shows a known issue on every thread', async () => {
    at('2026-04-01T08:00:00Z');
    const cat = await category(t, { admin });
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const voter = await member(t, { reputation: 100 });
    const follower = await member(t);
    const askers = Array.from({ length: 5 }, () => member(t));
    const [ua, ub, uc, ud, ue] = await Promise.all(askers);
    // A new thread is placed by the clustering job once it is a minute old (the search index has it and every older one by then).
    const ask = async (who: TestMember, title: string, body: string) => {
      const q = await thread(t, who, { categoryId: cat.id, title, body, tags: ['smart-meter'] });
      await settle();
      t.clock.advance(61);
      expect(await t.app.get(PeriodicJobs).runNow('analytics.clusters')).toBe(true);
      return q;
    };

    // Wednesday 8 April (the week before the range): the first report.
    at('2026-04-08T09:00:00Z');
    const a = await ask(ua, 'Smart meter stopped sending readings to the app', 'Since last week the app shows no daily readings from my smart meter. The display on the meter itself still works.');
    expect(await clusterOf(a.id)).toBeNull(); // alone: no cluster
    await refresh();

    // Monday 13 April: the same problem, in other words.
    at('2026-04-13T09:00:00Z');
    const b = await ask(ub, 'My smart meter stopped sending readings', 'The app has not shown any readings from my smart meter for a week, while the meter display works fine.');
    await refresh();
    // Tuesday: a third one, and a member follows the first thread.
    at('2026-04-14T09:00:00Z');
    const c = await ask(uc, 'Smart meter readings no longer in the app', 'My smart meter readings stopped showing in the app last week; the display on the meter still works.');
    await ok(t.gql(follower, FOLLOW, { id: a.id }), 'followThread');
    // An unrelated question.
    const d = await ask(ud, 'How do I change the bank account for my direct debit?', 'I moved to another bank and want the monthly amount taken from my new account.');
    await refresh();
    const cluster = await clusterOf(a.id);
    expect(cluster).not.toBeNull();
    expect(await clusterOf(b.id)).toBe(cluster);
    expect(await clusterOf(c.id)).toBe(cluster);
    expect(await clusterOf(d.id)).toBeNull();

    // Wednesday: a member votes the second question up ("me too").
    at('2026-04-15T09:00:00Z');
    expect((await vote(t, voter, b.id, 'UP')).errors).toBeUndefined();
    await refresh();
    // Thursday: a question in other words that the ranking does not match; an expert of the category marks it as a duplicate.
    at('2026-04-16T09:00:00Z');
    const e = await ask(ue, 'Energy usage graph empty since Monday', 'The usage graph on the website is blank for this week.');
    expect(await clusterOf(e.id)).toBeNull();
    at('2026-04-16T10:00:00Z');
    await ok(t.gql(expert, DUPLICATE, { input: { threadId: e.id, originalId: a.id, reason: 'Same meter data problem' } }), 'markDuplicate');
    await settle();
    expect(await clusterOf(e.id)).toBe(cluster);
    await refresh();

    const detail = await ok(t.gql(staff, CLUSTER, { id: cluster }), 'threadCluster');
    expect(detail).toMatchObject({ id: cluster, title: 'Smart meter stopped sending readings to the app', threadCount: 4, knownIssue: null });
    expect(detail.threads.map((x: any) => [x.id, x.via])).toEqual([[e.id, 'DUPLICATE'], [c.id, 'SIMILAR'], [b.id, 'SIMILAR'], [a.id, 'SEED']]);

    // The week of 13–19 April: askers of b, c and e (3), the follower of a (1) and the voter on b (1) = 5 members hit; the week
    // before: the asker of a (1). Per day: Mon b; Tue c and the follow; Wed the vote; Thu e.
    at('2026-04-20T09:00:00Z');
    const week = await ok(t.gql(staff, PROBLEMS, { from: '2026-04-13', to: '2026-04-19', interval: 'DAY' }), 'analytics');
    expect(week.recurringProblems).toEqual([
      {
        clusterId: cluster, title: 'Smart meter stopped sending readings to the app', threadId: a.id, threadSlug: a.slug, threadCount: 4, newThreads: 3,
        membersHit: 5, previousMembersHit: 1, rising: true, sparkline: [1, 2, 1, 1, 0, 0, 0], knownIssue: null,
      },
    ]);
    // The week before: one member hit, nothing before it.
    const before = await ok(t.gql(staff, PROBLEMS, { from: '2026-04-06', to: '2026-04-12', interval: 'WEEK' }), 'analytics');
    expect(before.recurringProblems).toMatchObject([{ membersHit: 1, previousMembersHit: 0, rising: true, newThreads: 1, sparkline: [1] }]);
    const csv: string = await ok(t.gql(staff, `query { analyticsCsv(table: RECURRING_PROBLEMS, from: "2026-04-13", to: "2026-04-19") }`), 'analyticsCsv');
    expect(csv).toBe(
      'clusterId,title,threadSlug,threadCount,newThreads,membersHit,previousMembersHit,rising,knownIssue,sparkline\r\n' +
        `${cluster},Smart meter stopped sending readings to the app,${a.slug},4,3,5,1,yes,,1 2 1 1 0 0 0\r\n`,
    );

    // Members and experts may not see or mark clusters.
    for (const who of [ua, expert]) {
      expect(codeOf(await t.gql(who, SET, { input: { clusterId: cluster, status: 'We are on it' } }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(who, CLEAR, { id: cluster }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(who, CLUSTER, { id: cluster }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(who, PROBLEMS, { from: '2026-04-13', to: '2026-04-19' }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(staff, SET, { input: { clusterId: cluster, status: 'no' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(staff, CLEAR, { id: cluster }))).toBe('CONFLICT');
    expect(codeOf(await t.gql(staff, SET, { input: { clusterId: '7d3c8f80-0000-4000-8000-000000000000', status: 'Engineers are on it' } }))).toBe('NOT_FOUND');

    // Staff mark it as a known issue: every thread of the cluster shows the status, the unrelated one does not.
    const status = 'Known issue: meter data is delayed after a server update. Engineers expect a fix on Friday.';
    const set = await ok(t.gql(staff, SET, { input: { clusterId: cluster, status } }), 'setKnownIssue');
    expect(set).toEqual({ id: cluster, threadCount: 4, knownIssue: { clusterId: cluster, status, since: '2026-04-20T09:00:00.000Z' } });
    for (const x of [a, b, c, e]) expect((await ok(t.gql(null, KNOWN, { id: x.id }), 'thread')).knownIssue).toEqual({ clusterId: cluster, status, since: '2026-04-20T09:00:00.000Z' });
    expect((await ok(t.gql(ud, KNOWN, { id: d.id }), 'thread')).knownIssue).toBeNull();
    expect((await ok(t.gql(staff, PROBLEMS, { from: '2026-04-13', to: '2026-04-19' }), 'analytics')).recurringProblems[0].knownIssue).toEqual({ status });
    const [audit] = await t.db.query(`SELECT actor_id, action, target_kind, target_id, reason, public FROM moderation_audit WHERE target_id = $1 ORDER BY id`, [cluster]);
    expect(audit).toEqual({ actor_id: staff.id, action: 'known_issue_set', target_kind: 'cluster', target_id: cluster, reason: status, public: false });

    // Cleared: the notice disappears from every thread.
    expect(await ok(t.gql(staff, CLEAR, { id: cluster }), 'clearKnownIssue')).toEqual({ id: cluster, knownIssue: null });
    for (const x of [a, b, c, e]) expect((await ok(t.gql(null, KNOWN, { id: x.id }), 'thread')).knownIssue).toBeNull();
    expect((await t.db.query(`SELECT action FROM moderation_audit WHERE target_id = $1 ORDER BY id`, [cluster])).map((r: any) => r.action)).toEqual(['known_issue_set', 'known_issue_cleared']);

    // The members-hit rollup made day by day (and when threads joined) equals a rebuild from the raw tables.
    const hits = () => t.db.query(`SELECT day::text, thread_id, category_id, hits FROM analytics_thread_hits ORDER BY 1, 2`);
    const incremental = await hits();
    expect(incremental.reduce((n: number, r: any) => n + r.hits, 0)).toBe(6);
    await t.db.query(`DELETE FROM analytics_thread_hits`);
    await t.app.get(AnalyticsService).rebuild('2026-04-01', '2026-04-20');
    expect(await hits()).toEqual(incremental);
  });
});
