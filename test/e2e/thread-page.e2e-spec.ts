import { member } from '../factories/accounts.factory.js';
import { answer, thread, vote } from '../factories/forum.factory.js';
import { countQueries } from '../support/query-counter.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The whole thread page in one request: question, tags, category, author, 30 answers with
// authors, votes, comments and their authors, and the viewer's own votes.
const PAGE = `query($id: ID!) { thread(id: $id) {
  id title bodyHtml score myVote status viewCount
  category { id name } tags { name } author { id displayName reputation }
  comments { id bodyHtml author { id displayName } }
  acceptedAnswer { id }
  answers(first: 30) { totalCount edges { node {
    id bodyHtml score isExpert isAccepted myVote author { id displayName reputation }
    comments { id bodyHtml author { id displayName } }
  } } }
} }`;

describe('thread page SQL statements', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({}, { workers: false })));
  afterAll(() => t.close());

  async function threadWith(answers: number) {
    const asker = await member(t, { reputation: 100 });
    const q = await thread(t, asker);
    const voter = await member(t, { reputation: 200 });
    const authors = await Promise.all(Array.from({ length: answers }, () => member(t, { reputation: 60 })));
    await Promise.all(
      authors.map(async (author, i) => {
        const a = await answer(t, author, q.id);
        await vote(t, voter, a.id, 'UP');
        await t.gql(asker, `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { answerId: a.id, body: `Thanks ${i}!` } });
        await t.gql(author, `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`, { input: { answerId: a.id, body: `You're welcome ${i}.` } });
      }),
    );
    return { q, voter };
  }

  it('does not grow with the number of answers, for visitors and signed-in members', async () => {
    const small = await threadWith(2);
    const large = await threadWith(30);
    const visitorSmall = await countQueries(t.db, () => t.gql(null, PAGE, { id: small.q.id }));
    const visitorLarge = await countQueries(t.db, () => t.gql(null, PAGE, { id: large.q.id }));
    expect(visitorLarge.result.errors).toBeUndefined();
    expect(visitorLarge.result.data.thread.answers.edges).toHaveLength(30);
    expect(visitorLarge.result.data.thread.answers.edges[0].node.comments).toHaveLength(2);
    expect(visitorLarge.count).toBe(visitorSmall.count);
    // thread, answers page, answer count, category, tags, users (a batch per level: 2), comments (2 levels)
    expect(visitorLarge.count).toBe(9);

    const memberLarge = await countQueries(t.db, () => t.gql(large.voter, PAGE, { id: large.q.id }));
    const memberSmall = await countQueries(t.db, () => t.gql(small.voter, PAGE, { id: small.q.id }));
    expect(memberLarge.result.data.thread.answers.edges.every((e: any) => e.node.myVote === 'UP')).toBe(true);
    expect(memberLarge.count).toBe(memberSmall.count);
    // + the token's account lookup and one batch of the member's votes per level (question, answers)
    expect(memberLarge.count).toBe(visitorLarge.count + 3);
  });

  describe('threadViewerState: what the shared page leaves out for a member', () => {
    const STATE = `query($t: ID!) { threadViewerState(threadId: $t) { threadId following votes { postId value } } }`;
    const byPost = (votes: Array<{ postId: string; value: string }>) => Object.fromEntries(votes.map((v) => [v.postId, v.value]));

    it('gives exactly the member’s votes on the question and its answers and whether they follow, in one statement of its own', async () => {
      const asker = await member(t, { reputation: 100 });
      const q = await thread(t, asker);
      const a1 = await answer(t, await member(t), q.id);
      const a2 = await answer(t, await member(t), q.id);
      await answer(t, await member(t), q.id);
      const elsewhere = await answer(t, await member(t), (await thread(t, asker)).id);
      const reader = await member(t, { reputation: 200 });
      await vote(t, reader, q.id, 'UP');
      await vote(t, reader, a1.id, 'DOWN');
      await vote(t, reader, a2.id, 'UP');
      await vote(t, reader, a2.id, 'NONE');
      await vote(t, reader, elsewhere.id, 'UP');
      await t.gql(reader, `mutation($t: ID!) { followThread(threadId: $t) { following } }`, { t: q.id });

      await t.gql(reader, `{ __typename }`); // the reader's account is now in the account cache
      const mine = await countQueries(t.db, () => t.gql(reader, STATE, { t: q.id }));
      expect(mine.result.errors).toBeUndefined();
      expect(mine.result.data.threadViewerState.threadId).toBe(q.id);
      expect(mine.result.data.threadViewerState.following).toBe(true);
      expect(byPost(mine.result.data.threadViewerState.votes)).toEqual({ [q.id]: 'UP', [a1.id]: 'DOWN' });
      expect(mine.count).toBe(1);

      const strangers = await t.gql(await member(t), STATE, { t: q.id });
      expect(strangers.data.threadViewerState).toEqual({ threadId: q.id, following: false, votes: [] });
    });

    it('is for signed-in members, about threads they may see', async () => {
      const asker = await member(t, { reputation: 100 });
      const q = await thread(t, asker);
      const reader = await member(t);
      expect((await t.gql(null, STATE, { t: q.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(reader, STATE, { t: 'not-an-id' })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect((await t.gql(reader, STATE, { t: '00000000-0000-4000-8000-000000000000' })).errors![0].extensions!.code).toBe('NOT_FOUND');
      const staff = await member(t, { role: 'STAFF' });
      const deleted = await t.gql(staff, `mutation($t: ID!) { deleteQuestion(threadId: $t) { id deleted } }`, { t: q.id });
      expect(deleted.data.deleteQuestion.deleted).toBe(true);
      expect((await t.gql(reader, STATE, { t: q.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await t.gql(staff, STATE, { t: q.id })).data.threadViewerState.threadId).toBe(q.id);
    });
  });
});
