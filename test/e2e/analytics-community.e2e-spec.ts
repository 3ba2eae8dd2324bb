import { AnalyticsService } from '../../src/analytics/analytics.service.js';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, thread, vote } from '../factories/forum.factory.js';
import { freshTokens, ok } from '../factories/webcare.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const UNACCEPT = `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id } }`;
const DELETE_QUESTION = `mutation($id: ID!) { deleteQuestion(threadId: $id) { id } }`;
const MOVE = `mutation($i: MoveThreadInput!) { moveThread(input: $i) { id } }`;
const MERGE = `mutation($i: MarkDuplicateInput!) { mergeThread(input: $i) { id } }`;
const FIGURES = `questions activeMembers newMembers medianTimeToFirstAnswerSeconds p90TimeToFirstAnswerSeconds medianTimeToAcceptedAnswerSeconds p90TimeToAcceptedAnswerSeconds`;
const COMMUNITY = `query($from: Date!, $to: Date!, $interval: AnalyticsInterval, $categoryId: ID) {
  analytics(from: $from, to: $to, interval: $interval, categoryId: $categoryId) {
    totals { ${FIGURES} } series { start ${FIGURES} }
    topContributors(first: 10) { memberId displayName reputationGained answers acceptedAnswers }
  } }`;

describe('analytics: community figures (time to accepted answer, active and new members, top contributors)', () => {
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
  const refresh = () => t.app.get(PeriodicJobs).runNow('analytics.refresh');
  const report = (from: string, to: string, vars: Record<string, unknown> = {}) => ok(t.gql(staff, COMMUNITY, { from, to, ...vars }), 'analytics');
  const responseTimes = (from: string, to: string) =>
    t.db.query(`SELECT scope_id, day::text, first_answer, accepted FROM analytics_response_times WHERE day BETWEEN $1 AND $2 ORDER BY 1, 2`, [from, to]);
  const snapshot = async () => ({
    times: await responseTimes('2026-03-01', '2026-03-31'),
    daily: await t.db.query(`SELECT day::text, category_id, questions, answered, new_members FROM analytics_daily WHERE day BETWEEN '2026-03-01' AND '2026-03-31' ORDER BY 1, 2`),
    active: await t.db.query(`SELECT scope_id, day::text, bit_count(members)::int AS n FROM analytics_active_members WHERE day BETWEEN '2026-03-01' AND '2026-03-31' ORDER BY 1, 2`),
    contributors: await t.db.query(`SELECT scope_id, day::text, user_id, reputation, answers, accepted FROM analytics_contributors_daily WHERE day BETWEEN '2026-03-01' AND '2026-03-31' ORDER BY 1, 2, 3`),
    monthly: await t.db.query(`SELECT scope_id, month::text, user_id, reputation, answers, accepted FROM analytics_contributors_monthly WHERE month = '2026-03-01' ORDER BY 1, 2, 3`),
  });

  it('works out the figures of a three-day fixture by hand, on local days, and a rebuild gives the same rollups', async () => {
    // March, before summer time: Amsterdam is UTC+1.
    at('2026-03-01T12:00:00Z');
    const cat = await category(t, { admin });
    // Monday 2 March, 08:00: four members register.
    at('2026-03-02T08:00:00Z');
    const asker1 = await member(t, { name: `c_asker1_${Date.now() % 1e6}` });
    const asker2 = await member(t, { name: `c_asker2_${Date.now() % 1e6}` });
    const h1 = await member(t, { name: `c_helper1_${Date.now() % 1e6}` });
    const h2 = await member(t, { name: `c_helper2_${Date.now() % 1e6}` });
    at('2026-03-02T09:00:00Z');
    const q1 = await thread(t, asker1, { categoryId: cat.id });
    const q2 = await thread(t, asker2, { categoryId: cat.id });
    at('2026-03-02T10:00:00Z');
    const a1 = await answer(t, h1, q1.id); // q1 first answered after 1 h
    at('2026-03-02T11:00:00Z');
    await ok(t.gql(asker1, ACCEPT, { id: a1.id }), 'acceptAnswer'); // q1 accepted after 2 h: h1 +15, asker1 +2
    at('2026-03-02T12:00:00Z');
    const a2 = await answer(t, h2, q2.id); // q2 first answered after 3 h
    at('2026-03-02T22:30:00Z');
    expect(await refresh()).toBe(true);

    // Tuesday 3 March.
    at('2026-03-03T08:00:00Z');
    const asker3 = await member(t, { name: `c_asker3_${Date.now() % 1e6}` });
    at('2026-03-03T09:00:00Z');
    const q3 = await thread(t, asker3, { categoryId: cat.id });
    await ok(t.gql(asker1, COMMENT, { input: { threadId: q1.id, body: 'Thanks, that worked for me.' } }), 'addComment');
    at('2026-03-03T10:00:00Z');
    const a3 = await answer(t, h2, q3.id); // q3 first answered after 1 h
    at('2026-03-03T11:00:00Z');
    await ok(t.gql(asker3, ACCEPT, { id: a3.id }), 'acceptAnswer'); // q3 accepted after 2 h: h2 +15
    at('2026-03-03T12:00:00Z');
    expect((await vote(t, h1, a3.id, 'UP')).errors).toBeUndefined(); // h2 +10
    at('2026-03-03T13:00:00Z');
    await ok(t.gql(asker2, ACCEPT, { id: a2.id }), 'acceptAnswer'); // q2 accepted after 28 h: h2 +15
    at('2026-03-03T22:30:00Z');
    expect(await refresh()).toBe(true);
    // 23:30 UTC is 00:30 on Wednesday in Amsterdam: h2 votes q1 up (asker1 +10), and is active on Wednesday, not Tuesday.
    at('2026-03-03T23:30:00Z');
    expect((await vote(t, h2, q1.id, 'UP')).errors).toBeUndefined();
    at('2026-03-04T22:30:00Z');
    expect(await refresh()).toBe(true);

    const daily = await report('2026-03-02', '2026-03-04');
    // Time to first answer: q1 3,600, q2 10,800, q3 3,600 s: median 3,600; p90 at rank 0.9 × 2 = 1.8: 3,600 + 0.8 × 7,200 = 9,360.
    // Time to accepted answer: q1 7,200, q2 100,800 (Mon 09:00 to Tue 13:00), q3 7,200 s: median 7,200;
    // p90: 7,200 + 0.8 × 93,600 = 82,080.
    // Active: Mon asker1, asker2, h1, h2 (4); Tue asker3, asker1 (comment), h2, h1 (vote) (4); Wed h2 (1); 5 distinct.
    // New: 4 on Monday, 1 on Tuesday.
    expect(daily.totals).toEqual({
      questions: 3,
      activeMembers: 5,
      newMembers: 5,
      medianTimeToFirstAnswerSeconds: 3600,
      p90TimeToFirstAnswerSeconds: 9360,
      medianTimeToAcceptedAnswerSeconds: 7200,
      p90TimeToAcceptedAnswerSeconds: expect.closeTo(82080, 6),
    });
    expect(daily.series.map((p: any) => [p.start, p.activeMembers, p.newMembers, p.medianTimeToFirstAnswerSeconds, p.medianTimeToAcceptedAnswerSeconds])).toEqual([
      ['2026-03-02', 4, 4, 7200, 54000], // q1 and q2: (3,600 + 10,800) / 2 and (7,200 + 100,800) / 2
      ['2026-03-03', 4, 1, 3600, 7200],
      ['2026-03-04', 1, 0, null, null],
    ]);
    // Reputation gained: h2 15 + 15 + 10 = 40 (2 answers, 2 accepted); h1 15 (1, 1); asker1 2 + 10 = 12; asker2 and asker3 2 each.
    expect(daily.topContributors.map((c: any) => [c.displayName, c.reputationGained, c.answers, c.acceptedAnswers])).toEqual([
      [h2.displayName, 40, 2, 2],
      [h1.displayName, 15, 1, 1],
      [asker1.displayName, 12, 0, 0],
      [asker2.displayName, 2, 0, 0],
      [asker3.displayName, 2, 0, 0],
    ]);
    expect(daily.topContributors[0].memberId).toBe(h2.id);
    // A week: the same distinct members, not the sum of the days.
    const weekly = await report('2026-03-02', '2026-03-04', { interval: 'WEEK' });
    expect(weekly.series).toEqual([{ start: '2026-03-02', ...weekly.totals }]);
    expect(weekly.totals.activeMembers).toBe(5);
    // New members belong to no category; the category's own figures still count its members.
    expect((await report('2026-03-02', '2026-03-04', { categoryId: cat.id })).totals).toMatchObject({ activeMembers: 5, newMembers: 0, questions: 3 });

    // The CSV of top contributors matches.
    const csv: string = await ok(t.gql(staff, `query { analyticsCsv(table: TOP_CONTRIBUTORS, from: "2026-03-02", to: "2026-03-04", first: 2) }`), 'analyticsCsv');
    expect(csv).toBe(`memberId,displayName,reputationGained,acceptedAnswers,answers\r\n${h2.id},${h2.displayName},40,2,2\r\n${h1.id},${h1.displayName},15,1,1\r\n`);

    // April 1st: March is over. The refresh (rolling up 31 March) writes March's monthly contributor rows, and a report
    // on the whole month reads them and agrees with the days.
    at('2026-04-01T10:00:00Z');
    expect(await refresh()).toBe(true);
    const month = await report('2026-03-01', '2026-03-31');
    expect(month.topContributors).toEqual(daily.topContributors);
    expect(month.totals).toMatchObject({ activeMembers: 5, newMembers: 5 });
    const incremental = await snapshot();
    expect(incremental.monthly.length).toBeGreaterThan(0);
    expect(incremental.active.filter((r: any) => r.day === '2026-03-04')).toEqual([
      { scope_id: cat.id, day: '2026-03-04', n: 1 },
      { scope_id: '00000000-0000-0000-0000-000000000000', day: '2026-03-04', n: 1 },
    ].sort((x, y) => x.scope_id.localeCompare(y.scope_id)));
    expect(incremental.times.filter((r: any) => r.day === '2026-03-02')).toEqual([
      { scope_id: '00000000-0000-0000-0000-000000000000', day: '2026-03-02', first_answer: [3600, 10800], accepted: [7200, 100800] },
      { scope_id: cat.id, day: '2026-03-02', first_answer: [3600, 10800], accepted: [7200, 100800] },
    ]);
    for (const table of ['analytics_daily', 'analytics_active_members', 'analytics_contributors_daily', 'analytics_contributors_monthly', 'analytics_response_times']) {
      await t.db.query(`DELETE FROM ${table}`);
    }
    await t.app.get(AnalyticsService).rebuild('2026-03-01', '2026-03-31');
    expect(await snapshot()).toEqual(incremental);
  });

  it('rolls up again the day a question was asked when it is answered, accepted, unaccepted, deleted, moved or merged days later, as a rebuild does', async () => {
    // May: summer time, Amsterdam is UTC+2. Monday 4 May and Tuesday 5 May are long past by Thursday's refresh.
    at('2026-05-03T12:00:00Z');
    const catA = await category(t, { admin });
    const catB = await category(t, { admin });
    const [asker1, asker2, asker3, asker4, h1, h2] = [await member(t), await member(t), await member(t), await member(t), await member(t), await member(t)];
    const times = async (from: string, to: string, categoryId?: string) => {
      const r = await report(from, to, categoryId ? { categoryId } : {});
      const pick = (f: any) => [f.medianTimeToFirstAnswerSeconds, f.p90TimeToFirstAnswerSeconds, f.medianTimeToAcceptedAnswerSeconds, f.p90TimeToAcceptedAnswerSeconds];
      return { total: pick(r.totals), series: r.series.map((p: any) => [p.start, p.medianTimeToFirstAnswerSeconds, p.medianTimeToAcceptedAnswerSeconds]) };
    };
    const catchUp = async () => {
      await t.drainOutbox();
      expect(await refresh()).toBe(true);
    };

    // Monday 08:00 UTC: three questions; q4 at 23:30 on Monday (local); q5 at 00:30 on Tuesday (local), still Monday in UTC.
    at('2026-05-04T08:00:00Z');
    const q1 = await thread(t, asker1, { categoryId: catA.id });
    const q2 = await thread(t, asker2, { categoryId: catA.id });
    await thread(t, asker3, { categoryId: catA.id });
    at('2026-05-04T09:00:00Z');
    const a1 = await answer(t, h1, q1.id); // q1: first answer after 3,600 s
    at('2026-05-04T10:00:00Z');
    await ok(t.gql(asker1, ACCEPT, { id: a1.id }), 'acceptAnswer'); // q1: accepted after 7,200 s
    at('2026-05-04T21:30:00Z');
    const q4 = await thread(t, asker4, { categoryId: catA.id });
    at('2026-05-04T21:45:00Z');
    await answer(t, h2, q4.id); // q4: 900 s
    at('2026-05-04T22:30:00Z');
    const q5 = await thread(t, asker1, { categoryId: catA.id });
    at('2026-05-04T22:45:00Z');
    await catchUp();
    expect(await times('2026-05-04', '2026-05-05', catA.id)).toMatchObject({ series: [['2026-05-04', 2250, 7200], ['2026-05-05', null, null]] });

    // Thursday: q2 (Monday) and q5 (Tuesday) are answered and accepted at last.
    at('2026-05-07T10:00:00Z');
    const a2 = await answer(t, h2, q2.id); // 74 h: 266,400 s
    await ok(t.gql(asker2, ACCEPT, { id: a2.id }), 'acceptAnswer');
    const a5 = await answer(t, h1, q5.id); // 59.5 h: 214,200 s
    await ok(t.gql(asker1, ACCEPT, { id: a5.id }), 'acceptAnswer');
    at('2026-05-07T10:30:00Z');
    await catchUp();
    // Monday's first answers 900, 3,600, 266,400: median 3,600, p90 3,600 + 0.8 × 262,800 = 213,840; accepted 7,200 and 266,400.
    expect(await times('2026-05-04', '2026-05-04', catA.id)).toEqual({ total: [3600, 213840, 136800, expect.closeTo(240480, 6)], series: [['2026-05-04', 3600, 136800]] });
    expect((await times('2026-05-05', '2026-05-05', catA.id)).series).toEqual([['2026-05-05', 214200, 214200]]);

    // Friday: q2's acceptance is undone, q1 deleted, q4 moved to B, q5 merged into q2 (its acceptance goes).
    at('2026-05-08T10:00:00Z');
    await ok(t.gql(asker2, UNACCEPT, { id: q2.id }), 'unacceptAnswer');
    await ok(t.gql(staff, DELETE_QUESTION, { id: q1.id }), 'deleteQuestion');
    await ok(t.gql(staff, MOVE, { i: { threadId: q4.id, categoryId: catB.id, reason: 'belongs in B' } }), 'moveThread');
    await ok(t.gql(staff, MERGE, { i: { threadId: q5.id, originalId: q2.id, reason: 'same question' } }), 'mergeThread');
    at('2026-05-08T10:30:00Z');
    await catchUp();
    // A: first answers 266,400 (Monday) and 214,200 (Tuesday): median 240,300, p90 214,200 + 0.9 × 52,200 = 261,180; nothing accepted.
    expect(await times('2026-05-04', '2026-05-05', catA.id)).toEqual({
      total: [240300, expect.closeTo(261180, 6), null, null],
      series: [['2026-05-04', 266400, null], ['2026-05-05', 214200, null]],
    });
    expect((await times('2026-05-04', '2026-05-05', catB.id)).series).toEqual([['2026-05-04', 900, null], ['2026-05-05', null, null]]);
    // All categories: 900, 214,200, 266,400: median 214,200, p90 214,200 + 0.8 × 52,200 = 255,960.
    expect((await times('2026-05-04', '2026-05-05')).total).toEqual([214200, expect.closeTo(255960, 6), null, null]);

    // The rollup kept up day by day equals one rebuilt from the raw threads.
    const incremental = await responseTimes('2026-05-01', '2026-05-31');
    expect(incremental.length).toBeGreaterThan(0);
    await t.db.query(`DELETE FROM analytics_response_times`);
    await t.app.get(AnalyticsService).rebuild('2026-05-01', '2026-05-31');
    expect(await responseTimes('2026-05-01', '2026-05-31')).toEqual(incremental);
  });
});
