import { ThreadViewsService } from '../../src/forum/threads/thread-views.service.js';
import { member } from '../factories/accounts.factory.js';
import { THREAD_FIELDS, answer, category, certify, thread, vote } from '../factories/forum.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { ${THREAD_FIELDS} bodyHtml author { displayName } } }`;
const THREAD = `query($id: ID, $slug: String) { thread(id: $id, slug: $slug) { ${THREAD_FIELDS}
  answers(first: 50) { totalCount edges { node { id isExpert isStaff isAccepted score deleted author { id } } } } } }`;
const LIST = `query($filter: ThreadFilter, $sort: ThreadSort, $first: Int, $after: String) {
  threads(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title answerCount score } } } }`;

describe('forum: questions, answers, comments, revisions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('asks a question with rendered, sanitized Markdown and linked mentions', async () => {
    const asker = await member(t);
    const mentioned = await member(t, { name: 'Eva_Mention' });
    const cat = await category(t);
    await t.db.query(`INSERT INTO tags (name, created_at) VALUES ('meter', now()) ON CONFLICT DO NOTHING`);
    const res = await t.gql(asker, ASK, {
      input: { categoryId: cat.id, title: 'Smart meter shows double usage', body: 'Hi @Eva_Mention, **why**? <script>alert(1)</script>', tags: ['Meter'] },
    });
    expect(res.errors).toBeUndefined();
    const q = res.data.askQuestion;
    expect(q).toMatchObject({ title: 'Smart meter shows double usage', status: 'OPEN', score: 0, answerCount: 0, tags: [{ name: 'meter' }] });
    expect(q.slug).toMatch(/^smart-meter-shows-double-usage-[0-9a-f]{8}$/);
    expect(q.bodyHtml).toContain('<strong>why</strong>');
    expect(q.bodyHtml).toContain('&lt;script&gt;');
    expect(q.bodyHtml).toContain(`class="mention" data-user="Eva_Mention"`);
    const [{ mentions }] = await t.db.query(`SELECT mentions FROM threads WHERE id = $1`, [q.id]);
    expect(mentions).toEqual([mentioned.id]);
    expect((await t.gql(null, THREAD, { slug: q.slug })).data.thread.id).toBe(q.id);
  });

  it('validates questions field by field and creates nothing on bad input', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM threads`);
    const res = await t.gql(asker, ASK, { input: { categoryId: cat.id, title: 'Too short', body: 'short', tags: [] } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort()).toEqual(['body', 'tags', 'title']);
    const unknownTag = await t.gql(asker, ASK, { input: { categoryId: cat.id, title: 'A perfectly fine question title', body: 'A body that is long enough to pass.', tags: ['brand-new-tag'] } });
    expect(unknownTag.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(unknownTag.errors![0].message).toContain('300 reputation');
    const noCategory = await t.gql(asker, ASK, { input: { categoryId: '00000000-0000-4000-8000-000000000000', title: 'A perfectly fine question title', body: 'A body that is long enough to pass.', tags: ['invoice'] } });
    expect(codeOf(noCategory)).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM threads`))[0].n).toBe(before[0].n);
    expect(codeOf(await t.gql(null, ASK, { input: { categoryId: cat.id, title: 'A perfectly fine question title', body: 'A body that is long enough to pass.', tags: ['invoice'] } }))).toBe('UNAUTHENTICATED');
  });

  it('orders answers accepted first, then expert answers, then by score', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const q = await thread(t, asker, { categoryId: cat.id });
    const plain = await answer(t, await member(t), q.id);
    const popular = await answer(t, await member(t), q.id);
    const expertUser = await member(t);
    await certify(t, expertUser.id, cat.id);
    const expert = await answer(t, expertUser, q.id);
    const accepted = await answer(t, await member(t), q.id);
    await vote(t, await member(t, { reputation: 20 }), popular.id, 'UP');
    await t.gql(asker, `mutation($id: ID!) { acceptAnswer(answerId: $id) { id } }`, { id: accepted.id });
    const page = (await t.gql(null, THREAD, { id: q.id })).data.thread;
    expect(page.answers.edges.map((e: any) => e.node.id)).toEqual([accepted.id, expert.id, popular.id, plain.id]);
    expect(page.answers.edges[1].node.isExpert).toBe(true);
    expect(page).toMatchObject({ status: 'SOLVED', answerCount: 4, hasExpertAnswer: true });
  });

  it('pages a thread with many answers by cursor, without gaps or repeats', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const ids = new Set<string>();
    for (let i = 0; i < 7; i++) ids.add((await answer(t, await member(t), q.id)).id);
    const PAGE = `query($id: ID!, $after: String) { thread(id: $id) { answers(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await t.gql(null, PAGE, { id: q.id, after });
      const conn = res.data.thread.answers;
      expect(conn.totalCount).toBe(7);
      seen.push(...conn.edges.map((e: any) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(ids);
    expect(codeOf(await t.gql(null, PAGE, { id: q.id, after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });

  it('lists threads with filters and sorts, paginated by cursor', async () => {
    const cat = await category(t);
    const asker = await member(t, { reputation: 20 }); // past the new-member posting limit
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      made.push((await thread(t, asker, { categoryId: cat.id, tags: i % 2 ? ['solar'] : ['invoice'] })).id);
      t.clock.advance(60);
    }
    await answer(t, await member(t), made[0]);
    const newest = await t.gql(null, LIST, { filter: { categoryId: cat.id }, sort: 'NEWEST', first: 2 });
    expect(newest.data.threads.totalCount).toBe(5);
    expect(newest.data.threads.edges.map((e: any) => e.node.id)).toEqual([made[4], made[3]]);
    const next = await t.gql(null, LIST, { filter: { categoryId: cat.id }, sort: 'NEWEST', first: 2, after: newest.data.threads.pageInfo.endCursor });
    expect(next.data.threads.edges.map((e: any) => e.node.id)).toEqual([made[2], made[1]]);
    const activity = await t.gql(null, LIST, { filter: { categoryId: cat.id }, sort: 'ACTIVITY', first: 1 });
    expect(activity.data.threads.edges[0].node.id).toBe(made[0]); // its new answer made it the most active
    const unanswered = await t.gql(null, LIST, { filter: { categoryId: cat.id, unanswered: true }, first: 10 });
    expect(unanswered.data.threads.totalCount).toBe(4);
    const solar = await t.gql(null, LIST, { filter: { categoryId: cat.id, tag: 'solar' }, first: 10 });
    expect(solar.data.threads.edges.map((e: any) => e.node.id).sort()).toEqual([made[1], made[3]].sort());
    const unansweredFirst = await t.gql(null, LIST, { filter: { categoryId: cat.id }, sort: 'UNANSWERED_FIRST', first: 5 });
    expect(unansweredFirst.data.threads.edges[4].node.id).toBe(made[0]);
  });

  it('keeps a revision for every edit and diffs two revisions', async () => {
    const asker = await member(t);
    const q = await thread(t, asker, { title: 'Invoice is higher than expected', body: 'My invoice went up by forty euro this month.' });
    const edited = await t.gql(asker, `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { title revisions { id number reason title body editor { id } } } }`, {
      input: { threadId: q.id, title: 'Invoice is much higher than expected', body: 'My invoice went up by sixty euro this month.', reason: 'correct the amount' },
    });
    expect(edited.errors).toBeUndefined();
    const revs = edited.data.editQuestion.revisions;
    expect(revs.map((r: any) => [r.number, r.reason])).toEqual([[1, 'asked'], [2, 'correct the amount']]);
    expect(revs[0].body).toBe('My invoice went up by forty euro this month.');
    const diff = await t.gql(null, `query($a: ID!, $b: ID!) { revisionDiff(fromRevisionId: $a, toRevisionId: $b) { title { value added removed } body { value added removed } } }`, { a: revs[0].id, b: revs[1].id });
    const body = diff.data.revisionDiff.body;
    expect(body.filter((p: any) => p.removed).map((p: any) => p.value)).toEqual(['forty']);
    expect(body.filter((p: any) => p.added).map((p: any) => p.value)).toEqual(['sixty']);
    expect(diff.data.revisionDiff.title.filter((p: any) => p.added).map((p: any) => p.value.trim())).toEqual(['much']);
    // Others need the edit privilege; a reason is required.
    const other = await member(t);
    const denied = await t.gql(other, `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`, { input: { threadId: q.id, body: 'Vandalised body text here.', reason: 'x' } });
    expect(codeOf(denied)).toBe('BAD_USER_INPUT');
  });

  it('lets experts edit in their category; members without privilege may not', async () => {
    const cat = await category(t);
    const q = await thread(t, await member(t), { categoryId: cat.id });
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const EDIT = `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`;
    const input = { threadId: q.id, body: 'A clearer description of the invoice problem.', reason: 'clarity' };
    expect((await t.gql(expert, EDIT, { input })).errors).toBeUndefined();
    expect(codeOf(await t.gql(await member(t), EDIT, { input }))).toBe('FORBIDDEN');
  });

  it('soft-deletes: members see NOT_FOUND, staff still see it', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const del = await t.gql(asker, `mutation($id: ID!) { deleteQuestion(threadId: $id) { id deleted } }`, { id: q.id });
    expect(del.data.deleteQuestion.deleted).toBe(true);
    expect(codeOf(await t.gql(await member(t), THREAD, { id: q.id }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(null, THREAD, { id: q.id }))).toBe('NOT_FOUND');
    expect((await t.gql(await member(t, { role: 'STAFF' }), THREAD, { id: q.id })).data.thread.deleted).toBe(true);
  });

  it('refuses deleting a question with answers unless a moderator', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    await answer(t, await member(t), q.id);
    const res = await t.gql(asker, `mutation($id: ID!) { deleteQuestion(threadId: $id) { id } }`, { id: q.id });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'has_answers' });
  });

  it('comments on questions and answers; deleted comments vanish for members', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    const a = await answer(t, await member(t), q.id);
    const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id bodyHtml author { id } } }`;
    const c1 = await t.gql(asker, COMMENT, { input: { answerId: a.id, body: 'Thanks, where do I find the **readings**?' } });
    expect(c1.data.addComment.bodyHtml).toContain('<strong>readings</strong>');
    expect(codeOf(await t.gql(asker, COMMENT, { input: { body: 'no target given' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(asker, COMMENT, { input: { threadId: q.id, answerId: a.id, body: 'both targets' } }))).toBe('BAD_USER_INPUT');
    await t.gql(asker, `mutation($id: ID!) { deleteComment(commentId: $id) { id } }`, { id: c1.data.addComment.id });
    const page = await t.gql(null, `query($id: ID!) { thread(id: $id) { answers { edges { node { commentCount comments { id } } } } } }`, { id: q.id });
    expect(page.data.thread.answers.edges[0].node).toEqual({ commentCount: 0, comments: [] });
  });

  it('rate limits new members to 3 questions an hour', async () => {
    const newbie = await member(t);
    const cat = await category(t);
    for (let i = 0; i < 3; i++) await thread(t, newbie, { categoryId: cat.id });
    await expect(thread(t, newbie, { categoryId: cat.id })).rejects.toThrow(/RATE_LIMITED/);
    t.clock.advance(3601);
    const fresh = await t.gql(null, `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: newbie.email, password: newbie.password } });
    await expect(thread(t, { ...newbie, token: fresh.data.login.accessToken }, { categoryId: cat.id })).resolves.toBeDefined();
  });

  it('counts views in batches, not a write per view', async () => {
    const q = await thread(t, await member(t));
    const views = t.app.get(ThreadViewsService);
    for (let i = 0; i < 5; i++) await t.gql(null, `query($id: ID!) { thread(id: $id) { id } }`, { id: q.id });
    expect((await t.db.query(`SELECT view_count::int AS n FROM threads WHERE id = $1`, [q.id]))[0].n).toBe(0);
    expect(await views.flush()).toBeGreaterThanOrEqual(1);
    expect((await t.db.query(`SELECT view_count::int AS n FROM threads WHERE id = $1`, [q.id]))[0].n).toBe(5);
  });

  it('admins manage categories; others may not', async () => {
    const admin = await member(t, { role: 'ADMIN' });
    const made = await category(t, { admin });
    const dup = await t.gql(admin, `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`, { input: { name: 'Again', slug: made.slug } });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(codeOf(await t.gql(await member(t, { role: 'STAFF' }), `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }`, { input: { name: 'Nope', slug: 'nope' } }))).toBe('FORBIDDEN');
    const archived = await t.gql(admin, `mutation($id: ID!) { archiveCategory(id: $id) { archived } }`, { id: made.id });
    expect(archived.data.archiveCategory.archived).toBe(true);
    await expect(thread(t, await member(t), { categoryId: made.id })).rejects.toThrow(/category_archived/);
    const all = await t.gql(null, `{ categories(includeArchived: true) { id } }`);
    const ids = all.data.categories.map((c: any) => c.id);
    const reordered = await t.gql(admin, `mutation($input: ReorderCategoriesInput!) { reorderCategories(input: $input) { id position } }`, { input: { ids: [...ids].reverse() } });
    expect(reordered.data.reorderCategories.map((c: any) => c.id)).toEqual([...ids].reverse());
    expect(codeOf(await t.gql(admin, `mutation($input: ReorderCategoriesInput!) { reorderCategories(input: $input) { id } }`, { input: { ids: ids.slice(1) } }))).toBe('BAD_USER_INPUT');
  });

  it('shows a profile with questions, answers, reputation history and certifications', async () => {
    const m = await member(t);
    const cat = await category(t);
    const q = await thread(t, m, { categoryId: cat.id });
    await answer(t, m, (await thread(t, await member(t))).id);
    await vote(t, await member(t, { reputation: 20 }), q.id, 'UP');
    await certify(t, m.id, cat.id);
    const res = await t.gql(null, `query($id: ID!) { user(id: $id) { reputation questions { totalCount } answers { totalCount }
      reputationHistory { edges { node { kind points } } } certifications { active category { id } } } }`, { id: m.id });
    expect(res.data.user).toEqual({
      reputation: 10,
      questions: { totalCount: 1 },
      answers: { totalCount: 1 },
      reputationHistory: { edges: [{ node: { kind: 'question_upvoted', points: 10 } }] },
      certifications: [{ active: true, category: { id: cat.id } }],
    });
  });
});
