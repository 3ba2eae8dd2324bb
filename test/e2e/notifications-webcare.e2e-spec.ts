import { JwtService } from '@nestjs/jwt';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { BREACH_SOON_JOB } from '../../src/notifications/breach-soon.job.js';
import { member, type TestMember } from '../factories/accounts.factory.js';
import { category, thread } from '../factories/forum.factory.js';
import { inbox, inboxOf, settle as quiet, subscribe, untilSubscribed, type LiveSubscription } from '../factories/notifications.factory.js';
import { emit, freshTokens, ok, route, settle, sweep, team } from '../factories/webcare.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3600;
const ASK_HELP = `mutation($input: ThreadHelpInput!) { askStaffHelp(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!) { claimCase(caseId: $id) { id } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id } }`;
const REPLY = `mutation($input: PublicReplyInput!) { replyPublicly(input: $input) { id } }`;
const MESSAGE = `mutation($input: CaseTextInput!) { sendCaseMessage(input: $input) { id } }`;
const RESOLVE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { id status } }`;
const THREAD_UPDATED = `subscription($id: ID!) { threadUpdated(threadId: $id) { kind postId } }`;
const NOTIFICATION_ADDED = `subscription { notificationAdded { kind caseId private } }`;
const QUEUE_CHANGED = `subscription { queueChanged { kind caseId teamId } }`;

describe('notifications: webcare cases', () => {
  let t: TestApp;
  let admin: TestMember;
  let url: string;
  const subs: LiveSubscription[] = [];
  // The clock moves by hours here: sign with a token minted at the clock's time, as a fresh sign-in would.
  const tokenOf = (m: TestMember) => {
    const iat = Math.floor(t.clock.now().getTime() / 1000);
    return t.app.get(JwtService).sign({ sub: m.id, iat, exp: iat + 900 });
  };
  beforeAll(async () => {
    t = freshTokens(await createTestApp());
    admin = await member(t, { role: 'ADMIN' });
    url = await t.listen();
  });
  afterEach(async () => {
    await Promise.all(subs.splice(0).map((s) => s.dispose()));
  });
  afterAll(() => t.close());

  async function deskWithCase() {
    const agent = await member(t, { role: 'STAFF' });
    const colleague = await member(t, { role: 'STAFF' });
    const desk = await team(t, admin, [agent.id, colleague.id]);
    const cat = await category(t, { admin });
    await route(t, admin, { categoryId: cat.id, teamId: desk.id });
    const asker = await member(t);
    const q = await thread(t, asker, { categoryId: cat.id });
    const { id: caseId } = await ok(t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'My bill is wrong, please check' } }), 'askStaffHelp');
    await settle(t);
    return { agent, colleague, desk, asker, thread: q, caseId: caseId as string };
  }

  it('produces each webcare kind once: assigned, staff replied (public, private), member replied, breach soon, breached, resolved', async () => {
    const { agent, colleague, asker, caseId, thread: { id: threadId } } = await deskWithCase();
    await ok(t.gql(agent, CLAIM, { id: caseId }), 'claimCase');
    await ok(t.gql(agent, ASSIGN, { input: { caseId, assigneeId: colleague.id, note: 'your area of expertise' } }), 'assignCase');
    await ok(t.gql(colleague, REPLY, { input: { caseId, body: 'We checked your meter: the reading was estimated, a correction follows.' } }), 'replyPublicly');
    await ok(t.gql(colleague, MESSAGE, { input: { caseId, body: 'Could you send me your customer number?' } }), 'sendCaseMessage');
    await ok(t.gql(asker, MESSAGE, { input: { caseId, body: 'Sure, it is 12345.' } }), 'sendCaseMessage');
    await settle(t);

    expect(await inboxOf(t, agent, 'CASE_ASSIGNED')).toHaveLength(0);
    expect(await inboxOf(t, colleague, 'CASE_ASSIGNED')).toMatchObject([{ caseId, actor: { id: agent.id } }]);
    const replies = await inboxOf(t, asker, 'STAFF_REPLIED');
    expect(replies.map((n) => [n.private, n.caseId, n.count]).sort()).toEqual([[false, caseId, 1], [true, caseId, 1]]);
    expect(await inboxOf(t, asker, 'NEW_ANSWER')).toHaveLength(0); // the staff answer is told once, as the reply
    expect(await inboxOf(t, colleague, 'MEMBER_REPLIED')).toMatchObject([{ caseId, actor: { id: asker.id } }]);

    // Responded: the resolution clock (24 h for a member's request) is what runs now.
    t.clock.advance(24 * HOUR - 10 * 60);
    const jobs = t.app.get(PeriodicJobs);
    while (!(await jobs.runNow(BREACH_SOON_JOB))) await new Promise((r) => setTimeout(r, 20));
    while (!(await jobs.runNow(BREACH_SOON_JOB))) await new Promise((r) => setTimeout(r, 20));
    const soon = await inboxOf(t, colleague, 'CASE_BREACH_SOON');
    expect(soon).toMatchObject([{ caseId, slaClock: 'RESOLUTION' }]);
    expect(soon[0].summary).toMatch(/due within 15 minutes/);

    t.clock.advance(11 * 60);
    await sweep(t);
    // The breach as webcare's breach sweep documents it (its own e2e tests cover when it fires).
    await emit(t, 'webcare.case.breached', { caseId, threadId, clock: 'RESOLUTION', dueAt: new Date(t.clock.now().getTime() - 60_000).toISOString() });
    await settle(t);
    expect(await inboxOf(t, colleague, 'CASE_BREACHED')).toMatchObject([{ caseId, slaClock: 'RESOLUTION' }]);

    await ok(t.gql(colleague, RESOLVE, { input: { caseId, note: 'Corrected invoice sent.' } }), 'resolveCase');
    await settle(t);
    const [resolved] = await inboxOf(t, asker, 'CASE_RESOLVED');
    expect(resolved.summary).toMatch(/please rate/);
    expect((await inbox(t, agent)).map((n) => n.kind)).toEqual([]);
  });

  it('keeps private case events to the member and the staff of the case’s team', async () => {
    const { agent, asker, thread: q, caseId, desk } = await deskWithCase();
    const outsider = await member(t, { role: 'STAFF' });
    await team(t, admin, [outsider.id]);
    const bystander = await member(t);
    const onThread = subscribe(url, tokenOf(bystander), THREAD_UPDATED, { id: q.id });
    const bystanderInbox = subscribe(url, tokenOf(bystander), NOTIFICATION_ADDED);
    const askerInbox = subscribe(url, tokenOf(asker), NOTIFICATION_ADDED);
    const deskQueue = subscribe(url, tokenOf(agent), QUEUE_CHANGED);
    const otherQueue = subscribe(url, tokenOf(outsider), QUEUE_CHANGED);
    subs.push(onThread, bystanderInbox, askerInbox, deskQueue, otherQueue);
    await untilSubscribed(t, `thread:${q.id}`);
    await untilSubscribed(t, 'queue', 2);
    await untilSubscribed(t, `user:${asker.id}`);
    await untilSubscribed(t, `user:${bystander.id}`);

    await ok(t.gql(agent, MESSAGE, { input: { caseId, body: 'Please send me your account number in private.' } }), 'sendCaseMessage');
    await settle(t);

    const [added] = await askerInbox.waitFor(1);
    expect(added.notificationAdded).toEqual({ kind: 'STAFF_REPLIED', caseId, private: true });
    const queue = (await deskQueue.waitFor(2)).map((e) => e.queueChanged);
    expect(queue).toContainEqual({ kind: 'REPLIED', caseId, teamId: desk.id });
    await quiet();
    expect(otherQueue.events).toHaveLength(0);
    expect(onThread.events).toHaveLength(0);
    expect(bystanderInbox.events).toHaveLength(0);
    expect(await inbox(t, bystander)).toHaveLength(0);
  });
});
