import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { Tx } from '../../database/tx.js';
import { ExpertsService } from '../../experts/experts.service.js';
import { SEARCH_ENGINE } from '../search-engine.provider.js';
import type { FacetName, SearchEngine, SearchHit, SearchVisibility } from '../search-port.js';
import type { SearchArgs, SearchHitType, SearchResultType, SimilarQuestionsArgs, SuggestionEventInput } from './search.types.js';
import { SearchKindValue } from './search.types.js';

/** How a cached response keeps counting: `onHit` registers what to run each time the cache serves it. */
export interface SearchCaching {
  onHit(hook: () => void): void;
}

interface LinkRow {
  id: string;
  slug: string;
  thread_slug: string | null;
  category_id: string;
  deleted: boolean;
  hidden: boolean;
}

/**
 * Knowledge search for a viewer: who sees what (visitors and members public content, staff all,
 * experts also hidden content of their categories), links for the hits, and the search log that
 * analytics reads (zero-result queries are the knowledge gaps).
 */
@Injectable()
export class KnowledgeSearchService implements OnApplicationShutdown {
  private readonly logger = new Logger(KnowledgeSearchService.name);
  private pendingHits: EventRow[] = [];
  private hitTimer?: NodeJS.Timeout;

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly experts: ExpertsService,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  async visibilityOf(viewer: Actor | null): Promise<SearchVisibility> {
    if (!viewer) return { scope: 'public' };
    if (isStaff(viewer)) return { scope: 'all' };
    const categoryIds = await this.experts.categoriesOf(this.tx.em, viewer.id);
    return categoryIds.length > 0 ? { scope: 'categories', categoryIds } : { scope: 'public' };
  }

  async search(viewer: Actor | null, args: SearchArgs, facets?: FacetName[], caching?: SearchCaching): Promise<SearchResultType> {
    const visibility = await this.visibilityOf(viewer);
    const result = await this.engine.search({
      text: args.query,
      filters: args.filters ? { ...args.filters, kind: args.filters.kind } : undefined,
      visibility,
      page: args.page,
      limit: args.limit,
      sort: args.sort,
      facets,
    });
    const hits = await this.linked(result.hits, visibility);
    if (args.query.trim() && result.page === 1) {
      await this.log('search', viewer, args.query, args.filters ?? {}, result.total, args.sessionKey);
      caching?.onHit(() => this.logHit('search', args.query, args.filters ?? {}, result.total, args.sessionKey));
    }
    const bool = (b: { true: number; false: number }) => ({ yes: b.true, no: b.false });
    return {
      hits,
      total: result.total,
      page: result.page,
      limit: result.limit,
      processingTimeMs: result.processingTimeMs,
      facets: {
        categories: result.facets.categoryId.map((f) => ({ ...f })),
        tags: result.facets.tags.map((f) => ({ ...f })),
        solved: bool(result.facets.solved),
        hasExpertAnswer: bool(result.facets.hasExpertAnswer),
      },
    };
  }

  /** "Before you post, is this it?": public threads and articles like the question being typed, solved first. */
  async similarQuestions(viewer: Actor | null, args: SimilarQuestionsArgs, caching?: SearchCaching): Promise<SearchHitType[]> {
    const hits = await this.linked(await this.engine.similar(args.title, args.body, args.limit), { scope: 'public' });
    await this.log('similar', viewer, args.title, {}, hits.length, args.sessionKey);
    caching?.onHit(() => this.logHit('similar', args.title, {}, hits.length, args.sessionKey));
    return hits;
  }

  /**
   * Public threads most like an existing thread by the similar-questions ranking (the ask form's),
   * best first, the thread itself left out; scores are the engine's (0..1). Empty for a deleted
   * or unknown thread. Used to cluster threads that ask the same thing.
   */
  async similarThreads(threadId: string, limit: number): Promise<Array<{ id: string; score: number }>> {
    const [thread] = await this.tx.em.query(`SELECT title, body FROM threads WHERE id = $1 AND deleted_at IS NULL`, [threadId]);
    if (!thread) return [];
    const hits = await this.engine.similar(thread.title, thread.body, limit + 1);
    return hits
      .filter((h) => h.kind === 'thread' && h.id !== threadId)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((h) => ({ id: h.id, score: h.score }));
  }

  /** Deflection: what happened to the suggestions shown on the ask form. */
  async recordSuggestionEvent(viewer: Actor | null, input: SuggestionEventInput): Promise<boolean> {
    await this.tx.em.query(
      `INSERT INTO suggestion_events (session_key, user_id, event, suggestion_ids, opened_id, thread_id, created_at)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM threads WHERE id = $6 AND author_id = $2), $7)`,
      [input.sessionKey, viewer?.id ?? null, input.event, input.suggestionIds ?? [], input.openedId ?? null, input.threadId ?? null, this.clock.now()],
    );
    return true;
  }

  /**
   * Adds links to hits and drops any the viewer may not see by the database's current state: the
   * index follows the database within a second, and for that second deleted or hidden content
   * must not show.
   */
  private async linked(hits: readonly SearchHit[], visibility: SearchVisibility): Promise<SearchHitType[]> {
    if (hits.length === 0) return [];
    const rows: LinkRow[] = await this.tx.em.query(
      `SELECT t.id, t.slug, t.slug AS thread_slug, t.category_id, t.deleted_at IS NOT NULL AS deleted, t.hidden_at IS NOT NULL AS hidden
         FROM threads t WHERE t.id = ANY($1::uuid[])
       UNION ALL
       SELECT a.id, a.slug, s.slug, a.category_id, false, a.status = 'HIDDEN'
         FROM knowledge_articles a LEFT JOIN threads s ON s.id = a.source_thread_id AND s.deleted_at IS NULL
        WHERE a.id = ANY($1::uuid[])`,
      [hits.map((h) => h.id)],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const out: SearchHitType[] = [];
    for (const hit of hits) {
      const row = byId.get(hit.id);
      if (!row || row.deleted || (row.hidden && !sees(visibility, row.category_id))) continue;
      out.push({
        ...hit,
        kind: hit.kind === 'article' ? SearchKindValue.ARTICLE : SearchKindValue.THREAD,
        tags: [...hit.tags],
        slug: row.slug,
        threadSlug: row.thread_slug,
        lastActivityAt: new Date(hit.lastActivityAt * 1000),
      });
    }
    return out;
  }

  private async log(kind: 'search' | 'similar', viewer: Actor | null, query: string, filters: object, resultCount: number, sessionKey?: string): Promise<void> {
    await this.insertEvents([eventRow(kind, viewer, query, filters, resultCount, sessionKey, this.clock.now())]);
  }

  /**
   * A search the response cache answered (visitors only): logged with others in one statement
   * every 250 ms. One INSERT per hit would queue without bound at thousands of hits a second.
   */
  private logHit(kind: 'search' | 'similar', query: string, filters: object, resultCount: number, sessionKey?: string): void {
    if (this.pendingHits.length >= MAX_PENDING_HITS) return; // the database is far behind: counts become a lower bound
    this.pendingHits.push(eventRow(kind, null, query, filters, resultCount, sessionKey, this.clock.now()));
    this.hitTimer ??= setTimeout(() => void this.flushHits().catch((e: unknown) => this.logger.warn(`search log: ${String(e)}`)), 250).unref();
  }

  /** Writes the cached searches logged so far (also on shutdown). */
  async flushHits(): Promise<number> {
    this.hitTimer = undefined;
    const rows = this.pendingHits;
    this.pendingHits = [];
    await this.insertEvents(rows);
    return rows.length;
  }

  async onApplicationShutdown(): Promise<void> {
    clearTimeout(this.hitTimer);
    await this.flushHits().catch(() => undefined);
  }

  private async insertEvents(rows: EventRow[]): Promise<void> {
    if (rows.length === 0) return;
    const column = <K extends keyof EventRow>(k: K) => rows.map((r) => r[k]);
    await this.tx.em.query(
      `INSERT INTO search_events (kind, query, normalized, filters, result_count, viewer_id, session_key, created_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::int[], $6::uuid[], $7::text[], $8::timestamptz[])`,
      [column('kind'), column('query'), column('normalized'), column('filters'), column('resultCount'), column('viewerId'), column('sessionKey'), column('createdAt')],
    );
  }
}

const MAX_PENDING_HITS = 20_000;

interface EventRow {
  kind: string;
  query: string;
  normalized: string;
  filters: string;
  resultCount: number;
  viewerId: string | null;
  sessionKey: string | null;
  createdAt: Date;
}

function eventRow(kind: string, viewer: Actor | null, query: string, filters: object, resultCount: number, sessionKey: string | undefined, at: Date): EventRow {
  const text = query.trim().slice(0, 500);
  return { kind, query: text, normalized: text.toLowerCase().replace(/\s+/g, ' '), filters: JSON.stringify(filters), resultCount, viewerId: viewer?.id ?? null, sessionKey: sessionKey ?? null, createdAt: at };
}

function sees(visibility: SearchVisibility, categoryId: string): boolean {
  return visibility.scope === 'all' || (visibility.scope === 'categories' && visibility.categoryIds.includes(categoryId));
}
