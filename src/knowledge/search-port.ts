import type { SearchDocument, SearchKind } from './search-document.js';

/**
 * Which hidden content the viewer may see. Public content is always visible; deleted content
 * is removed from the index, so it never needs a rule here.
 * - `public`: visitors and members;
 * - `all`: staff;
 * - `categories`: experts, who moderate (and so see hidden threads) in their categories.
 */
export type SearchVisibility =
  | { readonly scope: 'public' }
  | { readonly scope: 'all' }
  | { readonly scope: 'categories'; readonly categoryIds: readonly string[] };

/** Order of results. `relevance` on an empty text lists by boost, then score, then recency. */
export type SearchSort = 'relevance' | 'newest' | 'activity' | 'score';

export interface SearchFilters {
  /** One category, or any of several. */
  readonly categoryId?: string | readonly string[];
  readonly tags?: readonly string[];
  /** `all` (default): every tag must be present; `any`: at least one. */
  readonly tagMatch?: 'all' | 'any';
  readonly solved?: boolean;
  readonly hasExpertAnswer?: boolean;
  readonly kind?: SearchKind;
}

export interface SearchQuery {
  /** What the user typed; '' lists everything visible in the chosen sort. */
  readonly text: string;
  readonly filters?: SearchFilters;
  readonly visibility: SearchVisibility;
  /** 1-based. */
  readonly page?: number;
  readonly limit?: number;
  readonly sort?: SearchSort;
  /** Facets to count (like Meilisearch's `facets` parameter); all when not given. */
  readonly facets?: readonly FacetName[];
}

export type FacetName = 'categoryId' | 'tags' | 'solved' | 'hasExpertAnswer';

export interface SearchHit {
  readonly id: string;
  readonly kind: SearchKind;
  /** HTML: the title escaped, with matched words wrapped in `<mark>`…`</mark>`. */
  readonly title: string;
  /** HTML: a short passage around the matches (question, accepted or expert answer), escaped, with `<mark>` tags. */
  readonly snippet: string;
  /** Relevance between 0 and 1 as the engine reports it; engines' figures are not comparable. */
  readonly score: number;
  readonly categoryId: string;
  readonly tags: readonly string[];
  readonly solved: boolean;
  readonly hasExpertAnswer: boolean;
  /** Epoch seconds. */
  readonly lastActivityAt: number;
}

export interface FacetValue {
  readonly value: string;
  readonly count: number;
}

export interface BooleanFacet {
  readonly true: number;
  readonly false: number;
}

/** Counts over all matching documents (not only the current page), most frequent first. */
export interface SearchFacets {
  readonly categoryId: readonly FacetValue[];
  readonly tags: readonly FacetValue[];
  readonly solved: BooleanFacet;
  readonly hasExpertAnswer: BooleanFacet;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Matching documents; an engine may estimate it beyond its exhaustive limit. */
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  readonly facets: SearchFacets;
  readonly processingTimeMs: number;
}

export interface ReindexReport {
  readonly threads: number;
  readonly articles: number;
  readonly durationMs: number;
}

export interface SearchHealth {
  readonly ok: boolean;
  readonly engine: 'meilisearch' | 'postgres';
  /** Why it is not ok, in words for an operator. */
  readonly detail?: string;
}

/**
 * What every knowledge search engine does. Implementations must pass the shared contract suite;
 * writes resolve only once the engine has applied them, so an outbox worker that saw a write
 * resolve may mark its rows done.
 */
export interface ActivityUpdate {
  id: string;
  score: number;
  lastActivityAt: number;
}

export interface SearchEngine {
  /** Creates the indexes if needed and applies the definitions in search/. Idempotent. */
  applySettings(): Promise<void>;
  /** Inserts or replaces documents by id. */
  upsert(docs: readonly SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  remove(ids: readonly string[]): Promise<void>;
  /**
   * Sets the score and last activity (epoch seconds) of documents in the index: all that a vote on
   * the question or a plain answer changes of a thread's document. Ids not in the index stay out
   * of it. Optional: without it the sync rebuilds the documents (Meilisearch's partial update
   * would create a document that is not there).
   */
  updateActivity?(docs: ReadonlyArray<ActivityUpdate>): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * The few public threads and articles most similar to a question being asked, solved ones and
   * articles first; empty when nothing is similar enough.
   */
  similar(title: string, body: string, limit: number): Promise<SearchHit[]>;
  /**
   * Builds a fresh index from every document and swaps it in; search keeps working meanwhile.
   * Writes made while it runs may be lost by the swap: the caller replays the outbox rows recorded
   * since the rebuild started.
   */
  reindex(allDocs: AsyncIterable<SearchDocument>): Promise<ReindexReport>;
  /**
   * Recomputes statistics the engine plans queries with (PostgreSQL: how many titles hold each
   * word). Run periodically; engines that keep none leave it out.
   */
  refreshStatistics?(): Promise<void>;
  health(): Promise<SearchHealth>;
}

export const DEFAULT_SEARCH_LIMIT = 20;
export const MAX_SEARCH_LIMIT = 100;

/** Page and limit of a query, clamped to what engines accept. */
export function pageOf(query: Pick<SearchQuery, 'page' | 'limit'>): { page: number; limit: number; offset: number } {
  const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.trunc(query.limit ?? DEFAULT_SEARCH_LIMIT)));
  const page = Math.max(1, Math.trunc(query.page ?? 1));
  return { page, limit, offset: (page - 1) * limit };
}
