import { AnalyticsService } from '../../src/analytics/analytics.service.js';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { freshTokens, ok } from '../factories/webcare.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3600;
const FIGURES = `questions answered answeredInWindowShare solvedByCommunity solvedByStaff communityShare expertAnswers expertAcceptanceRate casesOpened
  slaFirstResponseCompliance slaResolutionCompliance averageRating satisfiedShare transfersPerCase searches noResultSearches suggestionsShown suggestionsOpened asksAbandoned`;
const ANALYTICS = `query($from: Date!, $to: Date!, $categoryId: ID, $interval: AnalyticsInterval) {
  analytics(from: $from, to: $to, categoryId: $categoryId, interval: $interval) {
    from to timeZone totals { ${FIGURES} } series { start ${FIGURES} } medianTimeToFirstAnswerSeconds p90TimeToFirstAnswerSeconds } }`;
const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`;
const ASK_HELP = `mutation($input: ThreadHelpInput!) { askStaffHelp(input: $input) { id } }`;
const REPLY = `mutation($input: PublicReplyInput!) { replyPublicly(input: $input) { id } }`;
const MESSAGE = `mutation($input: CaseTextInput!) { sendCaseMessage(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!) { claimCase(caseId: $id) { id } }`;
const RESOLVE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { id } }`;
const RATE = `mutation($input: RateCaseInput!) { rateCase(input: $input) { id } }`;
const SUGGESTION = `mutation($input: SuggestionEventInput!) { recordSuggestionEvent(input: $input) }`;

describe('analytics', () => {
  let t: TestApp;
  let staff: TestMember;
  // No background sweeps: the fixture's threads must not be escalated by the community window on their own.
  beforeAll(async () => {
    t = freshTokens(await createTestApp({}, { workers: false }));
    staff = await member(t, { role: 'STAFF' });
  });
  afterAll(() => t.close());

  const rebuild = (from: string, to: string) => t.app.get(AnalyticsService).rebuild(from, to);
  const figures = async (from: string, to: string, categoryId?: string, interval = 'DAY') => ok(t.gql(staff, ANALYTICS, { from, to, categoryId, interval }), 'analytics');

  it('computes the community, webcare and deflection figures of a small day by hand', async () => {
    // Monday 2026-01-05 10:00 in Amsterdam (UTC+1).
    const t0 = new Date('2026-01-05T09:00:00Z');
    t.clock.set(t0);
    const cat = await category(t);
    const desk = await category(t);
    const askers = [await member(t), await member(t), await member(t), await member(t), await member(t)];
    const helper = await member(t);
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const qs = [];
    for (let i = 0; i < 4; i++) qs.push(await thread(t, askers[i], { categoryId: cat.id }));

    t.clock.set(new Date(t0.getTime() + 1 * HOUR * 1000));
    const a1 = await answer(t, helper, qs[0].id);
    await ok(t.gql(askers[0], ACCEPT, { id: a1.id }), 'acceptAnswer');
    t.clock.set(new Date(t0.getTime() + 2 * HOUR * 1000));
    expect((await answer(t, expert, qs[1].id)).isExpert).toBe(true);
    t.clock.set(new Date(t0.getTime() + 5 * HOUR * 1000));
    await answer(t, helper, qs[2].id);

    // Case A (P2: first response due in 1 h, resolution in 24 h): replied in public after 50 min, resolved, rated 5.
    const caseA = (await ok(t.gql(askers[3], ASK_HELP, { input: { threadId: qs[3].id, reason: 'Nobody answers, please help' } }), 'askStaffHelp')).id;
    // Case B in another category: first response after 2 h (breached), resolved in time, rated 3.
    const q5 = await thread(t, askers[4], { categoryId: desk.id });
    const caseB = (await ok(t.gql(askers[4], ASK_HELP, { input: { threadId: q5.id, reason: 'My bill is wrong, please check' } }), 'askStaffHelp')).id;
    t.clock.set(new Date(t0.getTime() + (5 * HOUR + 50 * 60) * 1000));
    await ok(t.gql(staff, REPLY, { input: { caseId: caseA, body: 'We looked into it: your meter was read twice.' } }), 'replyPublicly');
    t.clock.set(new Date(t0.getTime() + 6 * HOUR * 1000));
    await ok(t.gql(staff, RESOLVE, { input: { caseId: caseA, note: 'Explained' } }), 'resolveCase');
    await ok(t.gql(askers[3], RATE, { input: { caseId: caseA, rating: 5 } }), 'rateCase');
    t.clock.set(new Date(t0.getTime() + 7 * HOUR * 1000));
    await ok(t.gql(staff, CLAIM, { id: caseB }), 'claimCase');
    await ok(t.gql(staff, MESSAGE, { input: { caseId: caseB, body: 'Sorry for the wait, checking your bill now.' } }), 'sendCaseMessage');
    t.clock.set(new Date(t0.getTime() + 8 * HOUR * 1000));
    await ok(t.gql(staff, RESOLVE, { input: { caseId: caseB, note: 'Credit note sent' } }), 'resolveCase');
    await ok(t.gql(askers[4], RATE, { input: { caseId: caseB, rating: 3 } }), 'rateCase');
    await t.drainOutbox();

    // Deflection: three searches (two found nothing), and two ask forms: one left after opening a suggestion, one left unopened.
    const at = t.clock.now();
    await t.db.query(
      `INSERT INTO search_events (kind, query, normalized, result_count, created_at) VALUES
       ('search', 'Meter kapot', 'meter kapot', 0, $1), ('search', 'meter kapot ', 'meter kapot', 0, $1), ('search', 'invoice', 'invoice', 4, $1)`,
      [at],
    );
    for (const event of ['SHOWN', 'OPENED', 'ABANDONED']) {
      expect((await t.gql(askers[0], SUGGESTION, { input: { event, sessionKey: 'ask-form-0001', suggestionIds: event === 'SHOWN' ? [qs[0].id] : undefined, openedId: event === 'OPENED' ? qs[0].id : undefined } })).errors).toBeUndefined();
    }
    for (const event of ['SHOWN', 'ABANDONED']) {
      expect((await t.gql(askers[1], SUGGESTION, { input: { event, sessionKey: 'ask-form-0002', suggestionIds: event === 'SHOWN' ? [qs[0].id] : undefined } })).errors).toBeUndefined();
    }

    expect(await rebuild('2026-01-05', '2026-01-05')).toBeGreaterThan(0);
    const community = await figures('2026-01-05', '2026-01-05', cat.id);
    // Times to first answer: 1 h, 2 h, 5 h, 5 h 50 min = 3600, 7200, 18000, 21000 s.
    // Median (7200 + 18000) / 2 = 12600; p90 at rank 0.9 × 3 = 2.7: 18000 + 0.7 × 3000 = 20100.
    expect(community.medianTimeToFirstAnswerSeconds).toBe(12600);
    expect(community.p90TimeToFirstAnswerSeconds).toBeCloseTo(20100, 6);
    expect(community.totals).toMatchObject({
      questions: 4,
      answered: 4,
      answeredInWindowShare: 0.5, // q1 and q2 within 4 h, of 4 asked
      solvedByCommunity: 1,
      solvedByStaff: 1,
      communityShare: 0.5,
      expertAnswers: 1,
      expertAcceptanceRate: 0,
      casesOpened: 1,
      slaFirstResponseCompliance: 1,
      slaResolutionCompliance: 1,
      averageRating: 5,
      satisfiedShare: 1,
      transfersPerCase: 0,
      searches: 0, // searches belong to no category
    });
    expect(community.series).toHaveLength(1);

    const all = await figures('2026-01-05', '2026-01-05');
    expect(all.timeZone).toBe('Europe/Amsterdam');
    expect(all.totals).toMatchObject({
      questions: 5,
      casesOpened: 2,
      slaFirstResponseCompliance: 0.5, // case B answered after 2 h against 1 h
      slaResolutionCompliance: 1,
      averageRating: 4, // (5 + 3) / 2
      satisfiedShare: 0.5,
      searches: 3,
      noResultSearches: 2,
      suggestionsShown: 2,
      suggestionsOpened: 1,
      asksAbandoned: 1, // the second form never opened a suggestion
    });
    const gaps = await ok(t.gql(staff, `query { topNoResultQueries(from: "2026-01-05", to: "2026-01-05", first: 5) { query count } }`), 'topNoResultQueries');
    expect(gaps).toEqual([{ query: 'meter kapot', count: 2 }]);
    const csv: string = await ok(t.gql(staff, `query($c: ID) { analyticsCsv(from: "2026-01-04", to: "2026-01-05", categoryId: $c) }`, { c: cat.id }), 'analyticsCsv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^start,questions,answered,answeredInWindowShare,/);
    expect(lines[1]).toMatch(/^2026-01-04,0,0,,0,0,,/);
    // The original nineteen columns, then: SLA compliance 1, no breaches, backlog 0 (both cases resolved), new members 0 (they belong
    // to no category), 7 active members (4 askers, the helper, the expert, staff's public reply), medians and p90s of first and accepted answers.
    expect(lines[2]).toBe('2026-01-05,4,4,0.5000,1,1,0.5000,1,0,1,1,1,5,1,0,0,0,0,0,0,1,0,0,0,0,7,12600,20100,3600,3600');
  });

  it('counts a thread answered just after local midnight on the next local day, and the incremental job equals a rebuild', async () => {
    const cat = await category(t);
    const asker = await member(t);
    const jobs = t.app.get(PeriodicJobs);
    // Tuesday 2026-01-13 23:30 in Amsterdam, 22:30 UTC.
    t.clock.set('2026-01-13T22:30:00Z');
    const q = await thread(t, asker, { categoryId: cat.id });
    expect(await jobs.runNow('analytics.refresh')).toBe(true);
    // 00:10 on Wednesday in Amsterdam, still Tuesday in UTC.
    t.clock.set('2026-01-13T23:10:00Z');
    await answer(t, await member(t), q.id);
    expect(await jobs.runNow('analytics.refresh')).toBe(true);

    const res = await figures('2026-01-13', '2026-01-14', cat.id);
    expect(res.series.map((p: any) => [p.start, p.questions, p.answered, p.answeredInWindowShare])).toEqual([
      ['2026-01-13', 1, 0, 1],
      ['2026-01-14', 0, 1, null],
    ]);
    expect(res.medianTimeToFirstAnswerSeconds).toBe(2400);
    const weekly = await figures('2026-01-13', '2026-01-14', cat.id, 'WEEK');
    expect(weekly.series).toMatchObject([{ start: '2026-01-12', questions: 1, answered: 1 }]);

    const snapshot = () => t.db.query(`SELECT day::text, category_id, ${'questions, answered_in_window, answered, solved_by_community, solved_by_staff, expert_answers, cases_opened, first_response_met, first_response_total, resolution_met, resolution_total, ratings_sum, ratings_count, searches, searches_no_result, suggestions_shown, suggestions_opened, asks_abandoned'} FROM analytics_daily WHERE day BETWEEN '2026-01-13' AND '2026-01-14' ORDER BY day, category_id`);
    const incremental = await snapshot();
    // The thread's category on both days, and the answerer's registration on the 14th (under no category).
    expect(incremental).toHaveLength(3);
    // Its response time belongs to Tuesday, the local day it was asked on.
    const times = () => t.db.query(`SELECT scope_id, day::text, first_answer, accepted FROM analytics_response_times WHERE day BETWEEN '2026-01-13' AND '2026-01-14' ORDER BY 1, 2`);
    const incrementalTimes = await times();
    expect(incrementalTimes.filter((r: any) => r.scope_id === cat.id)).toEqual([{ scope_id: cat.id, day: '2026-01-13', first_answer: [2400], accepted: [] }]);
    await t.db.query(`DELETE FROM analytics_daily`);
    await t.db.query(`DELETE FROM analytics_response_times`);
    await rebuild('2026-01-12', '2026-01-15');
    expect(await snapshot()).toEqual(incremental);
    expect(await times()).toEqual(incrementalTimes);
  });

  it('refuses members and experts with FORBIDDEN and checks the range', async () => {
    const plain = await member(t);
    const expert = await member(t);
    const cat = await category(t);
    await certify(t, expert.id, cat.id);
    for (const who of [plain, expert]) {
      expect(codeOf(await t.gql(who, ANALYTICS, { from: '2026-01-01', to: '2026-01-31' }))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(who, `query { analyticsCsv(from: "2026-01-01", to: "2026-01-31") }`))).toBe('FORBIDDEN');
      expect(codeOf(await t.gql(who, `query { topNoResultQueries(from: "2026-01-01", to: "2026-01-31") { query } }`))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(null, ANALYTICS, { from: '2026-01-01', to: '2026-01-31' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(staff, ANALYTICS, { from: '2026-02-01', to: '2026-01-31' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(staff, ANALYTICS, { from: '2026-13-01', to: '2026-01-31' }))).toBe('BAD_USER_INPUT');
  });
});
