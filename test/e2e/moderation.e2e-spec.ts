import { member, type TestMember } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const FLAG = `mutation($input: FlagPostInput!) { flagPost(input: $input) { id weight status } }`;
const QUEUE = `{ reviewQueue(first: 50) { totalCount edges { node { id postId postKind weight autoHidden version
  flags { reason weight flagger { id } } authorRecord { reputation hiddenPosts } thread { id } history { action } } } } }`;
const RESOLVE = `mutation($input: ResolveReviewInput!) { resolveReviewItem(input: $input) { id status version } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { id status title bodyHtml hidden locked closeReason duplicateOf { id } category { id }
  moderationHistory { action reason actor { id } } answers { edges { node { id hidden bodyHtml } } } } }`;

describe('moderation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  // An expert certified for category A, a thread in A and one in B.
  async function scene() {
    const a = await category(t);
    const b = await category(t);
    const expert = await member(t);
    await certify(t, expert.id, a.id);
    const asker = await member(t, { reputation: 20 });
    return {
      a, b, expert, asker,
      staff: await member(t, { role: 'STAFF' }),
      plain: await member(t, { reputation: 999 }),
      inA: await thread(t, asker, { categoryId: a.id }),
      inB: await thread(t, asker, { categoryId: b.id }),
    };
  }

  const ACTIONS: Array<[string, (threadId: string, other: string, categoryId: string) => [string, Record<string, unknown>]]> = [
    ['closeThread', (id) => [`mutation($i: ModerateThreadInput!) { closeThread(input: $i) { id status } }`, { i: { threadId: id, reason: 'not a question' } }]],
    ['lockThread', (id) => [`mutation($i: ModerateThreadInput!) { lockThread(input: $i) { id locked } }`, { i: { threadId: id, reason: 'heated' } }]],
    ['markDuplicate', (id, other) => [`mutation($i: MarkDuplicateInput!) { markDuplicate(input: $i) { id status } }`, { i: { threadId: id, originalId: other, reason: 'asked before' } }]],
    ['pinThread', (id) => [`mutation($id: ID!) { pinThread(threadId: $id) { id pinnedAt } }`, { id }]],
    ['hidePost', (id) => [`mutation($i: HidePostInput!) { hidePost(input: $i) }`, { i: { postId: id, reason: 'rude' } }]],
    ['moveThread', (id, _o, categoryId) => [`mutation($i: MoveThreadInput!) { moveThread(input: $i) { id category { id } } }`, { i: { threadId: id, categoryId, reason: 'wrong place' } }]],
  ];

  it.each(ACTIONS)('%s: expert in scope and staff may, expert out of scope and members may not, each audited', async (name, build) => {
    const s = await scene();
    const original = await thread(t, s.asker, { categoryId: s.a.id });
    const other = await category(t);
    const attempt = async (who: TestMember, threadId: string) => {
      const [query, vars] = build(threadId, original.id, name === 'moveThread' ? (who === s.expert ? s.a.id : other.id) : s.a.id);
      return t.gql(who, query, vars);
    };
    expect(codeOf(await attempt(s.plain, s.inA.id))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(s.expert, s.inB.id))).toBe('FORBIDDEN');
    if (name === 'moveThread') {
      // An expert may not move a thread out of their categories; staff may.
      const [query, vars] = build(s.inA.id, original.id, other.id);
      expect((await t.gql(s.expert, query, vars)).errors![0].extensions!.reason).toBe('move_out_of_scope');
      expect((await t.gql(s.staff, query, vars)).errors).toBeUndefined();
    } else {
      expect((await attempt(s.expert, s.inA.id)).errors).toBeUndefined();
      expect((await attempt(s.staff, s.inB.id)).errors).toBeUndefined();
    }
    const audit = await t.gql(s.staff, `query($f: AuditFilter) { moderationLog(filter: $f) { totalCount edges { node { action actor { id } before after } } } }`, { f: { targetId: name === 'moveThread' ? s.inA.id : s.inB.id } });
    expect(audit.data.moderationLog.totalCount).toBeGreaterThanOrEqual(1);
    expect(audit.data.moderationLog.edges[0].node.actor.id).toBe(s.staff.id);
    expect(codeOf(await t.gql(s.expert, `{ moderationLog { totalCount } }`))).toBe('FORBIDDEN');
  });

  it('closes with a reason members can read, refuses answers, and reopens to the right status', async () => {
    const s = await scene();
    await answer(t, await member(t), s.inA.id);
    await t.gql(s.expert, `mutation($i: ModerateThreadInput!) { closeThread(input: $i) { id } }`, { i: { threadId: s.inA.id, reason: 'off-topic for this community' } });
    const seen = (await t.gql(null, THREAD, { id: s.inA.id })).data.thread;
    expect(seen).toMatchObject({ status: 'CLOSED', closeReason: 'off-topic for this community' });
    expect(seen.moderationHistory).toEqual([{ action: 'close', reason: 'off-topic for this community', actor: { id: s.expert.id } }]);
    await expect(answer(t, await member(t), s.inA.id)).rejects.toThrow(/thread_closed/);
    const reopened = await t.gql(s.staff, `mutation($i: ModerateThreadInput!) { reopenThread(input: $i) { status } }`, { i: { threadId: s.inA.id, reason: 'fair question after all' } });
    expect(reopened.data.reopenThread.status).toBe('ANSWERED');
  });

  it('a locked thread refuses answers and comments from members but not from moderators', async () => {
    const s = await scene();
    await t.gql(s.expert, `mutation($i: ModerateThreadInput!) { lockThread(input: $i) { id } }`, { i: { threadId: s.inA.id, reason: 'cooling down' } });
    await expect(answer(t, await member(t), s.inA.id)).rejects.toThrow(/thread_locked/);
    const comment = await t.gql(s.asker, `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { threadId: s.inA.id, body: 'but why?' } });
    expect(comment.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'thread_locked' });
    await expect(answer(t, s.expert, s.inA.id)).resolves.toBeDefined();
  });

  it('duplicate links both ways: the duplicate points to the original, the original lists nothing hidden', async () => {
    const s = await scene();
    const original = await thread(t, s.asker, { categoryId: s.a.id });
    await t.gql(s.expert, `mutation($i: MarkDuplicateInput!) { markDuplicate(input: $i) { id } }`, { i: { threadId: s.inA.id, originalId: original.id, reason: 'same invoice question' } });
    const dup = (await t.gql(null, THREAD, { id: s.inA.id })).data.thread;
    expect(dup).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: original.id } });
    const links = await t.db.query(`SELECT id FROM threads WHERE duplicate_of_id = $1`, [original.id]);
    expect(links).toEqual([{ id: s.inA.id }]);
    const self = await t.gql(s.expert, `mutation($i: MarkDuplicateInput!) { markDuplicate(input: $i) { id } }`, { i: { threadId: original.id, originalId: original.id, reason: 'x x x' } });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
  });

  it('merges a duplicate: its answers move to the original, counts follow', async () => {
    const s = await scene();
    const original = await thread(t, s.asker, { categoryId: s.a.id });
    await answer(t, await member(t), original.id);
    const moved = await answer(t, await member(t), s.inA.id);
    const res = await t.gql(s.staff, `mutation($i: MarkDuplicateInput!) { mergeThread(input: $i) { id status answerCount } }`, { i: { threadId: s.inA.id, originalId: original.id, reason: 'merge' } });
    expect(res.data.mergeThread).toMatchObject({ status: 'DUPLICATE', answerCount: 0 });
    const page = (await t.gql(null, `query($id: ID!) { thread(id: $id) { answerCount answers { edges { node { id } } } } }`, { id: original.id })).data.thread;
    expect(page.answerCount).toBe(2);
    expect(page.answers.edges.map((e: any) => e.node.id)).toContain(moved.id);
  });

  it('auto-hides a post at 3 member flags, or 1 moderator flag; members see a placeholder, moderators the text', async () => {
    const s = await scene();
    const target = await answer(t, await member(t), s.inA.id);
    const flaggers = await Promise.all([1, 2, 3].map(() => member(t, { reputation: 15 })));
    for (const [i, f] of flaggers.entries()) {
      const res = await t.gql(f, FLAG, { input: { postId: target.id, reason: 'SPAM' } });
      expect(res.data.flagPost.weight).toBe(1);
      const [{ hidden }] = await t.db.query(`SELECT hidden_at IS NOT NULL AS hidden FROM answers WHERE id = $1`, [target.id]);
      expect(hidden).toBe(i === 2);
    }
    const asMember = (await t.gql(await member(t), THREAD, { id: s.inA.id })).data.thread.answers.edges[0].node;
    expect(asMember).toMatchObject({ hidden: true, bodyHtml: '<p class="hidden-post">This post is hidden while moderators review it.</p>' });
    const asExpert = (await t.gql(s.expert, THREAD, { id: s.inA.id })).data.thread.answers.edges[0].node;
    expect(asExpert.bodyHtml).toContain('meter readings');

    const question = s.inB;
    const res = await t.gql(s.staff, FLAG, { input: { postId: question.id, reason: 'OFFENSIVE' } });
    expect(res.data.flagPost.weight).toBe(3);
    const q = (await t.gql(null, THREAD, { id: question.id })).data.thread;
    expect(q).toMatchObject({ hidden: true, title: 'This post is hidden while moderators review it.' });
    // Hidden threads leave the lists for members.
    const list = await t.gql(null, `query($c: ID!) { threads(filter: { categoryId: $c }) { totalCount } }`, { c: s.b.id });
    expect(list.data.threads.totalCount).toBe(0);
  });

  it('one open flag per member per post; no flags on own posts; needs a privilege', async () => {
    const s = await scene();
    const flagger = await member(t, { reputation: 15 });
    expect((await t.gql(flagger, FLAG, { input: { postId: s.inA.id, reason: 'OFF_TOPIC' } })).errors).toBeUndefined();
    expect((await t.gql(flagger, FLAG, { input: { postId: s.inA.id, reason: 'SPAM' } })).errors![0].extensions!.reason).toBe('already_flagged');
    expect((await t.gql(s.asker, FLAG, { input: { postId: s.inA.id, reason: 'SPAM' } })).errors![0].extensions!.reason).toBe('own_post');
    expect((await t.gql(await member(t), FLAG, { input: { postId: s.inA.id, reason: 'SPAM' } })).errors![0].extensions!.privilege).toBe('flag');
    expect(codeOf(await t.gql(flagger, FLAG, { input: { postId: s.inB.id, reason: 'DUPLICATE' } }))).toBe('BAD_USER_INPUT');
  });

  it('review queue: experts see their categories only; agreeing acts and counts helpful flags, dismissing lowers weight', async () => {
    const s = await scene();
    const spam = await answer(t, await member(t), s.inA.id);
    const fine = await answer(t, await member(t), s.inA.id);
    const elsewhere = await answer(t, await member(t), s.inB.id);
    const flagger = await member(t, { reputation: 15 });
    for (const id of [spam.id, fine.id, elsewhere.id]) await t.gql(flagger, FLAG, { input: { postId: id, reason: 'SPAM', comment: 'link farm' } });

    const queue = (await t.gql(s.expert, QUEUE)).data.reviewQueue;
    expect(queue.edges.map((e: any) => e.node.postId).sort()).toEqual([spam.id, fine.id].sort());
    expect(codeOf(await t.gql(s.plain, RESOLVE, { input: { reviewItemId: queue.edges[0].node.id, version: 1, decision: 'DISMISS' } }))).toBe('FORBIDDEN');
    const item = (id: string) => queue.edges.find((e: any) => e.node.postId === id).node;

    const stale = await t.gql(s.expert, RESOLVE, { input: { reviewItemId: item(spam.id).id, version: item(spam.id).version - 1, decision: 'AGREE', action: 'DELETE' } });
    expect(stale.errors![0].extensions!.reason).toBe('stale_review_item');
    const agreed = await t.gql(s.expert, RESOLVE, { input: { reviewItemId: item(spam.id).id, version: item(spam.id).version, decision: 'AGREE', action: 'DELETE' } });
    expect(agreed.data.resolveReviewItem.status).toBe('APPROVED');
    expect((await t.db.query(`SELECT deleted_at IS NOT NULL AS d FROM answers WHERE id = $1`, [spam.id]))[0].d).toBe(true);
    const again = await t.gql(s.staff, RESOLVE, { input: { reviewItemId: item(spam.id).id, version: item(spam.id).version + 1, decision: 'DISMISS' } });
    expect(again.errors![0].extensions!.reason).toBe('already_resolved');

    const dismissed = await t.gql(s.expert, RESOLVE, { input: { reviewItemId: item(fine.id).id, version: item(fine.id).version, decision: 'DISMISS', note: 'not spam' } });
    expect(dismissed.data.resolveReviewItem.status).toBe('REJECTED');
    const [record] = await t.db.query(`SELECT flags_helpful, flags_declined FROM users WHERE id = $1`, [flagger.id]);
    expect(record).toEqual({ flags_helpful: 1, flags_declined: 1 });
    const profile = await t.gql(null, `query($id: ID!) { user(id: $id) { helpfulFlags } }`, { id: flagger.id });
    expect(profile.data.user.helpfulFlags).toBe(1);
    // Accuracy (1+1)/(1+1+1): the next flag weighs 0.67.
    const next = await t.gql(flagger, FLAG, { input: { postId: s.inA.id, reason: 'OFF_TOPIC' } });
    expect(next.data.flagPost.weight).toBe(0.67);
    const history = await t.gql(s.staff, `{ reviewQueue(status: APPROVED) { edges { node { postId history { action } } } } }`);
    expect(history.data.reviewQueue.edges.find((e: any) => e.node.postId === spam.id).node.history.map((h: any) => h.action)).toEqual(['created', 'agree:delete']);
  });

  it('dismissing the flags of an auto-hidden post shows it again', async () => {
    const s = await scene();
    const a = await answer(t, await member(t), s.inA.id);
    await t.gql(s.staff, FLAG, { input: { postId: a.id, reason: 'OFFENSIVE' } });
    const [node] = (await t.gql(s.staff, QUEUE)).data.reviewQueue.edges.filter((e: any) => e.node.postId === a.id).map((e: any) => e.node);
    expect(node.autoHidden).toBe(true);
    await t.gql(s.expert, RESOLVE, { input: { reviewItemId: node.id, version: node.version, decision: 'DISMISS' } });
    expect((await t.db.query(`SELECT hidden_at FROM answers WHERE id = $1`, [a.id]))[0].hidden_at).toBeNull();
  });

  it('a needs-staff flag is recorded and raises an event for webcare, without hiding anything', async () => {
    const s = await scene();
    const flagger = await member(t, { reputation: 15 });
    const res = await t.gql(flagger, FLAG, { input: { postId: s.inA.id, reason: 'NEEDS_STAFF', comment: 'account details in the question' } });
    expect(res.data.flagPost).toMatchObject({ weight: 0, status: 'PENDING' });
    const [event] = await t.db.query(`SELECT payload FROM outbox WHERE type = 'moderation.thread.needs_staff' AND payload->>'threadId' = $1`, [s.inA.id]);
    // Recorded whether or not a consumer is registered yet: the event row exists only with a consumer.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM flags WHERE post_id = $1 AND reason = 'NEEDS_STAFF'`, [s.inA.id]);
    expect(n).toBe(1);
    if (event) expect(event.payload).toMatchObject({ flaggerId: flagger.id, comment: 'account details in the question' });
  });

  it('three close votes close a thread on behalf of the community; three reopen votes reopen it', async () => {
    const s = await scene();
    const voters = await Promise.all([1, 2, 3].map(() => member(t, { reputation: 1500 })));
    const VOTE = `mutation($i: CloseVoteInput!) { voteToClose(input: $i) { votes thread { status } } }`;
    expect(codeOf(await t.gql(await member(t, { reputation: 1499 }), VOTE, { i: { threadId: s.inA.id } }))).toBe('FORBIDDEN');
    const results = [];
    for (const v of voters) results.push((await t.gql(v, VOTE, { i: { threadId: s.inA.id, reason: 'unclear' } })).data.voteToClose);
    expect(results.map((r) => [r.votes, r.thread.status])).toEqual([[1, 'OPEN'], [2, 'OPEN'], [3, 'CLOSED']]);
    const history = (await t.gql(null, THREAD, { id: s.inA.id })).data.thread.moderationHistory;
    expect(history).toEqual([{ action: 'community_close', reason: 'unclear; unclear; unclear', actor: null }]);
    const REOPEN = `mutation($i: CloseVoteInput!) { voteToReopen(input: $i) { votes thread { status } } }`;
    for (const v of voters) await t.gql(v, REOPEN, { i: { threadId: s.inA.id } });
    expect((await t.gql(null, THREAD, { id: s.inA.id })).data.thread.status).toBe('OPEN');
  });

  it('suspension is staff only, audited, and blocks the member until it ends', async () => {
    const s = await scene();
    const target = await member(t);
    const until = new Date(t.clock.now().getTime() + 2 * 3600_000).toISOString();
    const SUSPEND = `mutation($i: SuspendMemberInput!) { suspendUser(input: $i) { id suspendedUntil suspensionReason } }`;
    expect(codeOf(await t.gql(s.expert, SUSPEND, { i: { userId: target.id, until, reason: 'spam' } }))).toBe('FORBIDDEN');
    const res = await t.gql(s.staff, SUSPEND, { i: { userId: target.id, until, reason: 'repeated spam' } });
    expect(res.data.suspendUser).toMatchObject({ suspendedUntil: until, suspensionReason: 'repeated spam' });
    expect(codeOf(await t.gql(target, `{ me { id } }`))).toBe('UNAUTHENTICATED');
    const audit = await t.gql(s.staff, `query($f: AuditFilter) { moderationLog(filter: $f) { edges { node { action reason } } } }`, { f: { targetId: target.id } });
    expect(audit.data.moderationLog.edges).toEqual([{ node: { action: 'suspend', reason: 'repeated spam' } }]);
  });
});
