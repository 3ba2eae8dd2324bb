import { LedgerService } from '../../src/reputation/ledger.service.js';
import { SerialVotingService } from '../../src/reputation/serial-voting.service.js';
import { member } from '../factories/accounts.factory.js';
import { answer, category, certify, reputationOf, thread, vote } from '../factories/forum.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { id status acceptedAnswer { id } } }`;
const UNACCEPT = `mutation($id: ID!) { unacceptAnswer(threadId: $id) { id status acceptedAnswer { id } } }`;

describe('votes, accepted answers and reputation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('question upvote +10 to the asker, reversed when undone', async () => {
    const asker = await member(t);
    const voter = await member(t, { reputation: 15 });
    const q = await thread(t, asker);
    expect((await vote(t, voter, q.id, 'UP')).data.vote).toMatchObject({ score: 1, myVote: 'UP' });
    expect(await reputationOf(t, asker.id)).toBe(10);
    expect((await vote(t, voter, q.id, 'NONE')).data.vote).toMatchObject({ score: 0, myVote: 'NONE' });
    expect(await reputationOf(t, asker.id)).toBe(1);
    const events = await t.db.query(`SELECT kind, points, reverses_id IS NOT NULL AS reversal FROM reputation_events WHERE user_id = $1 ORDER BY id`, [asker.id]);
    expect(events).toEqual([
      { kind: 'question_upvoted', points: 10, reversal: false },
      { kind: 'question_upvoted', points: -10, reversal: true },
    ]);
  });

  it('answer upvote +10; answer downvote -2 to the author and -1 to the voter; switching reverses the first', async () => {
    const asker = await member(t);
    const author = await member(t, { reputation: 100 });
    const voter = await member(t, { reputation: 200 });
    const q = await thread(t, asker);
    const a = await answer(t, author, q.id);
    await vote(t, voter, a.id, 'UP');
    expect(await reputationOf(t, author.id)).toBe(110);
    const down = await vote(t, voter, a.id, 'DOWN');
    expect(down.data.vote).toMatchObject({ score: -1, myVote: 'DOWN' });
    expect(await reputationOf(t, author.id)).toBe(98);
    expect(await reputationOf(t, voter.id)).toBe(199);
    await vote(t, voter, a.id, 'NONE');
    expect(await reputationOf(t, author.id)).toBe(100);
    expect(await reputationOf(t, voter.id)).toBe(200);
  });

  it('a question downvote costs the asker 2 and the voter nothing', async () => {
    const asker = await member(t, { reputation: 50 });
    const voter = await member(t, { reputation: 125 });
    const q = await thread(t, asker);
    await vote(t, voter, q.id, 'DOWN');
    expect(await reputationOf(t, asker.id)).toBe(48);
    expect(await reputationOf(t, voter.id)).toBe(125);
  });

  it('accept +15 to the answerer and +2 to the asker; changing and undoing reverse them', async () => {
    const asker = await member(t);
    const first = await member(t);
    const second = await member(t);
    const q = await thread(t, asker);
    const a1 = await answer(t, first, q.id);
    const a2 = await answer(t, second, q.id);

    const accepted = await t.gql(asker, ACCEPT, { id: a1.id });
    expect(accepted.data.acceptAnswer).toMatchObject({ status: 'SOLVED', acceptedAnswer: { id: a1.id } });
    expect([await reputationOf(t, first.id), await reputationOf(t, asker.id)]).toEqual([15, 2]);

    const moved = await t.gql(asker, ACCEPT, { id: a2.id });
    expect(moved.data.acceptAnswer.acceptedAnswer.id).toBe(a2.id);
    expect([await reputationOf(t, first.id), await reputationOf(t, second.id), await reputationOf(t, asker.id)]).toEqual([1, 15, 2]);

    const undone = await t.gql(asker, UNACCEPT, { id: q.id });
    expect(undone.data.unacceptAnswer).toMatchObject({ status: 'ANSWERED', acceptedAnswer: null });
    expect([await reputationOf(t, second.id), await reputationOf(t, asker.id)]).toEqual([1, 1]);
  });

  it('an accepted expert answer earns 5 extra; only the asker or staff may accept', async () => {
    const asker = await member(t);
    const expert = await member(t);
    const stranger = await member(t);
    const cat = await category(t);
    await certify(t, expert.id, cat.id);
    const q = await thread(t, asker, { categoryId: cat.id });
    const a = await answer(t, expert, q.id);
    expect(a.isExpert).toBe(true);
    expect(codeOf(await t.gql(stranger, ACCEPT, { id: a.id }))).toBe('FORBIDDEN');
    await t.gql(asker, ACCEPT, { id: a.id });
    expect(await reputationOf(t, expert.id)).toBe(20);
  });

  it('accepting your own answer earns nothing', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const a = await answer(t, asker, q.id);
    expect((await t.gql(asker, ACCEPT, { id: a.id })).data.acceptAnswer.status).toBe('SOLVED');
    expect(await reputationOf(t, asker.id)).toBe(1);
  });

  it('deleting an answer reverses its votes and its acceptance', async () => {
    const asker = await member(t);
    const author = await member(t);
    const voter = await member(t, { reputation: 20 });
    const q = await thread(t, asker);
    const a = await answer(t, author, q.id);
    await vote(t, voter, a.id, 'UP');
    await t.gql(asker, ACCEPT, { id: a.id });
    expect(await reputationOf(t, author.id)).toBe(25);
    const del = await t.gql(author, `mutation($id: ID!) { deleteAnswer(answerId: $id) { id deleted } }`, { id: a.id });
    expect(del.data.deleteAnswer.deleted).toBe(true);
    expect(await reputationOf(t, author.id)).toBe(1);
    expect(await reputationOf(t, asker.id)).toBe(1);
    const page = await t.gql(asker, `query($id: ID!) { thread(id: $id) { status answerCount acceptedAnswer { id } } }`, { id: q.id });
    expect(page.data.thread).toEqual({ status: 'OPEN', answerCount: 0, acceptedAnswer: null });
  });

  it('caps vote points at +200 a day, and frees the cap the next day', async () => {
    const author = await member(t);
    const q = await thread(t, author);
    const voters = await Promise.all(Array.from({ length: 21 }, () => member(t, { reputation: 15 })));
    for (const v of voters) await vote(t, v, q.id, 'UP');
    expect(await reputationOf(t, author.id)).toBe(200);
    // Accepted answers are not capped.
    const other = await member(t);
    const q2 = await thread(t, other);
    const a = await answer(t, author, q2.id);
    await t.gql(other, ACCEPT, { id: a.id });
    expect(await reputationOf(t, author.id)).toBe(215);
    t.clock.advance(24 * 3600);
    const tomorrow = await member(t, { reputation: 15 }); // yesterday's tokens have expired
    expect((await vote(t, tomorrow, q.id, 'UP')).errors).toBeUndefined();
    expect(await reputationOf(t, author.id)).toBe(225);
    const [{ score }] = await t.db.query(`SELECT score FROM threads WHERE id = $1`, [q.id]);
    expect(score).toBe(22);
  });

  it('refuses votes on your own post', async () => {
    const m = await member(t, { reputation: 500 });
    const q = await thread(t, m);
    const res = await vote(t, m, q.id, 'UP');
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'own_post' });
  });

  it('enforces privilege thresholds, naming the privilege and the reputation needed', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const low = await member(t, { reputation: 14 });
    const res = await vote(t, low, q.id, 'UP');
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', privilege: 'voteUp', requiredReputation: 15 });
    expect(res.errors![0].message).toContain('15 reputation to vote up');
    expect((await vote(t, await member(t, { reputation: 15 }), q.id, 'UP')).errors).toBeUndefined();
    expect((await vote(t, await member(t, { reputation: 124 }), q.id, 'DOWN')).errors![0].extensions!.privilege).toBe('voteDown');
    expect((await vote(t, await member(t, { reputation: 125 }), q.id, 'DOWN')).errors).toBeUndefined();

    const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
    const commenter = await member(t, { reputation: 49 });
    expect((await t.gql(commenter, COMMENT, { input: { threadId: q.id, body: 'Which tariff are you on?' } })).errors![0].extensions!.privilege).toBe('commentAnywhere');
    expect((await t.gql(await member(t, { reputation: 50 }), COMMENT, { input: { threadId: q.id, body: 'Which tariff are you on?' } })).errors).toBeUndefined();
    expect((await t.gql(asker, COMMENT, { input: { threadId: q.id, body: 'I am on the fixed tariff.' } })).errors).toBeUndefined();

    const EDIT = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`;
    const input = { threadId: q.id, body: 'My monthly invoice went from 80 to 120 euro, usage unchanged.', reason: 'clarify' };
    expect((await t.gql(await member(t, { reputation: 999 }), EDIT, { input })).errors![0].extensions!.privilege).toBe('editOthers');
    expect((await t.gql(await member(t, { reputation: 1000 }), EDIT, { input })).errors).toBeUndefined();
  });

  it('admins change thresholds, and the new figure applies', async () => {
    const admin = await member(t, { role: 'ADMIN' });
    const res = await t.gql(admin, `mutation { updateReputationRules(input: { privileges: { voteUp: 5 } }) { privileges { voteUp voteDown } } }`);
    expect(res.data.updateReputationRules.privileges).toEqual({ voteUp: 5, voteDown: 125 });
    const q = await thread(t, await member(t));
    expect((await vote(t, await member(t, { reputation: 5 }), q.id, 'UP')).errors).toBeUndefined();
    await t.gql(admin, `mutation { updateReputationRules(input: { privileges: { voteUp: 15 } }) { dailyVoteCap } }`);
    const denied = await t.gql(await member(t), `mutation { updateReputationRules(input: { dailyVoteCap: 1 }) { dailyVoteCap } }`);
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });

  it('keeps score equal to the sum of votes under 50 concurrent votes, with every point in the ledger', async () => {
    const author = await member(t);
    const q = await thread(t, author);
    const a = await answer(t, author, (await thread(t, await member(t))).id);
    const voters = await Promise.all(Array.from({ length: 50 }, () => member(t, { reputation: 200 })));
    const deadlocks = async () => (await t.db.query(`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`))[0].n;
    const deadlocksBefore = await deadlocks();
    const results = await Promise.all(voters.map((v, i) => vote(t, v, i % 5 === 0 ? a.id : q.id, i % 10 === 1 ? 'DOWN' : 'UP')));
    expect(results.filter((r) => r.errors)).toEqual([]);
    // votes on two posts of one author lock the author's row: without deadlocks (not even retried ones)
    await new Promise((r) => setTimeout(r, 1000)); // statistics reach pg_stat_database within a second
    expect(await deadlocks()).toBe(deadlocksBefore);
    const [{ score: qScore, sum: qSum }] = await t.db.query(
      `SELECT t.score, (SELECT coalesce(sum(value), 0)::int FROM votes WHERE post_id = t.id) AS sum FROM threads t WHERE t.id = $1`,
      [q.id],
    );
    expect(qScore).toBe(qSum);
    expect(qScore).toBe(40 - 2 * 5); // 40 votes on the question, 5 of them down
    const [{ score: aScore }] = await t.db.query(`SELECT score FROM answers WHERE id = $1`, [a.id]);
    expect(aScore).toBe(10);
    // 35 up (+10 each, capped at 200) and 5 down (-2 each) on the question, 10 up on the answer: 200 cap covers all upvotes.
    const [{ ledger }] = await t.db.query(`SELECT sum(points)::int AS ledger FROM reputation_events WHERE user_id = $1`, [author.id]);
    expect(await reputationOf(t, author.id)).toBe(Math.max(1, ledger));
    expect(ledger).toBe(200 - 10);
  });

  it('detects serial voting and reverses those votes with ledger entries saying why', async () => {
    const author = await member(t, { reputation: 20 });
    const fan = await member(t, { reputation: 20 });
    const honest = await member(t, { reputation: 20 });
    const posts = [];
    for (let i = 0; i < 10; i++) posts.push(await thread(t, author, { categoryId: (await category(t)).id }));
    for (const p of posts) await vote(t, fan, p.id, 'UP');
    await vote(t, honest, posts[0].id, 'UP');
    expect(await reputationOf(t, author.id)).toBe(20 + 110);
    expect(await t.app.get(SerialVotingService).sweep()).toBe(10);
    expect(await reputationOf(t, author.id)).toBe(30);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM votes WHERE voter_id = $1`, [fan.id]);
    expect(n).toBe(0);
    const scores = await t.db.query(`SELECT score FROM threads WHERE id = ANY($1::uuid[]) ORDER BY score DESC`, [posts.map((p) => p.id)]);
    expect(scores.map((s: { score: number }) => s.score)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const notes = await t.db.query(`SELECT DISTINCT note FROM reputation_events WHERE user_id = $1 AND reverses_id IS NOT NULL`, [author.id]);
    expect(notes).toEqual([{ note: 'serial voting reversed' }]);
    expect(await t.app.get(SerialVotingService).sweep()).toBe(0);
  });

  it('rebuilds every reputation from the ledger to the same figures', async () => {
    const before = await t.db.query(`SELECT id, reputation FROM users ORDER BY id`);
    await t.db.query(`UPDATE users SET reputation_points = 0`);
    const changed = await t.app.get(LedgerService).rebuild(t.db.manager);
    expect(changed).toBeGreaterThan(10);
    expect(await t.db.query(`SELECT id, reputation FROM users ORDER BY id`)).toEqual(before);
  });
});
