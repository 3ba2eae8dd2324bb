import type { EnqueuedTask, MultiSearchQueryWithFederation, Task, WaitOptions } from 'meilisearch';
import type { SearchDocument, SearchKind } from '../search-document.js';
import { allStopWords, type IndexDefinition, type SearchDefinitions } from '../search-definitions.js';
import {
  pageOf,
  type FacetName,
  type ReindexReport,
  type SearchEngine,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from '../search-port.js';
import { similarQueryTerms, solvedFirst } from '../similar-query.js';
import type { MeiliClientPort } from './meili-client.js';
import { buildMeiliFilter } from './meili-filter.js';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG, mapHit, mapSearchResponse } from './meili-response.js';
import { buildMeiliSettings } from './meili-settings.js';

/** A Meilisearch task that ended failed or canceled. */
export class MeiliTaskError extends Error {
  constructor(readonly task: Task) {
    super(`meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.code ?? ''} ${task.error?.message ?? ''}`.trim());
    this.name = 'MeiliTaskError';
  }
}

export interface MeiliEngineOptions {
  definitions: SearchDefinitions;
  /** Prepended to index uids, so that several deployments or test runs can share one server. */
  indexPrefix?: string;
  /** How long to wait for each task; writes resolve only once Meilisearch has applied them. */
  wait?: WaitOptions;
  /** Documents per addDocuments call during a reindex. */
  batchSize?: number;
  /** Milliseconds clock for reindex durations. */
  now?: () => number;
}

const FACETS: readonly FacetName[] = ['categoryId', 'tags', 'solved', 'hasExpertAnswer'];
const RETRIEVE: (keyof SearchDocument)[] = ['id', 'kind', 'title', 'categoryId', 'tags', 'solved', 'hasExpertAnswer', 'lastActivityAt'];
const SORTS: Record<SearchSort, string[] | undefined> = {
  relevance: undefined,
  newest: ['createdAt:desc'],
  activity: ['lastActivityAt:desc'],
  score: ['score:desc'],
};
const MAX_SIMILAR = 20;

/**
 * Knowledge search on Meilisearch: one index per kind (threads, articles) with the settings in
 * search/, searched together with a federated multi-search so that one ranked list, one total and
 * merged facets come back.
 */
export class MeiliSearchEngine implements SearchEngine {
  private readonly indexes: readonly IndexDefinition[];
  private readonly stopWords: ReadonlySet<string>;
  private readonly waitOptions: WaitOptions;

  constructor(
    private readonly client: MeiliClientPort,
    private readonly options: MeiliEngineOptions,
  ) {
    this.indexes = [options.definitions.indexes.threads, options.definitions.indexes.articles];
    this.stopWords = new Set(allStopWords(options.definitions));
    this.waitOptions = options.wait ?? { timeout: 30000, interval: 50 };
  }

  /** The live index uid of a kind. */
  uidOf(kind: SearchKind): string {
    const def = this.indexes.find((i) => i.kind === kind);
    if (!def) throw new Error(`no index is defined for ${kind}`);
    return `${this.options.indexPrefix ?? ''}${def.uid}`;
  }

  async applySettings(): Promise<void> {
    for (const def of this.indexes) {
      const uid = this.uidOf(def.kind);
      await this.ensureIndex(uid);
      await this.run(this.client.index(uid).updateSettings(buildMeiliSettings(this.options.definitions, def)));
    }
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    await Promise.all(
      this.indexes.map(async (def) => {
        const batch = docs.filter((d) => d.kind === def.kind);
        if (batch.length > 0) await this.run(this.client.index(this.uidOf(def.kind)).addDocuments(batch, { primaryKey: 'id' }));
      }),
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    // ids are uuids, unique across kinds: deleting from both indexes is cheaper than looking up
    await Promise.all(this.indexes.map((def) => this.run(this.client.index(this.uidOf(def.kind)).deleteDocuments([...ids]))));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const { page, limit, offset } = pageOf(query);
    const kinds = this.kindsFor(query.filters?.kind);
    const filter = buildMeiliFilter(query.filters, query.visibility);
    const sort = SORTS[query.sort ?? 'relevance'];
    const queries = kinds.map((kind) => ({
      ...this.baseQuery(kind, query.text.trim()),
      ...(filter ? { filter } : {}),
      ...(sort ? { sort } : {}),
    }));
    // only the facets the caller shows are counted; none asked, no facet work at all
    const facets = [...(query.facets ?? FACETS)];
    const facetsByIndex = facets.length ? { facetsByIndex: Object.fromEntries(kinds.map((k) => [this.uidOf(k), facets])), mergeFacets: {} } : {};
    const response = await this.client.multiSearch({ federation: { offset, limit, ...facetsByIndex }, queries });
    return mapSearchResponse(response, { page, limit }, this.options.definitions.ranking.snippet.attributes);
  }

  async similar(title: string, body: string, limit: number): Promise<SearchHit[]> {
    const cfg = this.options.definitions.ranking.similar;
    const terms = similarQueryTerms(title, body, this.stopWords, cfg.maxQueryWords);
    if (terms.length === 0) return [];
    const filter = buildMeiliFilter(undefined, { scope: 'public' });
    const queries = this.kindsFor(undefined).map((kind) => ({
      ...this.baseQuery(kind, terms.join(' ')),
      ...(filter ? { filter } : {}),
      matchingStrategy: cfg.matchingStrategy,
      rankingScoreThreshold: cfg.rankingScoreThreshold,
    }));
    const response = await this.client.multiSearch({
      federation: { limit: Math.min(MAX_SIMILAR, Math.max(1, Math.trunc(limit))) },
      queries,
    });
    const hits = response.hits.map((hit) => mapHit(hit, this.options.definitions.ranking.snippet.attributes));
    return cfg.solvedFirst ? solvedFirst(hits) : hits;
  }

  /**
   * Builds `<uid>__reindex` indexes with the current settings, fills them in batches, swaps them
   * with the live ones in one atomic swap, then deletes the old data. Writes made to the live
   * indexes while it runs are lost by the swap, so the sync worker replays what the outbox
   * recorded after the rebuild started.
   */
  async reindex(allDocs: AsyncIterable<SearchDocument>): Promise<ReindexReport> {
    const now = this.options.now ?? Date.now;
    const started = now();
    const batchSize = this.options.batchSize ?? 1000;
    const temp = (kind: SearchKind) => `${this.uidOf(kind)}__reindex`;
    const counts: Record<SearchKind, number> = { thread: 0, article: 0 };
    const buffers: Record<SearchKind, SearchDocument[]> = { thread: [], article: [] };
    const flush = async (kind: SearchKind) => {
      const batch = buffers[kind];
      if (batch.length === 0) return;
      buffers[kind] = [];
      await this.run(this.client.index(temp(kind)).addDocuments(batch, { primaryKey: 'id' }));
      counts[kind] += batch.length;
    };
    try {
      for (const def of this.indexes) {
        await this.client.deleteIndexIfExists(temp(def.kind));
        await this.run(this.client.createIndex(temp(def.kind), { primaryKey: 'id' }));
        await this.run(this.client.index(temp(def.kind)).updateSettings(buildMeiliSettings(this.options.definitions, def)));
      }
      for await (const doc of allDocs) {
        buffers[doc.kind].push(doc);
        if (buffers[doc.kind].length >= batchSize) await flush(doc.kind);
      }
      for (const def of this.indexes) await flush(def.kind);
      for (const def of this.indexes) await this.ensureIndex(this.uidOf(def.kind));
      await this.run(this.client.swapIndexes(this.indexes.map((def) => ({ indexes: [this.uidOf(def.kind), temp(def.kind)], rename: false }))));
      // after the swap the temporary uids hold the previous data
      for (const def of this.indexes) await this.run(this.client.deleteIndex(temp(def.kind)));
    } catch (error) {
      await Promise.allSettled(this.indexes.map((def) => this.client.deleteIndexIfExists(temp(def.kind))));
      throw error;
    }
    return { threads: counts.thread, articles: counts.article, durationMs: now() - started };
  }

  async health(): Promise<SearchHealth> {
    try {
      const health = await this.client.health();
      return health.status === 'available' ? { ok: true, engine: 'meilisearch' } : { ok: false, engine: 'meilisearch', detail: `status ${String(health.status)}` };
    } catch (error) {
      return { ok: false, engine: 'meilisearch', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private kindsFor(kind: SearchKind | undefined): SearchKind[] {
    return kind ? [kind] : this.indexes.map((def) => def.kind);
  }

  private baseQuery(kind: SearchKind, q: string): MultiSearchQueryWithFederation {
    const snippet = this.options.definitions.ranking.snippet;
    return {
      indexUid: this.uidOf(kind),
      q,
      attributesToRetrieve: RETRIEVE,
      attributesToHighlight: ['title', ...snippet.attributes],
      attributesToCrop: [...snippet.attributes],
      cropLength: snippet.cropLength,
      cropMarker: snippet.cropMarker,
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
      showRankingScore: true,
    };
  }

  private async ensureIndex(uid: string): Promise<void> {
    const task = await this.client.tasks.waitForTask(await this.client.createIndex(uid, { primaryKey: 'id' }), this.waitOptions);
    if (task.status !== 'succeeded' && task.error?.code !== 'index_already_exists') throw new MeiliTaskError(task);
  }

  private async run(enqueued: Promise<EnqueuedTask>): Promise<Task> {
    const task = await this.client.tasks.waitForTask(await enqueued, this.waitOptions);
    if (task.status !== 'succeeded') throw new MeiliTaskError(task);
    return task;
  }
}
