import { EscalationScheduler } from '../../src/webcare/escalation/escalation-scheduler.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { caseCount, emit, freshTokens, getCase, ok, openCaseOf, plus, policy, route, settle, sweep, team } from '../factories/webcare.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3600;
const ASK_HELP = `mutation($input: ThreadHelpInput!) { askStaffHelp(input: $input) { id status } }`;
const PRIVATE_HELP = `mutation($input: ThreadHelpInput!) { requestPrivateHelp(input: $input) { id status isPrivate } }`;
const ESCALATE = `mutation($input: EscalateThreadInput!) { escalateThread(input: $input) { id status } }`;
const COMPLAINT_BODY = 'I want to file a complaint: the engineer never showed up and this is the worst service I have ever had.';

describe('webcare escalation', () => {
  let t: TestApp;
  let admin: TestMember;
  let staff: TestMember;
  beforeAll(async () => {
    t = freshTokens(await createTestApp());
    admin = await member(t, { role: 'ADMIN' });
    staff = await member(t, { role: 'STAFF' });
  });
  afterAll(() => t.close());

  it('opens an UNANSWERED case (P4) exactly at the community window, not a second before', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const askedAt = t.clock.now();
    await sweep(t);
    t.clock.advance(4 * HOUR - 1);
    await sweep(t);
    expect(await openCaseOf(t, q.id)).toBeUndefined();
    t.clock.advance(1);
    await sweep(t);
    const open = await openCaseOf(t, q.id);
    expect(open).toBeDefined();
    const c = await getCase(t, staff, open!.id);
    // P4: first response 4 h, resolution 72 h from the moment the case opened (the due time).
    expect(c).toMatchObject({
      priority: 'P4',
      status: 'NEW',
      createdAt: plus(askedAt, 4 * HOUR),
      firstResponseDueAt: plus(askedAt, 8 * HOUR),
      resolutionDueAt: plus(askedAt, 76 * HOUR),
      member: { id: asker.id },
      team: null,
    });
    expect(c.reasons).toEqual([{ kind: 'UNANSWERED', priority: 'P4', detail: 'no answer within the community window (4 h)', actor: null }]);
    expect(c.sla).toMatchObject({ priority: 'P4', paused: false, firstResponse: { breached: false, remainingSeconds: 4 * HOUR } });
    // Members see that staff are on it.
    expect((await t.gql(null, `query($id: ID!) { thread(id: $id) { staffInvolved } }`, { id: q.id })).data.thread.staffInvolved).toBe(true);
  });

  it('does not escalate a thread answered in time, and escalates it as UNRESOLVED (P3) at the resolution window', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const askedAt = t.clock.now();
    t.clock.advance(HOUR);
    await answer(t, await member(t), q.id);
    t.clock.advance(3 * HOUR);
    await sweep(t);
    expect(await openCaseOf(t, q.id)).toBeUndefined();
    t.clock.advance(20 * HOUR - 1);
    await sweep(t);
    expect(await openCaseOf(t, q.id)).toBeUndefined();
    t.clock.advance(1);
    await sweep(t);
    const c = await getCase(t, staff, (await openCaseOf(t, q.id))!.id);
    expect(c).toMatchObject({ priority: 'P3', createdAt: plus(askedAt, 24 * HOUR), firstResponseDueAt: plus(askedAt, 25 * HOUR), resolutionDueAt: plus(askedAt, 72 * HOUR) });
    expect(c.reasons.map((r: { kind: string }) => r.kind)).toEqual(['UNRESOLVED']);
  });

  it('adds UNRESOLVED to an open UNANSWERED case and raises it from P4 to P3 (raiseCaseSla), never opening a second case', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const askedAt = t.clock.now();
    t.clock.advance(4 * HOUR);
    await sweep(t);
    t.clock.advance(20 * HOUR);
    await sweep(t);
    expect(await caseCount(t, q.id)).toBe(1);
    const c = await getCase(t, staff, (await openCaseOf(t, q.id))!.id);
    // Opened at 4 h as P4 (first response due 8 h, resolution 76 h); raised at 24 h to P3: first
    // response min(8 h, 24 h + 1 h) = 8 h, resolution min(76 h, 24 h + 48 h) = 72 h.
    expect(c).toMatchObject({ priority: 'P3', createdAt: plus(askedAt, 4 * HOUR), firstResponseDueAt: plus(askedAt, 8 * HOUR), resolutionDueAt: plus(askedAt, 72 * HOUR) });
    expect(c.reasons.map((r: { kind: string; priority: string }) => `${r.kind}:${r.priority}`)).toEqual(['UNANSWERED:P4', 'UNRESOLVED:P3']);
    expect(c.sla.firstResponse).toMatchObject({ breached: true, breachedAt: plus(askedAt, 8 * HOUR) });
  });

  it('gives a complaint the complaint window (P2) and names the phrases that fired', async () => {
    const asker = await member(t);
    const q = await thread(t, asker, { title: 'Engineer never showed up for the installation', body: COMPLAINT_BODY });
    const askedAt = t.clock.now();
    await settle(t);
    t.clock.advance(30 * 60 - 1);
    await sweep(t);
    expect(await openCaseOf(t, q.id)).toBeUndefined();
    t.clock.advance(1);
    await sweep(t);
    const c = await getCase(t, staff, (await openCaseOf(t, q.id))!.id);
    expect(c).toMatchObject({ priority: 'P2', createdAt: plus(askedAt, 1800), firstResponseDueAt: plus(askedAt, 1800 + HOUR), resolutionDueAt: plus(askedAt, 1800 + 24 * HOUR) });
    expect(c.reasons).toHaveLength(1);
    expect(c.reasons[0].kind).toBe('COMPLAINT');
    expect(c.reasons[0].detail).toContain('"file a complaint"');
    expect(c.reasons[0].detail).toContain('"never showed up"');
    expect(c.reasons[0].detail).toContain('within 30 min');
  });

  it('lets a staff or expert answer within the complaint window settle it; a plain member answer does not', async () => {
    const cat = await category(t);
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const settledQ = await thread(t, await member(t), { categoryId: cat.id, body: COMPLAINT_BODY });
    const plainQ = await thread(t, await member(t), { categoryId: cat.id, body: COMPLAINT_BODY });
    await settle(t);
    t.clock.advance(600);
    await answer(t, expert, settledQ.id);
    await answer(t, await member(t), plainQ.id);
    t.clock.advance(1200);
    await sweep(t);
    expect(await openCaseOf(t, settledQ.id)).toBeUndefined();
    expect(await openCaseOf(t, plainQ.id)).toBeDefined();
  });

  it('uses the category policy and complaint threshold, and routes the case to the category team', async () => {
    const cat = await category(t);
    const billing = await team(t, admin, [staff.id], 'Billing desk');
    const p = await policy(t, admin, { communityWindowSeconds: 600, complaintWindowSeconds: 120, targets: [
      { priority: 'P1', firstResponseSeconds: 300, resolutionSeconds: 1800 },
      { priority: 'P2', firstResponseSeconds: 600, resolutionSeconds: 3600 },
      { priority: 'P3', firstResponseSeconds: 900, resolutionSeconds: 5400 },
      { priority: 'P4', firstResponseSeconds: 1200, resolutionSeconds: 7200 },
    ] });
    // A threshold above any score turns complaint detection off for this category.
    const routing = await route(t, admin, { categoryId: cat.id, teamId: billing.id, policyId: p.id, complaintThreshold: 1 });
    expect(routing).toMatchObject({ team: { id: billing.id }, policy: { id: p.id }, complaintThreshold: 1 });
    const q = await thread(t, await member(t), { categoryId: cat.id, body: COMPLAINT_BODY });
    const askedAt = t.clock.now();
    await settle(t);
    t.clock.advance(599);
    await sweep(t);
    expect(await openCaseOf(t, q.id)).toBeUndefined();
    t.clock.advance(1);
    await sweep(t);
    const c = await getCase(t, staff, (await openCaseOf(t, q.id))!.id);
    expect(c).toMatchObject({ priority: 'P4', team: { id: billing.id, name: 'Billing desk' }, firstResponseDueAt: plus(askedAt, 1800), resolutionDueAt: plus(askedAt, 7800) });
    expect(c.reasons.map((r: { kind: string }) => r.kind)).toEqual(['UNANSWERED']);
  });

  it("fires by itself: the app's own scheduler opens the case within 5 s of the due time", async () => {
    const q = await thread(t, await member(t));
    await settle(t);
    t.clock.advance(4 * HOUR);
    const started = Date.now();
    while (!(await openCaseOf(t, q.id)) && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 50));
    expect(await openCaseOf(t, q.id)).toBeDefined();
  });

  it('opens exactly one case when two sweeps run at the same time', async () => {
    const qs = [];
    for (let i = 0; i < 6; i++) qs.push(await thread(t, await member(t)));
    await settle(t);
    t.clock.advance(4 * HOUR);
    const scheduler = t.app.get(EscalationScheduler);
    // Called directly, so the sweeps do not take the job's advisory lock: only SKIP LOCKED and the unique index protect.
    await Promise.all([scheduler.sweep(), scheduler.sweep(), scheduler.sweep()]);
    for (const q of qs) expect(await caseCount(t, q.id)).toBe(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM webcare_case_reasons WHERE thread_id = ANY($1::uuid[])`, [qs.map((q) => q.id)]);
    expect(n).toBe(6);
  });

  it('lets the asker ask for staff help (P2) three times a day, and nobody else', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const at = t.clock.now();
    expect(codeOf(await t.gql(await member(t), ASK_HELP, { input: { threadId: q.id, reason: 'Please help this person' } }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(null, ASK_HELP, { input: { threadId: q.id, reason: 'Please help me' } }))).toBe('UNAUTHENTICATED');
    const first = await ok(t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'My meter reading is wrong' } }), 'askStaffHelp');
    expect(first.status).toBe('NEW');
    const c = await getCase(t, staff, first.id);
    expect(c).toMatchObject({ priority: 'P2', firstResponseDueAt: plus(at, HOUR), resolutionDueAt: plus(at, 24 * HOUR) });
    expect(c.reasons).toEqual([{ kind: 'MEMBER_ASKED_HELP', priority: 'P2', detail: 'My meter reading is wrong', actor: { id: asker.id } }]);
    const other = await thread(t, asker);
    await ok(t.gql(asker, ASK_HELP, { input: { threadId: other.id, reason: 'Second request' } }), 'askStaffHelp');
    await ok(t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'Third request, same thread' } }), 'askStaffHelp');
    expect(await caseCount(t, q.id)).toBe(1);
    const limited = await t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'Fourth request' } });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions!.retryAfterSeconds).toBe(24 * HOUR);
    t.clock.advance(24 * HOUR);
    await ok(t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'A day later' } }), 'askStaffHelp');
  });

  it('continues in private on request: the case is marked private', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const res = await ok(t.gql(asker, PRIVATE_HELP, { input: { threadId: q.id, reason: 'My contract number is involved' } }), 'requestPrivateHelp');
    expect(res).toMatchObject({ status: 'NEW', isPrivate: true });
    const c = await getCase(t, staff, res.id);
    expect(c).toMatchObject({ priority: 'P2', isPrivate: true, reasons: [{ kind: 'MEMBER_ASKED_PRIVATE' }] });
  });

  it('lets experts of the category and staff escalate (urgent is P1), and refuses other members', async () => {
    const cat = await category(t);
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const q = await thread(t, await member(t), { categoryId: cat.id });
    const at = t.clock.now();
    expect(codeOf(await t.gql(await member(t, { reputation: 5000 }), ESCALATE, { input: { threadId: q.id, reason: 'This needs staff', urgent: false } }))).toBe('FORBIDDEN');
    const byExpert = await ok(t.gql(expert, ESCALATE, { input: { threadId: q.id, reason: 'Billing error on the account', urgent: false } }), 'escalateThread');
    let c = await getCase(t, staff, byExpert.id);
    expect(c).toMatchObject({ priority: 'P2', firstResponseDueAt: plus(at, HOUR) });
    t.clock.advance(600);
    await ok(t.gql(staff, ESCALATE, { input: { threadId: q.id, reason: 'Customer without power', urgent: true } }), 'escalateThread');
    c = await getCase(t, staff, byExpert.id);
    // Raised to P1 at +10 min: first response min(60 min, 10 + 15 min) = 25 min; resolution min(24 h, 10 min + 4 h).
    expect(c).toMatchObject({ priority: 'P1', firstResponseDueAt: plus(at, 1500), resolutionDueAt: plus(at, 600 + 4 * HOUR) });
    expect(c.reasons.map((r: { kind: string; priority: string }) => `${r.kind}:${r.priority}`)).toEqual(['ESCALATED_BY_EXPERT:P2', 'ESCALATED_BY_STAFF:P1']);
    expect(await caseCount(t, q.id)).toBe(1);
    // An expert of another category is just a member here.
    const outsider = await member(t);
    await certify(t, outsider.id, (await category(t)).id);
    expect(codeOf(await t.gql(outsider, ESCALATE, { input: { threadId: q.id, reason: 'Not my category', urgent: true } }))).toBe('FORBIDDEN');
  });

  it('consumes moderation.thread.needs_staff flags: P3, or P1 for safety, once per flag', async () => {
    const flagger = await member(t);
    const plain = await thread(t, await member(t));
    const safety = await thread(t, await member(t));
    await emit(t, 'moderation.thread.needs_staff', { threadId: plain.id, flagId: '00000000-0000-4000-8000-000000000001', flaggerId: flagger.id, comment: 'Needs an account check', safety: false });
    await emit(t, 'moderation.thread.needs_staff', { threadId: safety.id, flagId: '00000000-0000-4000-8000-000000000002', flaggerId: flagger.id, comment: 'Sparks from the meter cupboard', safety: true });
    // The same flag delivered twice changes nothing.
    await emit(t, 'moderation.thread.needs_staff', { threadId: plain.id, flagId: '00000000-0000-4000-8000-000000000001', flaggerId: flagger.id, comment: 'Needs an account check', safety: false });
    await settle(t);
    const p = await getCase(t, staff, (await openCaseOf(t, plain.id))!.id);
    expect(p).toMatchObject({ priority: 'P3', reasons: [{ kind: 'FLAGGED_NEEDS_STAFF', detail: 'flagged as needing staff: Needs an account check', actor: { id: flagger.id } }] });
    const s = await getCase(t, staff, (await openCaseOf(t, safety.id))!.id);
    expect(s).toMatchObject({ priority: 'P1', reasons: [{ kind: 'FLAGGED_NEEDS_STAFF', detail: 'safety flag: Sparks from the meter cupboard' }] });
  });

  it('validates policies as a whole and keeps admin operations for admins', async () => {
    const bad = await t.gql(admin, `mutation($input: SlaPolicyInput!) { saveSlaPolicy(input: $input) { id } }`, {
      input: { name: 'Broken', communityWindowSeconds: 0, targets: [{ priority: 'P1', firstResponseSeconds: 7200 }] },
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['communityWindowSeconds', 'priorities.P1.firstResponseSeconds']));
    expect(codeOf(await t.gql(staff, `mutation { createWebcareTeam(input: { name: "Nope team" }) { id } }`))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(await member(t), `query { webcareTeams { id } }`))).toBe('FORBIDDEN');
    const policies = await ok(t.gql(staff, `query { slaPolicies { id name communityWindowSeconds targets { priority firstResponseSeconds resolutionSeconds } } }`), 'slaPolicies');
    expect(policies[0]).toMatchObject({ id: null, name: 'Default', communityWindowSeconds: 14400, targets: [{ priority: 'P1', firstResponseSeconds: 900, resolutionSeconds: 14400 }, {}, {}, {}] });
    expect(codeOf(await t.gql(admin, `mutation { createWebcareTeam(input: { name: "Members team", memberIds: ["${(await member(t)).id}"] }) { id } }`))).toBe('BAD_USER_INPUT');
  });
});
