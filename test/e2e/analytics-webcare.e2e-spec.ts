import { AnalyticsService } from '../../src/analytics/analytics.service.js';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { category, thread } from '../factories/forum.factory.js';
import { freshTokens, getCase, ok, route, team } from '../factories/webcare.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const ASK_HELP = `mutation($input: ThreadHelpInput!) { askStaffHelp(input: $input) { id } }`;
const ESCALATE = `mutation($input: EscalateThreadInput!) { escalateThread(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!) { claimCase(caseId: $id) { id } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id transferCount } }`;
const WAIT = `mutation($id: ID!) { waitForMember(caseId: $id) { id status } }`;
const REOPEN = `mutation($id: ID!) { reopenCase(caseId: $id) { id status } }`;
const RESOLVE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { id } }`;
const REPLY = `mutation($input: PublicReplyInput!) { replyPublicly(input: $input) { id } }`;
const MESSAGE = `mutation($input: CaseTextInput!) { sendCaseMessage(input: $input) { id } }`;
const RATE = `mutation($input: RateCaseInput!) { rateCase(input: $input) { id } }`;

const ROW = `key label casesOpened slaFirstResponseCompliance slaResolutionCompliance slaCompliance firstResponseBreaches resolutionBreaches
  medianResolutionSeconds transfersPerCase averageRating satisfiedShare ratings`;
const WEBCARE = `query($from: Date!, $to: Date!, $teamId: ID, $categoryId: ID) {
  analytics(from: $from, to: $to, teamId: $teamId, categoryId: $categoryId) {
    totals { casesOpened slaFirstResponseCompliance slaResolutionCompliance slaCompliance firstResponseBreaches resolutionBreaches backlog
             averageRating satisfiedShare transfersPerCase questions }
    series { start casesOpened backlog slaFirstResponseCompliance slaResolutionCompliance }
    byTeam: webcareBreakdown(by: TEAM) { ${ROW} }
    byAgent: webcareBreakdown(by: AGENT) { ${ROW} }
    byPriority: webcareBreakdown(by: PRIORITY) { key casesOpened slaFirstResponseCompliance slaResolutionCompliance averageRating }
    byReason: webcareBreakdown(by: REASON) { key casesOpened }
  } }`;
const NIL = '00000000-0000-0000-0000-000000000000';

describe('analytics: webcare figures per team, agent, priority and reason, and the backlog', () => {
  let t: TestApp;
  let admin: TestMember;
  let staff: TestMember;
  // No background work: the fixture's threads must not be escalated by the community window, nor breaches swept.
  beforeAll(async () => {
    t = freshTokens(await createTestApp({}, { workers: false }));
    admin = await member(t, { role: 'ADMIN' });
    staff = await member(t, { role: 'STAFF' });
  });
  afterAll(() => t.close());

  const at = (iso: string) => t.clock.set(iso);
  const refresh = () => t.app.get(PeriodicJobs).runNow('analytics.refresh');
  const report = (vars: Record<string, unknown> = {}) => ok(t.gql(staff, WEBCARE, { from: '2026-02-02', to: '2026-02-04', ...vars }), 'analytics');
  const webcareRows = () =>
    t.db.query(
      `SELECT day::text, category_id, team_id, agent_id, priority::text, reason, cases_opened, first_response_met, first_response_total, resolution_met,
              resolution_total, transfers, ratings_sum, ratings_count, ratings_4_5, backlog_delta
         FROM analytics_webcare_daily WHERE day BETWEEN '2026-02-02' AND '2026-02-06' ORDER BY 1, 2, 3, 4, 5, 6`,
    );

  it('works out SLA compliance (with a paused case), breaches, transfers, ratings and the daily backlog by hand', async () => {
    // February: Amsterdam is UTC+1, so a local day ends at 23:00 UTC.
    at('2026-02-01T08:00:00Z');
    const [a1, a2, b1] = [await member(t, { role: 'STAFF', name: `Agent_A1_${Date.now() % 1e6}` }), await member(t, { role: 'STAFF' }), await member(t, { role: 'STAFF', name: `Agent_B1_${Date.now() % 1e6}` })];
    const alpha = await team(t, admin, [a1.id, a2.id], `Alpha ${Date.now() % 1e6}`);
    const beta = await team(t, admin, [b1.id], `Beta ${Date.now() % 1e6}`);
    const catA = await category(t, { admin });
    const catB = await category(t, { admin });
    await route(t, admin, { categoryId: catA.id, teamId: alpha.id });
    await route(t, admin, { categoryId: catB.id, teamId: beta.id });
    const askers = [await member(t), await member(t), await member(t), await member(t)];
    const q = [
      await thread(t, askers[0], { categoryId: catA.id }),
      await thread(t, askers[1], { categoryId: catA.id }),
      await thread(t, askers[2], { categoryId: catB.id }),
      await thread(t, askers[3], { categoryId: catA.id }),
    ];
    const help = async (i: number) => (await ok(t.gql(askers[i], ASK_HELP, { input: { threadId: q[i].id, reason: 'Please help me with this' } }), 'askStaffHelp')).id as string;

    // Monday 2 February.
    // C1 (Alpha, P2: first response due in 1 h, resolution in 24 h of active time) opened at 09:00.
    at('2026-02-02T09:00:00Z');
    const c1 = await help(0);
    at('2026-02-02T09:30:00Z');
    await ok(t.gql(a1, CLAIM, { id: c1 }), 'claimCase');
    await ok(t.gql(a1, MESSAGE, { input: { caseId: c1, body: 'Can you send us your meter number?' } }), 'sendCaseMessage'); // first response after 30 min: met
    at('2026-02-02T10:00:00Z');
    await ok(t.gql(a1, WAIT, { id: c1 }), 'waitForMember'); // the resolution clock pauses
    // C2 (Alpha, P2) opened at 11:00; nobody answers within the hour.
    at('2026-02-02T11:00:00Z');
    const c2 = await help(1);
    at('2026-02-02T13:00:00Z');
    await ok(t.gql(a1, CLAIM, { id: c2 }), 'claimCase');
    at('2026-02-02T13:30:00Z');
    expect(await ok(t.gql(a1, ASSIGN, { input: { caseId: c2, assigneeId: b1.id, teamId: beta.id, note: 'Billing is Beta' } }), 'assignCase')).toMatchObject({ transferCount: 1 });
    at('2026-02-02T14:00:00Z');
    await ok(t.gql(b1, MESSAGE, { input: { caseId: c2, body: 'Sorry for the wait, looking now.' } }), 'sendCaseMessage'); // due 12:00: breached
    at('2026-02-02T22:30:00Z');
    expect(await refresh()).toBe(true);

    // Tuesday 3 February.
    // The member of C1 replies at 08:00: the pause lasted from Mon 10:00 to Tue 08:00.
    at('2026-02-03T08:00:00Z');
    await ok(t.gql(askers[0], MESSAGE, { input: { caseId: c1, body: 'It is 1234-5678.' } }), 'sendCaseMessage');
    // C3 (Beta): staff escalate it as urgent, P1: first response due in 15 min, resolution in 4 h.
    at('2026-02-03T09:00:00Z');
    const c3 = (await ok(t.gql(staff, ESCALATE, { input: { threadId: q[2].id, reason: 'Gas smell reported', urgent: true } }), 'escalateThread')).id as string;
    at('2026-02-03T09:05:00Z');
    await ok(t.gql(b1, CLAIM, { id: c3 }), 'claimCase');
    at('2026-02-03T09:10:00Z');
    await ok(t.gql(b1, REPLY, { input: { caseId: c3, body: 'Leave the house and call the emergency line; we are sending an engineer.' } }), 'replyPublicly');
    at('2026-02-03T10:00:00Z');
    await ok(t.gql(b1, RESOLVE, { input: { caseId: c3, note: 'Engineer fixed the leak' } }), 'resolveCase');
    at('2026-02-03T10:30:00Z');
    await ok(t.gql(askers[2], RATE, { input: { caseId: c3, rating: 4 } }), 'rateCase');
    // C1 resolved at 20:00 Tuesday, 35 h (126,000 s) after it was opened. Its resolution budget is 24 h = 86,400 s of active
    // time; the pause from Mon 10:00 to Tue 08:00 is 22 h = 79,200 s, so it was due at Tue 09:00 + 79,200 s = Wed 07:00 and
    // resolving took 126,000 − 79,200 = 46,800 s of active time: met. Without the pause it would have breached at Tue 09:00.
    at('2026-02-03T20:00:00Z');
    await ok(t.gql(a1, RESOLVE, { input: { caseId: c1, note: 'Meter number corrected' } }), 'resolveCase');
    expect((await getCase(t, staff, c1)).sla.resolution).toMatchObject({ dueAt: '2026-02-04T07:00:00.000Z', breached: false });
    at('2026-02-03T20:30:00Z');
    await ok(t.gql(askers[0], RATE, { input: { caseId: c1, rating: 5 } }), 'rateCase');
    at('2026-02-03T22:30:00Z');
    expect(await refresh()).toBe(true);

    // Wednesday 4 February.
    // C3 is reopened at 09:00 and resolved again at 09:30: its resolution now counts on Wednesday (due Wed 12:00 after the
    // 23 h it spent resolved: met).
    at('2026-02-04T09:00:00Z');
    await ok(t.gql(b1, REOPEN, { id: c3 }), 'reopenCase');
    at('2026-02-04T09:30:00Z');
    await ok(t.gql(b1, RESOLVE, { input: { caseId: c3, note: 'Checked again, all fine' } }), 'resolveCase');
    // C4 (Alpha, P2) opened at 10:00 and left unassigned.
    at('2026-02-04T10:00:00Z');
    const c4 = await help(3);
    // C2 resolved at 12:00, 49 h after it was opened; its resolution was due Tue 11:00: breached. Rated 2.
    at('2026-02-04T12:00:00Z');
    await ok(t.gql(b1, RESOLVE, { input: { caseId: c2, note: 'Refund sent' } }), 'resolveCase');
    at('2026-02-04T12:30:00Z');
    await ok(t.gql(askers[1], RATE, { input: { caseId: c2, rating: 2 } }), 'rateCase');
    at('2026-02-04T22:30:00Z');
    expect(await refresh()).toBe(true);

    const all = await report();
    // First responses: C1 met, C2 breached, C3 met = 2 of 3. Resolutions: C1 met, C2 breached, C3 met = 2 of 3.
    // Both clocks: 4 of 6. Ratings 5, 4, 2: average 11/3, two of three 4–5. One transfer over four cases.
    expect(all.totals).toMatchObject({
      casesOpened: 4,
      slaFirstResponseCompliance: 2 / 3,
      slaResolutionCompliance: 2 / 3,
      slaCompliance: 4 / 6,
      firstResponseBreaches: 1,
      resolutionBreaches: 1,
      backlog: 1, // C4
      transfersPerCase: 0.25,
      satisfiedShare: 2 / 3,
    });
    expect(all.totals.averageRating).toBeCloseTo(11 / 3, 10);
    // Open at the end of each local day: Mon C1 (waiting on the member still counts) and C2; Tue C2; Wed C4.
    expect(all.series.map((p: any) => [p.start, p.casesOpened, p.backlog, p.slaFirstResponseCompliance, p.slaResolutionCompliance])).toEqual([
      ['2026-02-02', 2, 2, 0.5, null],
      ['2026-02-03', 1, 1, 1, 1],
      ['2026-02-04', 1, 1, null, 0.5],
    ]);

    // Per team: a case counts for the team it is with now (C2 moved to Beta).
    // Alpha: C1 and C4; C1 met both clocks, rated 5, resolved in 35 h = 126,000 s.
    // Beta: C2 and C3; one of two on each clock, ratings 2 and 4, one transfer; resolved in 49 h = 176,400 s and (from its
    // opening to its last resolution, Tue 09:00 to Wed 09:30) 24.5 h = 88,200 s: median 132,300 s.
    const alphaRow = { key: alpha.id, label: alpha.name, casesOpened: 2, slaFirstResponseCompliance: 1, slaResolutionCompliance: 1, slaCompliance: 1, firstResponseBreaches: 0,
      resolutionBreaches: 0, medianResolutionSeconds: 126000, transfersPerCase: 0, averageRating: 5, satisfiedShare: 1, ratings: 1 };
    const betaRow = { key: beta.id, label: beta.name, casesOpened: 2, slaFirstResponseCompliance: 0.5, slaResolutionCompliance: 0.5, slaCompliance: 0.5, firstResponseBreaches: 1,
      resolutionBreaches: 1, medianResolutionSeconds: 132300, transfersPerCase: 0.5, averageRating: 3, satisfiedShare: 0.5, ratings: 2 };
    expect(all.byTeam).toEqual([alphaRow, betaRow].sort((x, y) => x.label.localeCompare(y.label)));
    // Per agent: the assignee; C4 has none.
    expect(all.byAgent).toEqual([
      { ...betaRow, key: b1.id, label: b1.displayName },
      { ...alphaRow, key: a1.id, label: a1.displayName, casesOpened: 1, transfersPerCase: 0 },
      { key: NIL, label: 'Unassigned', casesOpened: 1, slaFirstResponseCompliance: null, slaResolutionCompliance: null, slaCompliance: null, firstResponseBreaches: 0,
        resolutionBreaches: 0, medianResolutionSeconds: null, transfersPerCase: 0, averageRating: null, satisfiedShare: null, ratings: 0 },
    ]);
    expect(all.byPriority).toEqual([
      { key: 'P2', casesOpened: 3, slaFirstResponseCompliance: 0.5, slaResolutionCompliance: 0.5, averageRating: 3.5 },
      { key: 'P1', casesOpened: 1, slaFirstResponseCompliance: 1, slaResolutionCompliance: 1, averageRating: 4 },
    ]);
    expect(all.byReason).toEqual([{ key: 'MEMBER_ASKED_HELP', casesOpened: 3 }, { key: 'ESCALATED_BY_STAFF', casesOpened: 1 }]);

    // The team filter: Beta's cases only; its backlog is C2 until it is resolved on Wednesday. Community figures come from the
    // categories routed to Beta (catB: one question, asked on Sunday, outside the range).
    const betaOnly = await report({ teamId: beta.id });
    expect(betaOnly.totals).toMatchObject({ casesOpened: 2, slaCompliance: 0.5, backlog: 0, transfersPerCase: 0.5, questions: 0 });
    expect(betaOnly.series.map((p: any) => p.backlog)).toEqual([1, 1, 0]);
    expect(betaOnly.byTeam.map((r: any) => r.key)).toEqual([beta.id]);
    // A category filter applies to the webcare figures too.
    expect((await report({ categoryId: catB.id })).totals).toMatchObject({ casesOpened: 1, slaCompliance: 1, backlog: 0 });

    // The CSV of the per-team table carries the same figures.
    const csv: string = await ok(t.gql(staff, `query { analyticsCsv(table: TEAMS, from: "2026-02-02", to: "2026-02-04") }`), 'analyticsCsv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('key,label,casesOpened,slaFirstResponseCompliance,slaResolutionCompliance,slaCompliance,firstResponseBreaches,resolutionBreaches,medianResolutionSeconds,transfersPerCase,averageRating,satisfiedShare,ratings');
    expect(lines.slice(1).sort()).toEqual([
      `${alpha.id},${alpha.name},2,1,1,1,0,0,126000,0,5,1,1`,
      `${beta.id},${beta.name},2,0.5000,0.5000,0.5000,1,1,132300,0.5000,3,0.5000,2`,
    ].sort());
    const agents: string = await ok(t.gql(staff, `query { analyticsCsv(table: AGENTS, from: "2026-02-02", to: "2026-02-04") }`), 'analyticsCsv');
    expect(agents.trimEnd().split('\r\n').slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      `${b1.id},${b1.displayName},2`, `${a1.id},${a1.displayName},1`, `${NIL},Unassigned,1`,
    ]);

    // Friday: C4 (a Wednesday case) moves to Beta. The refresh job rolls up Wednesday again because the case changed,
    // though Wednesday is neither today nor yesterday; the result equals a rebuild from the raw tables.
    at('2026-02-06T10:00:00Z');
    await ok(t.gql(a2, ASSIGN, { input: { caseId: c4, teamId: beta.id, note: 'Belongs with Beta' } }), 'assignCase');
    expect(await refresh()).toBe(true);
    const after = await report();
    expect(after.byTeam.map((r: any) => [r.key, r.casesOpened])).toEqual([[beta.id, 3], [alpha.id, 1]]);
    expect((await report({ teamId: beta.id })).series.map((p: any) => p.backlog)).toEqual([1, 1, 1]);
    const incremental = await webcareRows();
    expect(incremental.length).toBeGreaterThan(5);
    await t.db.query(`DELETE FROM analytics_webcare_daily`);
    await t.app.get(AnalyticsService).rebuild('2026-02-01', '2026-02-06');
    expect(await webcareRows()).toEqual(incremental);
    // The per-category rollup agrees with the per-dimension one.
    const [agree] = await t.db.query(
      `SELECT (SELECT sum(cases_opened + first_response_met + first_response_total + resolution_met + resolution_total + transfers + ratings_sum + ratings_count)
                 FROM analytics_daily WHERE day BETWEEN '2026-02-01' AND '2026-02-06') AS daily,
              (SELECT sum(cases_opened + first_response_met + first_response_total + resolution_met + resolution_total + transfers + ratings_sum + ratings_count)
                 FROM analytics_webcare_daily WHERE day BETWEEN '2026-02-01' AND '2026-02-06') AS webcare`,
    );
    expect(agree.daily).toBe(agree.webcare);
  });

  it('refuses members and experts the breakdowns and known-issue data with FORBIDDEN', async () => {
    const plain = await member(t);
    const q = `query { analytics(from: "2026-02-02", to: "2026-02-04") { webcareBreakdown(by: TEAM) { key } } }`;
    expect(codeOf(await t.gql(plain, q))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(plain, `query { analyticsCsv(table: AGENTS, from: "2026-02-02", to: "2026-02-04") }`))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(staff, `query { analytics(from: "2026-02-02", to: "2026-02-04", teamId: "nope") { from } }`))).toBe('BAD_USER_INPUT');
  });
});
