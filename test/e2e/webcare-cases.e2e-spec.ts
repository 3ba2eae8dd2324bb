import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, thread } from '../factories/forum.factory.js';
import {
  CASE,
  CLAIM_NEXT,
  freshTokens,
  getCase,
  HELP_CASE,
  ok,
  plus,
  QUEUE,
  route,
  settle,
  sweep,
  team,
} from '../factories/webcare.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3600;
const ASK_HELP = `mutation($input: ThreadHelpInput!) { askStaffHelp(input: $input) { id } }`;
const ESCALATE = `mutation($input: EscalateThreadInput!) { escalateThread(input: $input) { id } }`;
const CLAIM = `mutation($id: ID!) { claimCase(caseId: $id) { id status assignee { id } } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { id status transferCount assignee { id } team { id }
  assignments { kind note actor { id } fromAssignee { id } toAssignee { id } fromTeam { id } toTeam { id } } } }`;
const WAIT = `mutation($id: ID!) { waitForMember(caseId: $id) { id status } }`;
const RESOLVE = `mutation($input: ResolveCaseInput!) { resolveCase(input: $input) { id status resolvedAt resolutionNote } }`;
const REPLY = `mutation($input: PublicReplyInput!) { replyPublicly(input: $input) { id status firstRespondedAt assignee { id } } }`;
const MESSAGE = `mutation($input: CaseTextInput!) { sendCaseMessage(input: $input) { id body fromStaff } }`;
const NOTE = `mutation($input: CaseTextInput!) { addCaseNote(input: $input) { id body author { id } } }`;
const RATE = `mutation($input: RateCaseInput!) { rateCase(input: $input) { id rating canRate } }`;

describe('webcare cases', () => {
  let t: TestApp;
  let admin: TestMember;
  beforeAll(async () => {
    t = freshTokens(await createTestApp());
    admin = await member(t, { role: 'ADMIN' });
  });
  afterAll(() => t.close());

  /** A thread whose asker asked for help: a NEW P2 case. */
  async function helpCase(opts: { categoryId?: string; asker?: TestMember } = {}) {
    const asker = opts.asker ?? (await member(t));
    const q = await thread(t, asker, { categoryId: opts.categoryId });
    const { id } = await ok(t.gql(asker, ASK_HELP, { input: { threadId: q.id, reason: 'My bill is wrong, please check' } }), 'askStaffHelp');
    return { asker, thread: q, caseId: id as string, openedAt: t.clock.now() };
  }

  // First in the file, while no other case exists: ten agents claim at the same instant.
  it('hands ten agents claiming at once ten different cases, and nothing twice', async () => {
    const agents: TestMember[] = [];
    for (let i = 0; i < 12; i++) agents.push(await member(t, { role: 'STAFF' }));
    const desk = await team(t, admin, agents.map((a) => a.id));
    const cat = await category(t);
    await route(t, admin, { categoryId: cat.id, teamId: desk.id });
    const cases = [];
    for (let i = 0; i < 10; i++) cases.push(await helpCase({ categoryId: cat.id }));
    const results = await Promise.all(agents.map((a) => t.gql(a, CLAIM_NEXT)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const claimed = results.map((r) => r.data.claimNextCase).filter(Boolean);
    expect(claimed).toHaveLength(10);
    expect(new Set(claimed.map((c: { id: string }) => c.id))).toEqual(new Set(cases.map((c) => c.caseId)));
    // Each winner got its own case.
    results.forEach((r, i) => r.data.claimNextCase && expect(r.data.claimNextCase).toMatchObject({ status: 'OPEN', assignee: { id: agents[i].id } }));
    const rows = await t.db.query(`SELECT case_id, count(*)::int AS n FROM webcare_case_assignments WHERE kind = 'CLAIM' GROUP BY case_id`);
    expect(rows).toHaveLength(10);
    expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
    // Claiming one that is taken is a CONFLICT, not a steal.
    const res = await t.gql(agents[11], CLAIM, { id: cases[0].caseId });
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'case_already_claimed' });
  });

  it('shows the queue by team: unassigned first by due time, filters, cursor pages, mine', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const desk = await team(t, admin, [agent.id]);
    const cat = await category(t);
    const otherCat = await category(t);
    await route(t, admin, { categoryId: cat.id, teamId: desk.id });
    await route(t, admin, { categoryId: otherCat.id, teamId: desk.id });
    const p2 = await helpCase({ categoryId: cat.id });
    t.clock.advance(60);
    const urgentQ = await thread(t, await member(t), { categoryId: otherCat.id });
    const { id: p1 } = await ok(t.gql(agent, ESCALATE, { input: { threadId: urgentQ.id, reason: 'No power at all', urgent: true } }), 'escalateThread');
    t.clock.advance(60);
    const p2b = await helpCase({ categoryId: cat.id });
    const page1 = await ok(t.gql(agent, QUEUE, { teamId: desk.id, first: 2 }), 'webcareQueue');
    // P1 due in 15 min comes first, then the P2s by due time.
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.id)).toEqual([p1, p2.caseId]);
    const page2 = await ok(t.gql(agent, QUEUE, { teamId: desk.id, first: 2, after: page1.pageInfo.endCursor }), 'webcareQueue');
    expect(page2.edges.map((e: any) => e.node.id)).toEqual([p2b.caseId]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const onlyP2 = await ok(t.gql(agent, QUEUE, { teamId: desk.id, filter: { priority: 'P2', categoryId: cat.id } }), 'webcareQueue');
    expect(onlyP2.edges.map((e: any) => e.node.id)).toEqual([p2.caseId, p2b.caseId]);
    // Without a team: the agent's teams.
    expect((await ok(t.gql(agent, QUEUE, {}), 'webcareQueue')).edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining([p1, p2.caseId, p2b.caseId]));
    const claimed = await ok(t.gql(agent, CLAIM_NEXT), 'claimNextCase');
    expect(claimed.id).toBe(p1);
    const mine = await ok(t.gql(agent, QUEUE, { view: 'MINE' }), 'webcareQueue');
    expect(mine.edges.map((e: any) => e.node.id)).toEqual([p1]);
    const unassigned = await ok(t.gql(agent, QUEUE, { teamId: desk.id }), 'webcareQueue');
    expect(unassigned.edges.map((e: any) => e.node.id)).toEqual([p2.caseId, p2b.caseId]);
  });

  it('assigns and transfers with who and why, counting transfers', async () => {
    const [a, b, c] = [await member(t, { role: 'STAFF' }), await member(t, { role: 'STAFF' }), await member(t, { role: 'STAFF' })];
    const first = await team(t, admin, [a.id, b.id]);
    const second = await team(t, admin, [c.id]);
    const cat = await category(t);
    await route(t, admin, { categoryId: cat.id, teamId: first.id });
    const { caseId } = await helpCase({ categoryId: cat.id });
    let res = await ok(t.gql(a, ASSIGN, { input: { caseId, assigneeId: b.id, note: 'Bea knows this contract' } }), 'assignCase');
    expect(res).toMatchObject({ status: 'OPEN', transferCount: 0, assignee: { id: b.id } });
    res = await ok(t.gql(b, ASSIGN, { input: { caseId, assigneeId: a.id, note: 'Back to Ann, I am off tomorrow' } }), 'assignCase');
    expect(res).toMatchObject({ transferCount: 1, assignee: { id: a.id } });
    res = await ok(t.gql(a, ASSIGN, { input: { caseId, teamId: second.id, note: 'This is a technical fault' } }), 'assignCase');
    expect(res).toMatchObject({ status: 'NEW', transferCount: 2, assignee: null, team: { id: second.id } });
    expect(res.assignments).toEqual([
      { kind: 'ASSIGN', note: 'Bea knows this contract', actor: { id: a.id }, fromAssignee: null, toAssignee: { id: b.id }, fromTeam: { id: first.id }, toTeam: { id: first.id } },
      { kind: 'TRANSFER', note: 'Back to Ann, I am off tomorrow', actor: { id: b.id }, fromAssignee: { id: b.id }, toAssignee: { id: a.id }, fromTeam: { id: first.id }, toTeam: { id: first.id } },
      { kind: 'TRANSFER', note: 'This is a technical fault', actor: { id: a.id }, fromAssignee: { id: a.id }, toAssignee: null, fromTeam: { id: first.id }, toTeam: { id: second.id } },
    ]);
    // Now in the other team's unassigned queue.
    expect((await ok(t.gql(c, QUEUE, { teamId: second.id }), 'webcareQueue')).edges.map((e: any) => e.node.id)).toContain(caseId);
    expect(codeOf(await t.gql(a, ASSIGN, { input: { caseId, assigneeId: (await member(t)).id, note: 'To a member' } }))).toBe('BAD_USER_INPUT');
  });

  it('pauses the resolution clock while waiting on the member and resumes it when they reply', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const { asker, caseId, openedAt } = await helpCase();
    t.clock.advance(600);
    await ok(t.gql(agent, CLAIM, { id: caseId }), 'claimCase');
    await ok(t.gql(agent, MESSAGE, { input: { caseId, body: 'Could you send me a photo of the meter?' } }), 'sendCaseMessage');
    t.clock.advance(3000);
    await ok(t.gql(agent, WAIT, { id: caseId }), 'waitForMember');
    let c = await getCase(t, agent, caseId);
    expect(c.status).toBe('PENDING_MEMBER');
    expect(c.sla).toMatchObject({ paused: true, firstResponse: { metAt: plus(openedAt, 600), breached: false } });
    t.clock.advance(5 * HOUR);
    c = await getCase(t, agent, caseId);
    // While paused, the due time is where it would be if the clock resumed now.
    expect(c.sla.resolution).toMatchObject({ dueAt: plus(openedAt, 29 * HOUR), remainingSeconds: 23 * HOUR });
    await ok(t.gql(asker, MESSAGE, { input: { caseId, body: 'Here it is, the reading is 12345.' } }), 'sendCaseMessage');
    c = await getCase(t, agent, caseId);
    expect(c).toMatchObject({ status: 'OPEN', resolutionDueAt: plus(openedAt, 29 * HOUR) });
    expect(c.sla).toMatchObject({ paused: false, resolution: { dueAt: plus(openedAt, 29 * HOUR), breached: false } });
    // Waiting again, and the member answers on the thread instead: the case opens again too.
    await ok(t.gql(agent, WAIT, { id: caseId }), 'waitForMember');
    t.clock.advance(HOUR);
    await t.gql(asker, `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { threadId: c.thread.id, body: 'I sent the photo in the chat.' } });
    await settle(t);
    c = await getCase(t, agent, caseId);
    expect(c).toMatchObject({ status: 'OPEN', resolutionDueAt: plus(openedAt, 30 * HOUR) });
    expect(codeOf(await t.gql(agent, WAIT, { id: caseId }))).toBeUndefined();
    expect(codeOf(await t.gql(agent, WAIT, { id: caseId }))).toBe('CONFLICT');
  });

  it('flags breaches in the queue from the due times', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const desk = await team(t, admin, [agent.id]);
    const cat = await category(t);
    await route(t, admin, { categoryId: cat.id, teamId: desk.id });
    const late = await thread(t, await member(t), { categoryId: cat.id });
    const { id: lateCase } = await ok(t.gql(agent, ESCALATE, { input: { threadId: late.id, reason: 'Gas smell near the meter', urgent: true } }), 'escalateThread');
    const openedAt = t.clock.now();
    const onTime = await helpCase({ categoryId: cat.id });
    t.clock.advance(900);
    await sweep(t);
    expect((await getCase(t, agent, lateCase)).breached).toBe(false);
    t.clock.advance(1);
    await sweep(t);
    const c = await getCase(t, agent, lateCase);
    expect(c).toMatchObject({ breached: true, sla: { firstResponse: { breached: true, breachedAt: plus(openedAt, 900), remainingSeconds: -1 }, resolution: { breached: false } } });
    const [row] = await t.db.query(`SELECT first_response_breached_at FROM webcare_cases WHERE id = $1`, [lateCase]);
    expect(row.first_response_breached_at.toISOString()).toBe(plus(openedAt, 900));
    const breached = await ok(t.gql(agent, QUEUE, { view: 'BREACHED', teamId: desk.id }), 'webcareQueue');
    expect(breached.edges.map((e: any) => e.node.id)).toEqual([lateCase]);
    expect(breached.edges[0].node.breached).toBe(true);
    const all = await ok(t.gql(agent, QUEUE, { view: 'ALL_OPEN', teamId: desk.id }), 'webcareQueue');
    expect(all.edges.find((e: any) => e.node.id === onTime.caseId).node.breached).toBe(false);
  });

  it('keeps internal notes and the private conversation from other members and visitors', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const { asker, caseId, thread: q } = await helpCase();
    const NOTE_TEXT = 'INTERNAL: customer has two open disputes';
    const PRIVATE_TEXT = 'PRIVATE: your IBAN ends in 4321';
    const note = await ok(t.gql(agent, NOTE, { input: { caseId, body: NOTE_TEXT } }), 'addCaseNote');
    expect(note).toMatchObject({ body: NOTE_TEXT, author: { id: agent.id } });
    await ok(t.gql(agent, MESSAGE, { input: { caseId, body: PRIVATE_TEXT } }), 'sendCaseMessage');
    await ok(t.gql(asker, MESSAGE, { input: { caseId, body: 'PRIVATE: thanks, that is my account' } }), 'sendCaseMessage');
    const other = await member(t, { reputation: 2000 });
    const everyMemberQuery = [
      [HELP_CASE, { id: q.id }],
      [`query($id: ID!) { thread(id: $id) { title body bodyHtml comments { body } answers(first: 50) { edges { node { body comments { body } } } } revisions { body } } }`, { id: q.id }],
      [`query { threads(first: 100) { edges { node { id title body staffInvolved helpCase { id messages { body } } } } } }`, {}],
      [`query($id: ID!) { user(id: $id) { id displayName bio } }`, { id: asker.id }],
    ] as const;
    for (const viewer of [null, other, asker]) {
      for (const [query, vars] of everyMemberQuery) {
        const res = await t.gql(viewer, query, vars as Record<string, unknown>);
        const text = JSON.stringify(res);
        expect(text).not.toContain(NOTE_TEXT);
        if (viewer !== asker) expect(text).not.toContain('PRIVATE:');
      }
    }
    // The asker sees the conversation (and nothing internal); others see that staff are on it, no more.
    const own = (await t.gql(asker, HELP_CASE, { id: q.id })).data.thread;
    expect(own.helpCase.messages.map((m: { body: string; fromStaff: boolean }) => [m.fromStaff, m.body])).toEqual([
      [true, PRIVATE_TEXT],
      [false, 'PRIVATE: thanks, that is my account'],
    ]);
    for (const viewer of [null, other]) {
      const seen = (await t.gql(viewer, HELP_CASE, { id: q.id })).data.thread;
      expect(seen).toMatchObject({ staffInvolved: true, helpCase: null });
    }
    // Nor can they write in it, or reach the staff side.
    expect(codeOf(await t.gql(other, MESSAGE, { input: { caseId, body: 'let me in' } }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(other, CASE, { id: caseId }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(asker, CASE, { id: caseId }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(null, CASE, { id: caseId }))).toBe('UNAUTHENTICATED');
  });

  it('replies in public as staff (first response), resolves with a note, marks the thread solved by staff, and takes one rating', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const { asker, caseId, thread: q, openedAt } = await helpCase();
    t.clock.advance(1200);
    const replied = await ok(t.gql(agent, REPLY, { input: { caseId, body: 'We corrected the meter reading; the new invoice follows this week.' } }), 'replyPublicly');
    expect(replied).toMatchObject({ status: 'OPEN', firstRespondedAt: plus(openedAt, 1200), assignee: { id: agent.id } });
    const page = (await t.gql(null, `query($id: ID!) { thread(id: $id) { answers { edges { node { isStaff author { id } } } } } }`, { id: q.id })).data.thread;
    expect(page.answers.edges).toEqual([{ node: { isStaff: true, author: { id: agent.id } } }]);
    expect(codeOf(await t.gql(asker, RATE, { input: { caseId, rating: 4 } }))).toBe('CONFLICT');
    const resolved = await ok(t.gql(agent, RESOLVE, { input: { caseId, note: 'Reading corrected, credit note sent' } }), 'resolveCase');
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionNote: 'Reading corrected, credit note sent' });
    const seen = (await t.gql(asker, HELP_CASE, { id: q.id })).data.thread;
    expect(seen).toMatchObject({ status: 'SOLVED', solvedByStaff: true, staffInvolved: false, helpCase: { status: 'RESOLVED', canRate: true } });
    expect(codeOf(await t.gql(await member(t), RATE, { input: { caseId, rating: 1 } }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(asker, RATE, { input: { caseId, rating: 6 } }))).toBe('BAD_USER_INPUT');
    const rated = await ok(t.gql(asker, RATE, { input: { caseId, rating: 5, comment: 'Quick and friendly' } }), 'rateCase');
    expect(rated).toMatchObject({ rating: 5, canRate: false });
    expect((await t.gql(asker, RATE, { input: { caseId, rating: 1 } })).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'case_already_rated' });
    expect(await getCase(t, agent, caseId)).toMatchObject({ rating: 5, ratingComment: 'Quick and friendly', sla: { firstResponse: { breached: false }, resolution: { breached: false } } });
  });

  it('leaves a thread with an accepted answer solved by the community, and reopens a case the member replies to after resolution', async () => {
    const agent = await member(t, { role: 'STAFF' });
    const { asker, caseId, thread: q } = await helpCase();
    const a = await answer(t, await member(t), q.id);
    await t.gql(asker, `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`, { id: a.id });
    await ok(t.gql(agent, CLAIM, { id: caseId }), 'claimCase');
    await ok(t.gql(agent, RESOLVE, { input: { caseId, note: 'Community solved it' } }), 'resolveCase');
    expect((await t.gql(asker, HELP_CASE, { id: q.id })).data.thread).toMatchObject({ status: 'SOLVED', solvedByStaff: false });

    const second = await helpCase();
    await ok(t.gql(agent, CLAIM, { id: second.caseId }), 'claimCase');
    await ok(t.gql(agent, RESOLVE, { input: { caseId: second.caseId, note: 'Explained the bill' } }), 'resolveCase');
    expect((await t.gql(null, HELP_CASE, { id: second.thread.id })).data.thread).toMatchObject({ status: 'SOLVED', solvedByStaff: true });
    t.clock.advance(2 * 24 * HOUR);
    await ok(t.gql(second.asker, MESSAGE, { input: { caseId: second.caseId, body: 'The new bill is still wrong.' } }), 'sendCaseMessage');
    expect(await getCase(t, agent, second.caseId)).toMatchObject({ status: 'OPEN', resolvedAt: null, assignee: { id: agent.id } });
    expect((await t.gql(null, HELP_CASE, { id: second.thread.id })).data.thread).toMatchObject({ status: 'OPEN', solvedByStaff: false, staffInvolved: true });
  });

  it('keeps saved replies per team and fills in their placeholders for a case', async () => {
    const agent = await member(t, { role: 'STAFF', name: 'Sam_Agent' });
    const desk = await team(t, admin, [agent.id]);
    const asker = await member(t, { name: 'Mia_Member' });
    const { caseId, thread: q } = await helpCase({ asker });
    const saved = await ok(
      t.gql(agent, `mutation($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id title } }`, {
        input: { teamId: desk.id, title: 'Greeting', body: 'Hi {{member.name}}, about "{{thread.title}}": {{agent.name}} here.' },
      }),
      'createSavedReply',
    );
    expect((await ok(t.gql(agent, `query($teamId: ID!) { savedReplies(teamId: $teamId) { id title } }`, { teamId: desk.id }), 'savedReplies'))).toEqual([saved]);
    const text = await ok(t.gql(agent, `query($s: ID!, $c: ID!) { renderSavedReply(savedReplyId: $s, caseId: $c) }`, { s: saved.id, c: caseId }), 'renderSavedReply');
    const [{ title }] = await t.db.query(`SELECT title FROM threads WHERE id = $1`, [q.id]);
    expect(text).toBe(`Hi Mia_Member, about "${title}": Sam_Agent here.`);
    const bad = await t.gql(agent, `mutation($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }`, { input: { teamId: desk.id, title: 'Bad', body: 'Hi {{member.iban}}' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  });

  it("shows the member's history on one timeline: threads, cases, ratings and contacts from other channels", async () => {
    const agent = await member(t, { role: 'STAFF' });
    const { asker, caseId, thread: q } = await helpCase();
    await ok(t.gql(agent, CLAIM, { id: caseId }), 'claimCase');
    await ok(t.gql(agent, RESOLVE, { input: { caseId, note: 'Done' } }), 'resolveCase');
    t.clock.advance(60);
    await ok(t.gql(asker, RATE, { input: { caseId, rating: 3 } }), 'rateCase');
    t.clock.advance(60);
    const contact = await ok(
      t.gql(agent, `mutation($input: LogContactInput!) { logContact(input: $input) { id channel summary caseId loggedBy { id } } }`, {
        input: { memberId: asker.id, channel: 'PHONE', summary: 'Called about the same invoice', caseId },
      }),
      'logContact',
    );
    expect(contact).toMatchObject({ channel: 'PHONE', caseId, loggedBy: { id: agent.id } });
    const MEMBER = `query($id: ID!, $after: String) { webcareMember(memberId: $id) { reputation threadCount caseCount openCaseCount ratingsGiven averageRating user { id }
      entries(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind threadId caseId title detail channel rating } } } } }`;
    const m = await ok(t.gql(agent, MEMBER, { id: asker.id }), 'webcareMember');
    expect(m).toMatchObject({ reputation: 1, threadCount: 1, caseCount: 1, openCaseCount: 0, ratingsGiven: 1, averageRating: 3, user: { id: asker.id } });
    expect(m.entries.totalCount).toBe(4);
    expect(m.entries.edges.map((e: any) => e.node.kind)).toEqual(['CONTACT', 'RATING', 'THREAD']);
    expect(m.entries.edges[0].node).toMatchObject({ channel: 'PHONE', detail: 'Called about the same invoice', caseId });
    expect(m.entries.edges[1].node).toMatchObject({ rating: 3, threadId: q.id });
    const rest = await ok(t.gql(agent, MEMBER, { id: asker.id, after: m.entries.pageInfo.endCursor }), 'webcareMember');
    expect(rest.entries.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ kind: 'CASE', caseId, detail: 'RESOLVED P2' })]);
  });

  it('refuses every staff operation to members (FORBIDDEN) and visitors (UNAUTHENTICATED)', async () => {
    const { caseId, asker } = await helpCase();
    const desk = await team(t, admin);
    const id = caseId;
    const staffOps: Array<[string, Record<string, unknown>]> = [
      [QUEUE, {}],
      [CASE, { id }],
      [CLAIM_NEXT, {}],
      [CLAIM, { id }],
      [ASSIGN, { input: { caseId: id, teamId: desk.id, note: 'why not' } }],
      [WAIT, { id }],
      [`mutation($id: ID!) { reopenCase(caseId: $id) { id } }`, { id }],
      [RESOLVE, { input: { caseId: id, note: 'resolved' } }],
      [REPLY, { input: { caseId: id, body: 'A public reply that is long enough.' } }],
      [NOTE, { input: { caseId: id, body: 'note' } }],
      [`query($id: ID!) { webcareMember(memberId: $id) { id } }`, { id: asker.id }],
      [`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, { input: { memberId: asker.id, channel: 'EMAIL', summary: 'mailed' } }],
      [`query($id: ID!) { savedReplies(teamId: $id) { id } }`, { id: desk.id }],
      [`mutation($input: CreateSavedReplyInput!) { createSavedReply(input: $input) { id } }`, { input: { teamId: desk.id, title: 'Hi', body: 'Hi' } }],
      [`query { webcareTeams { id } }`, {}],
      [`query { slaPolicies { id } }`, {}],
      [`query { categoryRoutings { categoryId } }`, {}],
    ];
    for (const [query, vars] of staffOps) {
      expect([query, codeOf(await t.gql(asker, query, vars))]).toEqual([query, 'FORBIDDEN']);
      expect([query, codeOf(await t.gql(null, query, vars))]).toEqual([query, 'UNAUTHENTICATED']);
    }
    const agent = await member(t, { role: 'STAFF' });
    const adminOps: Array<[string, Record<string, unknown>]> = [
      [`mutation { createWebcareTeam(input: { name: "Staff made team" }) { id } }`, {}],
      [`mutation($input: UpdateTeamInput!) { updateWebcareTeam(input: $input) { id } }`, { input: { id: desk.id, name: 'Renamed' } }],
      [`mutation { saveSlaPolicy(input: { name: "Staff policy" }) { id } }`, {}],
      [`mutation($c: ID!) { setCategoryRouting(input: { categoryId: $c }) { categoryId } }`, { c: (await category(t)).id }],
    ];
    for (const [query, vars] of adminOps) expect([query, codeOf(await t.gql(agent, query, vars))]).toEqual([query, 'FORBIDDEN']);
  });
});
