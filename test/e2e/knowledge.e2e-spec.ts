import { jest } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { SEARCH_ENGINE } from '../../src/knowledge/search-engine.provider.js';
import type { SearchEngine } from '../../src/knowledge/search-port.js';
import { INDEX_SYNC_CONSUMER, IndexSyncService } from '../../src/knowledge/sync/index-sync.service.js';
import { member } from '../factories/accounts.factory.js';
import { answer, category, certify, thread } from '../factories/forum.factory.js';
import { accept, ARTICLE_FIELDS, promote, searchIn, SIMILAR } from '../factories/knowledge.factory.js';
import { codeOf, createTestApp, type TestApp } from '../support/test-app.js';

const word = (stem: string) => `${stem}${randomBytes(3).toString('hex').replace(/[0-9]/g, 'q')}`;
const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id);

describe('knowledge search through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('finds a new thread and its accepted answer once the outbox is delivered, with links and highlights', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const w = word('zonbak');
    const q = await thread(t, asker, { categoryId: cat.id, title: `The ${w} inverter reports an isolation fault`, body: 'Since Monday the inverter shows an isolation fault at sunrise.' });
    const a = await answer(t, await member(t), q.id, `Dry the ${w} connectors and check the DC cables.`);
    await accept(t, asker, a.id);
    const r = await searchIn(t, null, cat.id, `${w} isolation`);
    expect(r.total).toBe(1);
    expect(r.hits[0]).toMatchObject({ id: q.id, kind: 'THREAD', slug: q.slug, threadSlug: q.slug, solved: true });
    expect(r.hits[0].title).toContain(`<mark>${w}</mark>`);
    expect(r.facets.solved).toEqual({ yes: 1, no: 0 });
    const byAnswer = await searchIn(t, null, cat.id, 'connectors');
    expect(ids(byAnswer)).toEqual([q.id]);
    expect(byAnswer.hits[0].snippet).toContain('<mark>connectors</mark>');
  });

  it('renaming a category re-indexes its threads under the new name', async () => {
    const admin = await member(t, { role: 'ADMIN' });
    const cat = await category(t);
    const q = await thread(t, await member(t), { categoryId: cat.id, title: 'Radiator valve hums at night' });
    const name = word('Warmtenet');
    expect((await searchIn(t, null, cat.id, name)).total).toBe(0);
    const renamed = await t.gql(admin, `mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { name } }`, { i: { id: cat.id, name } });
    expect(renamed.data.updateCategory.name).toBe(name);
    expect(ids(await searchIn(t, null, cat.id, name))).toEqual([q.id]);
    // a change of description alone leaves the index alone
    const syncs = async () => (await t.db.query(`SELECT count(*)::int AS n FROM search_sync_log WHERE document_id = $1`, [q.id]))[0].n;
    const before = await syncs();
    await t.gql(admin, `mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { name } }`, { i: { id: cat.id, description: 'District heating' } });
    await t.drainOutbox();
    expect(await syncs()).toBe(before);
  });

  it('a vote on the question or a plain answer updates score and activity in place, without rebuilding the document', async () => {
    const cat = await category(t);
    const w = word('slimmemeter');
    // the voted thread is the older one: by score it comes first, by recency it would not
    const high = await thread(t, await member(t), { categoryId: cat.id, title: `The ${w} shows a P1 port error` });
    t.clock.advance(60);
    const low = await thread(t, await member(t), { categoryId: cat.id, title: `Why does the ${w} display blink twice?` });
    await t.drainOutbox();
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const upsert = jest.spyOn(engine, 'upsert');
    const updateActivity = jest.spyOn(engine, 'updateActivity' as never) as unknown as jest.Mock;
    const lastUpdate = () => updateActivity.mock.calls.flatMap((c) => c[0] as Array<{ id: string; score: number; lastActivityAt: number }>).at(-1);
    try {
      for (const voter of [await member(t, { reputation: 50 }), await member(t, { reputation: 50 })]) {
        await t.gql(voter, `mutation($i: VoteInput!) { vote(input: $i) { score } }`, { i: { postId: high.id, value: 'UP' } });
      }
      expect(ids(await searchIn(t, null, cat.id, w, { sort: 'SCORE' }))).toEqual([high.id, low.id]);
      expect(lastUpdate()).toMatchObject({ id: high.id, score: 2 });

      // an answer that is neither expert nor accepted is not indexed text: the thread only becomes the latest active
      t.clock.advance(60);
      await answer(t, await member(t), high.id, 'Unplug the P1 cable for ten seconds and plug it in again.');
      expect(ids(await searchIn(t, null, cat.id, w, { sort: 'ACTIVITY' }))).toEqual([high.id, low.id]);
      expect(lastUpdate()).toEqual({ id: high.id, score: 2, lastActivityAt: Math.floor(t.clock.now().getTime() / 1000) });
      expect((await searchIn(t, null, cat.id, 'unplug')).total).toBe(0);
      expect(upsert).not.toHaveBeenCalled();
      const [doc] = await t.db.query(`SELECT score, last_activity_at FROM search_documents WHERE id = $1`, [high.id]);
      expect([doc.score, Number(doc.last_activity_at)]).toEqual([2, Math.floor(t.clock.now().getTime() / 1000)]);
    } finally {
      upsert.mockRestore();
      updateActivity.mockRestore();
    }
  });

  it('never returns hidden or deleted threads to visitors and members; staff and the category experts see hidden ones', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const w = word('klepper');
    const hidden = await thread(t, asker, { categoryId: cat.id, title: `${w} meter cupboard smells of burning` });
    const deleted = await thread(t, asker, { categoryId: cat.id, title: `${w} meter cupboard door is stuck` });
    const open = await thread(t, asker, { categoryId: cat.id, title: `${w} meter cupboard light flickers` });
    const staff = await member(t, { role: 'STAFF' });
    const hide = await t.gql(staff, `mutation($input: HidePostInput!) { hidePost(input: $input) }`, { input: { postId: hidden.id, reason: 'Unsafe advice, checking with the grid operator' } });
    expect(hide.errors).toBeUndefined();
    expect(codeOf(await t.gql(asker, `mutation($id: ID!) { deleteQuestion(threadId: $id) { id } }`, { id: deleted.id }))).toBeUndefined();
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const otherExpert = await member(t);
    await certify(t, otherExpert.id, (await category(t)).id);
    expect(ids(await searchIn(t, null, cat.id, w))).toEqual([open.id]);
    expect(ids(await searchIn(t, await member(t), cat.id, w))).toEqual([open.id]);
    expect(ids(await searchIn(t, otherExpert, cat.id, w))).toEqual([open.id]);
    expect(new Set(ids(await searchIn(t, expert, cat.id, w)))).toEqual(new Set([open.id, hidden.id]));
    expect(new Set(ids(await searchIn(t, staff, cat.id, w)))).toEqual(new Set([open.id, hidden.id]));
    // hidden in the database but not yet in the index: still not shown to members
    await t.db.query(`UPDATE threads SET hidden_at = now() WHERE id = $1`, [open.id]);
    expect(ids(await t.gql(null, `query($q: String!, $c: ID) { search(query: $q, filters: { categoryId: $c }) { hits { id } } }`, { q: w, c: cat.id }).then((r) => r.data.search))).toEqual([]);
    expect((await t.gql(null, SIMILAR, { title: `${w} meter cupboard door stuck` })).data.similarQuestions).toEqual([]);
  });

  it('keeps every change under a failing engine and indexes each once when it is back (at least once, idempotent)', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const w = word('wobbel');
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const upsert = jest.spyOn(engine, 'upsert').mockRejectedValue(new Error('engine down'));
    const updateActivity = (jest.spyOn(engine, 'updateActivity' as never) as unknown as jest.Mock).mockRejectedValue(new Error('engine down') as never);
    try {
      const q = await thread(t, asker, { categoryId: cat.id, title: `${w} heat pump makes a loud noise` });
      const a = await answer(t, await member(t), q.id, `Balance the ${w} fan.`);
      await accept(t, asker, a.id);
      await t.gql(asker, `mutation($input: EditQuestionInput!) { editQuestion(input: $input) { id } }`, {
        input: { threadId: q.id, title: `${w} heat pump makes a loud humming noise`, reason: 'clearer' },
      });
      await t.drainOutbox();
      const [{ n, attempts }] = await t.db.query(`SELECT count(*)::int AS n, max(attempts)::int AS attempts FROM outbox WHERE consumer = $1`, [INDEX_SYNC_CONSUMER]);
      expect(n).toBeGreaterThanOrEqual(4);
      expect(attempts).toBeGreaterThanOrEqual(1);
      expect((await searchIn(t, null, cat.id, w)).total).toBe(0);
      upsert.mockRestore();
      updateActivity.mockRestore();
      // the backoff passes; the worker catches up
      t.clock.advance(600);
      await t.drainOutbox();
      const r = await searchIn(t, null, cat.id, w);
      expect(ids(r)).toEqual([q.id]);
      expect(r.hits[0]).toMatchObject({ solved: true });
      expect(r.hits[0].title).toContain('humming');
      expect((await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE consumer = $1`, [INDEX_SYNC_CONSUMER]))[0].n).toBe(0);
      // delivering the same events again changes nothing
      await t.app.get(IndexSyncService).apply([{ id: '0', type: 'forum.thread.edited', payload: { threadId: q.id }, createdAt: new Date() }]);
      expect((await t.db.query(`SELECT count(*)::int AS n FROM search_documents WHERE id = $1`, [q.id]))[0].n).toBe(1);
      expect((await searchIn(t, null, cat.id, w)).total).toBe(1);
    } finally {
      upsert.mockRestore();
      updateActivity.mockRestore();
    }
  });

  it('rebuilds the index from PostgreSQL and replays changes synced during the rebuild', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const w = word('druppel');
    const q = await thread(t, asker, { categoryId: cat.id, title: `${w} tap water tastes of metal` });
    const late = await thread(t, asker, { categoryId: cat.id, title: `${w} tap pressure drops` });
    await t.drainOutbox();
    await t.db.query(`DELETE FROM search_documents`);
    expect((await searchIn(t, null, cat.id, w)).total).toBe(0);
    const sync = t.app.get(IndexSyncService);
    const engine = t.app.get<SearchEngine>(SEARCH_ENGINE);
    const original = engine.reindex.bind(engine);
    // a change synced while the rebuild runs (on Meilisearch the swap would drop it)
    const reindex = jest.spyOn(engine, 'reindex').mockImplementation(async (docs) => {
      await t.db.query(`UPDATE threads SET title = $2 WHERE id = $1`, [late.id, `${w} tap pressure drops at night`]);
      await sync.syncThreads([late.id]);
      return original(docs);
    });
    try {
      const report = await sync.reindex();
      expect(report.threads).toBeGreaterThanOrEqual(2);
      expect(report.replayed).toBeGreaterThanOrEqual(1);
    } finally {
      reindex.mockRestore();
    }
    expect(new Set(ids(await searchIn(t, null, cat.id, w)))).toEqual(new Set([q.id, late.id]));
    expect(ids(await searchIn(t, null, cat.id, `${w} night`))).toEqual([late.id]);
  });

  it('suggests similar solved questions for the ask form and records what the member did', async () => {
    const asker = await member(t);
    const cat = await category(t);
    const w = word('slurp');
    const solved = await thread(t, asker, { categoryId: cat.id, title: `${w} dishwasher does not drain the water`, body: 'After the program ends there is water at the bottom.' });
    await accept(t, asker, (await answer(t, await member(t), solved.id, 'Clean the filter under the lower basket.')).id);
    await t.drainOutbox();
    const res = await t.gql(null, SIMILAR, { title: `My ${w} dishwasher won't drain water`, body: 'Water stays at the bottom after the program.' });
    expect(res.errors).toBeUndefined();
    expect(res.data.similarQuestions[0]).toMatchObject({ id: solved.id, slug: solved.slug, solved: true });
    const session = `sess_${randomBytes(6).toString('hex')}`;
    const record = (input: Record<string, unknown>, as: unknown = null) =>
      t.gql(as as null, `mutation($input: SuggestionEventInput!) { recordSuggestionEvent(input: $input) }`, { input: { sessionKey: session, ...input } });
    expect((await record({ event: 'SHOWN', suggestionIds: [solved.id] })).data.recordSuggestionEvent).toBe(true);
    expect((await record({ event: 'OPENED', openedId: solved.id }, asker)).data.recordSuggestionEvent).toBe(true);
    expect((await record({ event: 'ABANDONED' }, asker)).data.recordSuggestionEvent).toBe(true);
    const rows = await t.db.query(`SELECT event, user_id, opened_id FROM suggestion_events WHERE session_key = $1 ORDER BY id`, [session]);
    expect(rows).toEqual([
      { event: 'SHOWN', user_id: null, opened_id: null },
      { event: 'OPENED', user_id: asker.id, opened_id: solved.id },
      { event: 'ABANDONED', user_id: asker.id, opened_id: null },
    ]);
    expect(codeOf(await record({ event: 'SHOWN', sessionKey: 'x' }))).toBe('BAD_USER_INPUT');
  });

  it('logs searches with their result counts, so that zero-result queries show the knowledge gaps', async () => {
    const cat = await category(t);
    const w = word('nietsgevonden');
    await searchIn(t, null, cat.id, w);
    const [row] = await t.db.query(`SELECT kind, result_count, normalized FROM search_events WHERE normalized = $1`, [w]);
    expect(row).toEqual({ kind: 'search', result_count: 0, normalized: w });
  });

  it('rejects bad search input', async () => {
    expect(codeOf(await t.gql(null, `{ search(query: "x", limit: 1000) { total } }`))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(null, `{ search(query: "x", filters: { categoryId: "nope" }) { total } }`))).toBe('BAD_USER_INPUT');
  });
});

describe('knowledge articles', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  async function solvedThread(w: string) {
    const asker = await member(t);
    const cat = await category(t);
    const q = await thread(t, asker, { categoryId: cat.id, title: `${w} smart meter stopped sending readings`, body: 'No readings in the app for two weeks.', tags: ['meter'] });
    const a = await answer(t, await member(t), q.id, 'Ask the grid operator to reset the communication module.');
    await accept(t, asker, a.id);
    return { asker, cat, q };
  }

  it('lets category experts and staff promote a solved thread, seeded from the question and accepted answer, linked both ways', async () => {
    const w = word('plink');
    const { cat, q } = await solvedThread(w);
    expect(codeOf(await promote(t, await member(t), q.id))).toBe('FORBIDDEN');
    const outsider = await member(t);
    await certify(t, outsider.id, (await category(t)).id);
    expect(codeOf(await promote(t, outsider, q.id))).toBe('FORBIDDEN');
    const expert = await member(t);
    await certify(t, expert.id, cat.id);
    const res = await promote(t, expert, q.id);
    expect(res.errors).toBeUndefined();
    const article = res.data.promoteToArticle;
    expect(article).toMatchObject({ title: `${w} smart meter stopped sending readings`, version: 1, tags: ['meter'], category: { id: cat.id }, sourceThread: { id: q.id } });
    expect(article.body).toContain('No readings in the app');
    expect(article.body).toContain('reset the communication module');
    expect(article.bodyHtml).toContain('<h2>Answer</h2>');
    expect(codeOf(await promote(t, await member(t, { role: 'STAFF' }), q.id))).toBe('CONFLICT');
    const link = await t.gql(null, `query($id: ID!) { thread(id: $id) { article { id slug } } }`, { id: q.id });
    expect(link.data.thread.article).toEqual({ id: article.id, slug: article.slug });
    // indexed, and above its own thread at the same words
    const r = await searchIn(t, null, cat.id, `${w} readings`);
    expect(ids(r)).toEqual([article.id, q.id]);
    expect(r.hits[0]).toMatchObject({ kind: 'ARTICLE', slug: article.slug, threadSlug: q.slug });
  });

  it('refuses to promote an unsolved thread', async () => {
    const cat = await category(t);
    const q = await thread(t, await member(t), { categoryId: cat.id });
    const res = await promote(t, await member(t, { role: 'STAFF' }), q.id);
    expect(codeOf(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions!.reason).toBe('thread_not_solved');
  });

  it('writes and edits articles as versions, and lists them by cursor', async () => {
    const staff = await member(t, { role: 'STAFF' });
    const cat = await category(t);
    const w = word('handleiding');
    const created = await t.gql(staff, `mutation($input: CreateArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`, {
      input: { categoryId: cat.id, title: `${w}: reading your annual statement`, body: 'The annual statement lists usage, advance payments and the balance.', tags: ['Billing'] },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data.createArticle.id;
    expect(codeOf(await t.gql(await member(t), `mutation($input: EditArticleInput!) { editArticle(input: $input) { id } }`, { input: { articleId: id, title: 'A member may not do this at all', reason: 'test' } }))).toBe('FORBIDDEN');
    const edited = await t.gql(staff, `mutation($input: EditArticleInput!) { editArticle(input: $input) { ${ARTICLE_FIELDS} } }`, {
      input: { articleId: id, body: `The annual statement lists usage, advance payments, the balance and the ${w} refund date.`, reason: 'refund date' },
    });
    expect(edited.data.editArticle).toMatchObject({ version: 2, tags: ['billing'] });
    expect(edited.data.editArticle.versions.map((v: { number: number; reason: string }) => [v.number, v.reason])).toEqual([
      [2, 'refund date'],
      [1, 'written'],
    ]);
    expect((await t.gql(null, `query($slug: String) { article(slug: $slug) { id } }`, { slug: created.data.createArticle.slug })).data.article.id).toBe(id);
    expect(ids(await searchIn(t, null, cat.id, `${w} refund`))).toEqual([id]);
    const hide = await t.gql(staff, `mutation($id: ID!) { setArticleHidden(articleId: $id, hidden: true) { hidden } }`, { id });
    expect(hide.data.setArticleHidden.hidden).toBe(true);
    expect(codeOf(await t.gql(null, `query($id: ID) { article(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
    expect(ids(await searchIn(t, null, cat.id, w))).toEqual([]);
    expect(ids(await searchIn(t, staff, cat.id, w))).toEqual([id]);
    const first = await t.gql(staff, `{ articles(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(first.data.articles.totalCount).toBeGreaterThanOrEqual(1);
    if (first.data.articles.pageInfo.hasNextPage) {
      const next = await t.gql(staff, `query($after: String) { articles(first: 1, after: $after) { edges { node { id } } } }`, { after: first.data.articles.pageInfo.endCursor });
      expect(next.data.articles.edges[0].node.id).not.toBe(first.data.articles.edges[0].node.id);
    }
  });
});
