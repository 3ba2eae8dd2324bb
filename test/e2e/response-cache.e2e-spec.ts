import request from 'supertest';
import { createApp } from '../../src/bootstrap.js';
import { createLogger } from '../../src/common/logger.js';
import { ResponseCacheService } from '../../src/common/response-cache/response-cache.service.js';
import { loadConfig } from '../../src/config/app-config.js';
import { member } from '../factories/accounts.factory.js';
import { answer, thread } from '../factories/forum.factory.js';
import { SEARCH } from '../factories/knowledge.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const PAGE = `query Page($id: ID!) { thread(id: $id) { id title answerCount answers { edges { node { id bodyHtml } } } } }`;

describe('response cache for anonymous readers', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ RESPONSE_CACHE: 'true' })));
  afterAll(() => t.close());

  const read = (id: string, token?: string) => {
    let req = t.http.post('/graphql').set('content-type', 'application/json');
    if (token) req = req.set('authorization', `Bearer ${token}`);
    return req.send({ query: PAGE, variables: { id }, operationName: 'Page' });
  };

  it('serves the second identical anonymous read from the cache, and a change invalidates it at once', async () => {
    const asker = await member(t);
    const q = await thread(t, asker);
    // the consumers' own writes about the new thread (follows, timers) would invalidate it meanwhile
    await t.drainOutbox();
    const first = await read(q.id);
    expect(first.headers['x-cache']).toBe('miss');
    const second = await read(q.id);
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toEqual(first.body);

    await answer(t, await member(t), q.id);
    const third = await read(q.id);
    expect(third.headers['x-cache']).toBe('miss');
    expect(third.body.data.thread.answerCount).toBe(1);
  });

  it('never caches signed-in reads, mutations or errors', async () => {
    const m = await member(t);
    const q = await thread(t, m);
    await read(q.id, m.token);
    expect((await read(q.id, m.token)).headers['x-cache']).toBeUndefined();
    const missing = '00000000-0000-4000-8000-000000000000';
    await read(missing);
    const again = await read(missing);
    expect(again.headers['x-cache']).toBe('miss');
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const mutation = await t.http.post('/graphql').set('content-type', 'application/json').send({ query: `mutation { logout(refreshToken: "x") }` });
    expect(mutation.headers['x-cache']).toBeUndefined();
  });

  it('invalidates another instance through the change notifications', async () => {
    // A second instance on the same database, as behind a load balancer.
    const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent', SERVE_CLIENT: 'false' });
    const other = await createApp({ config, databaseUrl: (t.db.options as { url: string }).url, clock: t.clock, logger: createLogger('silent') });
    await other.init();
    try {
      const asker = await member(t);
      const q = await thread(t, asker);
      await t.drainOutbox();
      const otherRead = () => request(other.getHttpServer()).post('/graphql').set('content-type', 'application/json').send({ query: PAGE, variables: { id: q.id }, operationName: 'Page' });
      await otherRead();
      expect((await otherRead()).headers['x-cache']).toBe('hit');
      await answer(t, await member(t), q.id); // written through the first instance
      const cache = other.get(ResponseCacheService);
      for (let i = 0; i < 50 && (await otherRead()).headers['x-cache'] === 'hit'; i++) await new Promise((r) => setTimeout(r, 20));
      const fresh = await otherRead();
      expect(fresh.body.data.thread.answerCount).toBe(1);
      expect(cache.size).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('caches anonymous searches until the index changes, and still counts every search', async () => {
    const find = (token?: string) => {
      let req = t.http.post('/graphql').set('content-type', 'application/json');
      if (token) req = req.set('authorization', `Bearer ${token}`);
      return req.send({ query: SEARCH, variables: { query: 'zwavelkoolstof' } });
    };
    const logged = async () => Number((await t.db.query(`SELECT count(*) FROM search_events WHERE normalized = 'zwavelkoolstof'`))[0].count);
    const asker = await member(t);
    await thread(t, asker, { title: 'Zwavelkoolstof smell near the meter cupboard', tags: ['meter'] });
    await t.drainOutbox();

    const first = await find();
    expect([first.headers['x-cache'], first.body.data.search.total]).toEqual(['miss', 1]);
    const second = await find();
    expect([second.headers['x-cache'], second.body]).toEqual(['hit', first.body]);
    // the cache answered the second search; it is logged all the same (after the response)
    for (let i = 0; i < 50 && (await logged()) < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await logged()).toBe(2);

    // a new question is indexed by the outbox worker; that write invalidates the cached results
    await thread(t, await member(t), { title: 'Zwavelkoolstof again after the repair', tags: ['meter'] });
    expect((await find()).headers['x-cache']).toBe('hit'); // not indexed yet: still the old result
    await t.drainOutbox();
    const third = await find();
    expect([third.headers['x-cache'], third.body.data.search.total]).toEqual(['miss', 2]);

    const signedIn = await find(asker.token);
    expect(signedIn.headers['x-cache']).toBeUndefined();
    expect(signedIn.body.data.search.total).toBe(2);
    for (let i = 0; i < 50 && (await logged()) < 5; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await logged()).toBe(5); // two misses, two hits (logged in batches), one signed in
  });
});
