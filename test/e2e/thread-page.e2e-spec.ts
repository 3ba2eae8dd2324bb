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
});
