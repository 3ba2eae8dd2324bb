import { jest } from '@jest/globals';
import { join } from 'node:path';
import type { EnqueuedTask, FederatedMultiSearchParams, SearchResponse, Task } from 'meilisearch';
import type { SearchDocument } from '../search-document.js';
import { loadSearchDefinitions } from '../search-definitions.js';
import type { MeiliClientPort, MeiliIndexPort } from './meili-client.js';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from './meili-response.js';
import { MeiliSearchEngine, MeiliTaskError } from './meili-search-engine.js';
import { buildMeiliSettings } from './meili-settings.js';

// No Meilisearch server can run here: these tests stub the client's methods at the boundary and
// check what the engine would send and how it reads what comes back.

const defs = loadSearchDefinitions(join(process.cwd(), 'search'));

type Failure = { code: string; message: string };

function stubClient() {
  const log: string[] = [];
  const failures = new Map<string, Failure>();
  let uid = 0;
  const enqueue = (label: string): Promise<EnqueuedTask> => {
    log.push(label);
    uid += 1;
    tasks.set(uid, label);
    return Promise.resolve({ taskUid: uid, indexUid: null, status: 'enqueued', type: 'documentAdditionOrUpdate', enqueuedAt: '2026-01-05T09:00:00Z' });
  };
  const tasks = new Map<number, string>();
  const indexes = new Map<string, MeiliIndexPort>();
  const searchResponse: { value: SearchResponse<Partial<SearchDocument>> } = {
    value: { hits: [], processingTimeMs: 1, query: '', estimatedTotalHits: 0, limit: 20, offset: 0 },
  };
  const client = {
    index: jest.fn((name: string) => {
      let index = indexes.get(name);
      if (!index) {
        index = {
          addDocuments: jest.fn((docs: SearchDocument[]) => enqueue(`add ${name} ${docs.map((d) => d.id).join(',')}`)),
          deleteDocuments: jest.fn((ids: string[]) => enqueue(`delete ${name} ${ids.join(',')}`)),
          updateSettings: jest.fn(() => enqueue(`settings ${name}`)),
        };
        indexes.set(name, index);
      }
      return index;
    }),
    createIndex: jest.fn((name: string) => enqueue(`create ${name}`)),
    deleteIndex: jest.fn((name: string) => enqueue(`drop ${name}`)),
    deleteIndexIfExists: jest.fn((name: string) => {
      log.push(`drop-if-exists ${name}`);
      return Promise.resolve(false);
    }),
    swapIndexes: jest.fn((pairs: { indexes: [string, string] }[]) => enqueue(`swap ${pairs.map((p) => p.indexes.join('<>')).join(' ')}`)),
    multiSearch: jest.fn((_params: FederatedMultiSearchParams) => Promise.resolve(searchResponse.value)),
    health: jest.fn(() => Promise.resolve({ status: 'available' as const })),
    tasks: {
      waitForTask: jest.fn((task: EnqueuedTask | number): Promise<Task> => {
        const id = typeof task === 'number' ? task : task.taskUid;
        const label = tasks.get(id) ?? '';
        const failure = [...failures.entries()].find(([prefix]) => label.startsWith(prefix))?.[1] ?? null;
        return Promise.resolve({
          uid: id,
          batchUid: id,
          indexUid: null,
          status: failure ? 'failed' : 'succeeded',
          type: 'documentAdditionOrUpdate',
          enqueuedAt: '2026-01-05T09:00:00Z',
          canceledBy: null,
          error: failure ? { ...failure, type: 'invalid_request', link: '' } : null,
          duration: 'PT0.01S',
          startedAt: null,
          finishedAt: null,
        });
      }),
    },
  } satisfies MeiliClientPort;
  return { client, log, failures, indexes, searchResponse };
}

const doc = (id: string, kind: 'thread' | 'article', over: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  kind,
  title: `title ${id}`,
  body: '',
  acceptedAnswer: '',
  expertAnswers: [],
  tags: [],
  categoryId: 'c1',
  categoryName: 'Energie',
  solved: false,
  hasExpertAnswer: false,
  score: 0,
  lastActivityAt: 0,
  createdAt: 0,
  boost: 0,
  visibility: 'public',
  ...over,
});

async function* stream(docs: SearchDocument[]): AsyncIterable<SearchDocument> {
  for (const d of docs) yield d;
}

describe('MeiliSearchEngine', () => {
  describe('applySettings', () => {
    it('creates both indexes keyed on id and applies the settings derived from search/', async () => {
      const { client, log, indexes } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs }).applySettings();
      expect(log).toEqual(['create threads', 'settings threads', 'create articles', 'settings articles']);
      expect(client.createIndex).toHaveBeenCalledWith('threads', { primaryKey: 'id' });
      expect(indexes.get('threads')!.updateSettings).toHaveBeenCalledWith(buildMeiliSettings(defs, defs.indexes.threads));
      expect(indexes.get('articles')!.updateSettings).toHaveBeenCalledWith(buildMeiliSettings(defs, defs.indexes.articles));
    });

    it('accepts indexes that already exist but not other failures', async () => {
      const existing = stubClient();
      existing.failures.set('create', { code: 'index_already_exists', message: 'exists' });
      await expect(new MeiliSearchEngine(existing.client, { definitions: defs }).applySettings()).resolves.toBeUndefined();

      const broken = stubClient();
      broken.failures.set('settings threads', { code: 'invalid_settings_ranking_rules', message: 'bad rule' });
      await expect(new MeiliSearchEngine(broken.client, { definitions: defs }).applySettings()).rejects.toThrow(MeiliTaskError);
    });

    it('prefixes index uids', async () => {
      const { client, log } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs, indexPrefix: 'test_' }).applySettings();
      expect(log[0]).toBe('create test_threads');
    });
  });

  describe('upsert and remove', () => {
    it('sends each kind to its own index and waits for the tasks', async () => {
      const { client, log, indexes } = stubClient();
      const engine = new MeiliSearchEngine(client, { definitions: defs });
      await engine.upsert([doc('t1', 'thread'), doc('a1', 'article'), doc('t2', 'thread')]);
      expect(log.sort()).toEqual(['add articles a1', 'add threads t1,t2']);
      expect(indexes.get('threads')!.addDocuments).toHaveBeenCalledWith([doc('t1', 'thread'), doc('t2', 'thread')], { primaryKey: 'id' });
      expect(client.tasks.waitForTask).toHaveBeenCalledTimes(2);
    });

    it('rejects when Meilisearch fails the task, so the outbox row is retried', async () => {
      const { client, failures } = stubClient();
      failures.set('add threads', { code: 'invalid_document_id', message: 'bad id' });
      await expect(new MeiliSearchEngine(client, { definitions: defs }).upsert([doc('t1', 'thread')])).rejects.toThrow(/invalid_document_id/);
    });

    it('sends nothing for an empty batch', async () => {
      const { client, log } = stubClient();
      const engine = new MeiliSearchEngine(client, { definitions: defs });
      await engine.upsert([]);
      await engine.remove([]);
      expect(log).toEqual([]);
    });

    it('removes ids from both indexes', async () => {
      const { client, log } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs }).remove(['t1', 'a1']);
      expect(log.sort()).toEqual(['delete articles t1,a1', 'delete threads t1,a1']);
    });
  });

  describe('search', () => {
    it('sends one federated multi-search over both indexes with filter, facets, highlights and paging', async () => {
      const { client } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs }).search({
        text: '  slimme meter ',
        filters: { categoryId: 'c1', solved: true },
        visibility: { scope: 'public' },
        page: 3,
        limit: 10,
      });
      const params = client.multiSearch.mock.calls[0][0];
      const facets = ['categoryId', 'tags', 'solved', 'hasExpertAnswer'];
      expect(params.federation).toEqual({ offset: 20, limit: 10, facetsByIndex: { threads: facets, articles: facets }, mergeFacets: {} });
      expect(params.queries.map((q) => q.indexUid)).toEqual(['threads', 'articles']);
      expect(params.queries[0]).toEqual({
        indexUid: 'threads',
        q: 'slimme meter',
        filter: 'visibility = "public" AND categoryId = "c1" AND solved = true',
        attributesToRetrieve: ['id', 'kind', 'title', 'categoryId', 'tags', 'solved', 'hasExpertAnswer', 'lastActivityAt'],
        attributesToHighlight: ['title', 'body', 'acceptedAnswer', 'expertAnswers'],
        attributesToCrop: ['body', 'acceptedAnswer', 'expertAnswers'],
        cropLength: 30,
        cropMarker: '…',
        highlightPreTag: HIGHLIGHT_PRE_TAG,
        highlightPostTag: HIGHLIGHT_POST_TAG,
        showRankingScore: true,
      });
      // per-query paging and facets are not allowed in a federated search
      for (const q of params.queries) {
        expect(q).not.toHaveProperty('limit');
        expect(q).not.toHaveProperty('offset');
        expect(q).not.toHaveProperty('facets');
      }
    });

    it('queries only the index of the requested kind, sorts when asked and leaves staff unfiltered', async () => {
      const { client } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs }).search({ text: '', filters: { kind: 'article' }, visibility: { scope: 'all' }, sort: 'newest' });
      const params = client.multiSearch.mock.calls[0][0];
      expect(params.queries).toHaveLength(1);
      expect(params.queries[0]).toMatchObject({ indexUid: 'articles', q: '', filter: 'kind = "article"', sort: ['createdAt:desc'] });
      expect(params.federation).toMatchObject({ offset: 0, limit: 20, facetsByIndex: { articles: expect.any(Array) } });
    });

    it('asks only for the facets the query selects, and for none when it selects none', async () => {
      const { client } = stubClient();
      const engine = new MeiliSearchEngine(client, { definitions: defs });
      await engine.search({ text: 'meter', visibility: { scope: 'public' }, facets: ['solved'] });
      await engine.search({ text: 'meter', visibility: { scope: 'public' }, facets: [] });
      const [withSolved, withNone] = client.multiSearch.mock.calls.map((c) => c[0].federation);
      expect(withSolved).toEqual({ offset: 0, limit: 20, facetsByIndex: { threads: ['solved'], articles: ['solved'] }, mergeFacets: {} });
      expect(withNone).toEqual({ offset: 0, limit: 20 });
    });

    it('omits the filter when nothing restricts the search', async () => {
      const { client } = stubClient();
      await new MeiliSearchEngine(client, { definitions: defs }).search({ text: 'x', visibility: { scope: 'all' } });
      expect(client.multiSearch.mock.calls[0][0].queries[0]).not.toHaveProperty('filter');
    });

    it('maps the federated response to a port result', async () => {
      const { client, searchResponse } = stubClient();
      searchResponse.value = {
        hits: [
          {
            id: 'a1',
            kind: 'article',
            title: 'Router resetten',
            categoryId: 'c1',
            tags: ['router'],
            solved: true,
            hasExpertAnswer: false,
            lastActivityAt: 5,
            _formatted: { title: `${HIGHLIGHT_PRE_TAG}Router${HIGHLIGHT_POST_TAG} resetten`, body: 'Houd…' },
            _rankingScore: 0.9,
          },
        ],
        processingTimeMs: 3,
        query: 'router',
        estimatedTotalHits: 1,
        limit: 20,
        offset: 0,
        facetDistribution: { categoryId: { c1: 1 }, tags: { router: 1 }, solved: { true: 1 }, hasExpertAnswer: { false: 1 } },
      };
      const result = await new MeiliSearchEngine(client, { definitions: defs }).search({ text: 'router', visibility: { scope: 'public' } });
      expect(result).toEqual({
        hits: [
          {
            id: 'a1',
            kind: 'article',
            title: '<mark>Router</mark> resetten',
            snippet: 'Houd…',
            score: 0.9,
            categoryId: 'c1',
            tags: ['router'],
            solved: true,
            hasExpertAnswer: false,
            lastActivityAt: 5,
          },
        ],
        total: 1,
        page: 1,
        limit: 20,
        facets: {
          categoryId: [{ value: 'c1', count: 1 }],
          tags: [{ value: 'router', count: 1 }],
          solved: { true: 1, false: 0 },
          hasExpertAnswer: { true: 0, false: 1 },
        },
        processingTimeMs: 3,
      });
    });
  });

  describe('similar', () => {
    it('searches public content with the distinctive words of the question and puts solved ones first', async () => {
      const { client, searchResponse } = stubClient();
      const hit = (id: string, solved: boolean, kind: 'thread' | 'article' = 'thread') => ({ id, kind, title: id, solved, _rankingScore: 0.8 });
      searchResponse.value = {
        hits: [hit('t-open', false), hit('t-solved', true), hit('a1', false, 'article')],
        processingTimeMs: 2,
        query: '',
        estimatedTotalHits: 3,
        limit: 5,
        offset: 0,
      };
      const hits = await new MeiliSearchEngine(client, { definitions: defs }).similar(
        'Mijn slimme meter geeft geen standen door',
        'Sinds de storing van maandag geeft de meter niets door.',
        5,
      );
      const params = client.multiSearch.mock.calls[0][0];
      expect(params.federation).toEqual({ limit: 5 });
      expect(params.queries[0]).toMatchObject({
        indexUid: 'threads',
        q: 'slimme meter geeft geen standen door sinds storing maandag niets',
        filter: 'visibility = "public"',
        matchingStrategy: 'frequency',
        rankingScoreThreshold: defs.ranking.similar.rankingScoreThreshold,
      });
      expect(hits.map((h) => h.id)).toEqual(['t-solved', 'a1', 't-open']);
    });

    it('asks nothing when the question has no searchable words yet', async () => {
      const { client } = stubClient();
      await expect(new MeiliSearchEngine(client, { definitions: defs }).similar('de het een', '', 5)).resolves.toEqual([]);
      expect(client.multiSearch).not.toHaveBeenCalled();
    });
  });

  describe('reindex', () => {
    it('fills fresh indexes in batches, swaps both in one task, then drops the old data', async () => {
      const { client, log } = stubClient();
      let clock = 1000;
      const engine = new MeiliSearchEngine(client, { definitions: defs, batchSize: 2, now: () => (clock += 250) });
      const report = await engine.reindex(stream([doc('t1', 'thread'), doc('a1', 'article'), doc('t2', 'thread'), doc('t3', 'thread')]));
      expect(log).toEqual([
        'drop-if-exists threads__reindex',
        'create threads__reindex',
        'settings threads__reindex',
        'drop-if-exists articles__reindex',
        'create articles__reindex',
        'settings articles__reindex',
        'add threads__reindex t1,t2',
        'add threads__reindex t3',
        'add articles__reindex a1',
        'create threads',
        'create articles',
        'swap threads<>threads__reindex articles<>articles__reindex',
        'drop threads__reindex',
        'drop articles__reindex',
      ]);
      expect(client.swapIndexes).toHaveBeenCalledWith([
        { indexes: ['threads', 'threads__reindex'], rename: false },
        { indexes: ['articles', 'articles__reindex'], rename: false },
      ]);
      expect(report).toEqual({ threads: 3, articles: 1, durationMs: 250 });
    });

    it('never swaps a half-built index: on failure it drops the temporary indexes and rethrows', async () => {
      const { client, log, failures } = stubClient();
      failures.set('add threads__reindex', { code: 'payload_too_large', message: 'too large' });
      await expect(new MeiliSearchEngine(client, { definitions: defs }).reindex(stream([doc('t1', 'thread')]))).rejects.toThrow(/payload_too_large/);
      expect(client.swapIndexes).not.toHaveBeenCalled();
      expect(log.slice(-2)).toEqual(['drop-if-exists threads__reindex', 'drop-if-exists articles__reindex']);
    });

    it('rethrows an error of the document source after cleaning up', async () => {
      const { client } = stubClient();
      async function* failing(): AsyncIterable<SearchDocument> {
        yield doc('t1', 'thread');
        throw new Error('database went away');
      }
      await expect(new MeiliSearchEngine(client, { definitions: defs }).reindex(failing())).rejects.toThrow('database went away');
      expect(client.swapIndexes).not.toHaveBeenCalled();
    });
  });

  describe('health', () => {
    it('reports ok when the server is available and the reason when it is not', async () => {
      const up = stubClient();
      await expect(new MeiliSearchEngine(up.client, { definitions: defs }).health()).resolves.toEqual({ ok: true, engine: 'meilisearch' });
      const down = stubClient();
      down.client.health.mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:7700'));
      await expect(new MeiliSearchEngine(down.client, { definitions: defs }).health()).resolves.toEqual({
        ok: false,
        engine: 'meilisearch',
        detail: 'connect ECONNREFUSED 127.0.0.1:7700',
      });
    });
  });
});
