import { highlightToHtml, HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from '../meili/meili-response.js';
import type { SearchDefinitions } from '../search-definitions.js';
import type { SearchDocument } from '../search-document.js';
import {
  type ActivityUpdate,
  pageOf,
  type ReindexReport,
  type SearchEngine,
  type SearchFacets,
  type SearchHealth,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from '../search-port.js';
import { similarQueryTerms, solvedFirst } from '../similar-query.js';
import { QueryVocabulary, type QueryTerm } from './query-terms.js';

/** What the engine needs from a database connection (a TypeORM DataSource or EntityManager). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<any>;
}

/** Weights of the similar-questions score; tuned on test/fixtures/similar-questions.json. */
export interface SimilarWeights {
  /** ts_rank of the whole document, title weighted highest. */
  rank: number;
  /** Share of the question's terms found in the document's title. */
  titleCoverage: number;
  /** Trigram similarity of the titles (typos, word order). */
  titleSimilarity: number;
  /** Below this score nothing is suggested. */
  threshold: number;
}

// chosen by the KNOWLEDGE_TUNE grid in test/e2e/knowledge-similar.e2e-spec.ts: title trigram similarity did not help there
export const DEFAULT_SIMILAR_WEIGHTS: Readonly<SimilarWeights> = Object.freeze({ rank: 1, titleCoverage: 0.25, titleSimilarity: 0, threshold: 0.2 });

export interface PostgresEngineOptions {
  definitions: SearchDefinitions;
  similar?: SimilarWeights;
  /** Documents per statement when reindexing. */
  batchSize?: number;
  now?: () => number;
}

// ts_rank weights in {D, C, B, A} order: title, then question, then answers, then tags/category.
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';
const ORDER: Record<SearchSort, string> = {
  // relevance in steps of 0.01 counts as equal, so that boost (articles, solved, expert) decides
  relevance: 'round(m.rel::numeric, 2) DESC, m.boost DESC, m.score DESC, m.last_activity_at DESC, m.id',
  newest: 'm.created_at DESC, m.id',
  activity: 'm.last_activity_at DESC, m.id',
  score: 'm.score DESC, m.last_activity_at DESC, m.id',
};
const MAX_FACET_VALUES = 100;
const MAX_SIMILAR = 20;
const SIMILAR_CANDIDATES = 200;
const SIMILAR_MIN_CLOSE = 20;
/** Relevance ranks at most this many candidates (see run()). */
const RANK_CANDIDATES = 500;

interface HitRow {
  id: string;
  kind: 'thread' | 'article';
  title: string;
  snippet: string;
  rel: number;
  category_id: string;
  tags: string[];
  solved: boolean;
  has_expert_answer: boolean;
  last_activity_at: string | number;
}

/**
 * Knowledge search on PostgreSQL full-text search: the search_documents table (migration
 * 1764043600000-Knowledge) with a weighted tsvector over exact words, English and Dutch stems, a
 * GIN index, synonyms and stop words from search/, typo fixes from the search_terms vocabulary by
 * trigram similarity, and ts_headline snippets. A search is one statement: matches, page,
 * headlines, total and facets together.
 */
export class PostgresSearchEngine implements SearchEngine {
  private readonly vocabulary: QueryVocabulary;
  private readonly headlineOptions: string;
  private readonly titleHeadlineOptions: string;

  constructor(
    private readonly db: Queryable,
    private readonly options: PostgresEngineOptions,
  ) {
    this.vocabulary = new QueryVocabulary(options.definitions);
    const snippet = options.definitions.ranking.snippet;
    const common = `StartSel="${HIGHLIGHT_PRE_TAG}", StopSel="${HIGHLIGHT_POST_TAG}", ShortWord=1`;
    this.headlineOptions = `${common}, MaxWords=${snippet.cropLength}, MinWords=${Math.max(5, Math.floor(snippet.cropLength / 2))}, MaxFragments=1, FragmentDelimiter=" ${snippet.cropMarker} "`;
    this.titleHeadlineOptions = `${common}, HighlightAll=true`;
  }

  async applySettings(): Promise<void> {
    // The table, configurations and functions come with the migration; check that they are there.
    await this.db.query(`SELECT knowledge_queries('[]'::jsonb, true, false)`);
  }

  async upsert(docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length === 0) return;
    // one row per id: ON CONFLICT cannot touch a row twice in one statement
    const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
    await this.db.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, kind text, title text, body text, "acceptedAnswer" text, "expertAnswers" jsonb,
           tags jsonb, "categoryId" uuid, "categoryName" text, solved boolean, "hasExpertAnswer" boolean, score integer, boost integer,
           visibility text, "lastActivityAt" bigint, "createdAt" bigint)
       ), prepared AS (
         SELECT i.*, ARRAY(SELECT jsonb_array_elements_text(i."expertAnswers")) AS experts, ARRAY(SELECT jsonb_array_elements_text(i.tags)) AS tag_list FROM input i
       ), docs AS (
         INSERT INTO search_documents (id, kind, title, body, accepted_answer, expert_answers, tags, category_id, category_name, solved,
           has_expert_answer, score, boost, visibility, last_activity_at, created_at, indexed_at, tsv, title_tsv)
         SELECT id, kind, title, body, "acceptedAnswer", experts, tag_list, "categoryId", "categoryName", solved, "hasExpertAnswer", score, boost,
           visibility, "lastActivityAt", "createdAt", clock_timestamp(),
           knowledge_tsv(title, body, concat_ws(E'\\n\\n', "acceptedAnswer", array_to_string(experts, E'\\n\\n')), tag_list, "categoryName"),
           knowledge_text_tsv(title)
         FROM prepared
         ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, title = EXCLUDED.title, body = EXCLUDED.body, accepted_answer = EXCLUDED.accepted_answer,
           expert_answers = EXCLUDED.expert_answers, tags = EXCLUDED.tags, category_id = EXCLUDED.category_id, category_name = EXCLUDED.category_name,
           solved = EXCLUDED.solved, has_expert_answer = EXCLUDED.has_expert_answer, score = EXCLUDED.score, boost = EXCLUDED.boost,
           visibility = EXCLUDED.visibility, last_activity_at = EXCLUDED.last_activity_at, created_at = EXCLUDED.created_at,
           indexed_at = EXCLUDED.indexed_at, tsv = EXCLUDED.tsv, title_tsv = EXCLUDED.title_tsv
         RETURNING id
       ), words AS (
         -- the vocabulary that typo fixes choose from; sorted so that concurrent batches lock in one order
         INSERT INTO search_terms (term)
         SELECT DISTINCT w.lexeme FROM prepared p,
           unnest(to_tsvector('knowledge_simple', concat_ws(' ', p.title, p.body, p."acceptedAnswer", array_to_string(p.experts, ' ')))) w
         WHERE length(w.lexeme) BETWEEN 3 AND 40 AND w.lexeme !~ '^[0-9]+$'
         ORDER BY 1
         ON CONFLICT DO NOTHING
       )
       SELECT count(*)::int AS n FROM docs`,
      [JSON.stringify(unique)],
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.query(`DELETE FROM search_documents WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  async updateActivity(docs: readonly ActivityUpdate[]): Promise<void> {
    if (docs.length === 0) return;
    await this.db.query(
      `UPDATE search_documents d SET score = v.score, last_activity_at = v.at, indexed_at = clock_timestamp()
         FROM unnest($1::uuid[], $2::int[], $3::bigint[]) AS v(id, score, at) WHERE d.id = v.id`,
      [docs.map((d) => d.id), docs.map((d) => Math.trunc(d.score)), docs.map((d) => d.lastActivityAt)],
    );
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const { page, limit, offset } = pageOf(query);
    const terms = this.vocabulary.terms(query.text);
    const sort = query.sort ?? 'relevance';
    let result = await this.run(query, terms, true, sort, limit, offset);
    // like Meilisearch's matching strategy: when every word together finds nothing, fewer words may
    if (result.total === 0 && terms.length > 1) result = await this.run(query, terms, false, sort, limit, offset);
    return { ...result, page, limit, processingTimeMs: Math.round(performance.now() - started) };
  }

  async similar(title: string, body: string, limit: number): Promise<SearchHit[]> {
    const cfg = this.options.definitions.ranking.similar;
    const words = similarQueryTerms(title, body, this.vocabulary.stopWords, cfg.maxQueryWords);
    if (words.length === 0) return [];
    const titleWords = new Set(similarQueryTerms(title, '', this.vocabulary.stopWords, cfg.maxQueryWords));
    const terms = this.vocabulary.termsOf(words);
    const w = this.options.similar ?? DEFAULT_SIMILAR_WEIGHTS;
    const titleTerms = terms.filter((t) => titleWords.has(t.a[0]) || t.a[0].split(' ').some((p) => titleWords.has(p)));
    const rows: HitRow[] = await this.db.query(
      `WITH q AS (SELECT match, highlight FROM knowledge_queries($1::jsonb, false, false)),
       title_terms AS (SELECT (knowledge_queries(jsonb_build_array(t.value), false, false)).match FROM jsonb_array_elements($2::jsonb) t),
       pairs AS (SELECT tsquery_or_agg((knowledge_queries(p.value, true, false)).match) AS match FROM jsonb_array_elements($11::jsonb) p),
       -- candidates: titles sharing two words of the question; any one word only when those are few
       close AS (
         SELECT d.id FROM search_documents d
          WHERE d.title_tsv @@ (SELECT match FROM pairs) AND d.visibility = 'public'
          ORDER BY ts_rank(d.title_tsv, (SELECT match FROM q)) DESC LIMIT ${SIMILAR_CANDIDATES}
       ), loose AS (
         SELECT d.id FROM search_documents d
          WHERE (SELECT count(*) FROM close) < ${SIMILAR_MIN_CLOSE} AND d.title_tsv @@ (SELECT match FROM q) AND d.visibility = 'public'
          ORDER BY ts_rank(d.title_tsv, (SELECT match FROM q)) DESC LIMIT ${SIMILAR_CANDIDATES}
       ), candidates AS (SELECT id FROM close UNION SELECT id FROM loose),
       scored AS (
         SELECT d.*, ts_rank('${RANK_WEIGHTS}', d.tsv, q.match) AS r,
                (SELECT count(*) FROM title_terms t WHERE d.title_tsv @@ t.match)::float / greatest(1, (SELECT count(*) FROM title_terms)) AS coverage,
                similarity(d.title, $3) AS s
           FROM candidates c JOIN search_documents d USING (id), q
       ), ranked AS (
         SELECT *, $4::float * r + $5::float * coverage + $6::float * s AS total FROM scored
       )
       SELECT r.id, r.kind, r.title, r.total AS rel, r.category_id, r.tags, r.solved, r.has_expert_answer, r.last_activity_at,
              ts_headline('knowledge_simple', r.title, q.highlight, $8) AS title_hl,
              ts_headline('knowledge_simple', r.body, q.highlight, $9) AS snippet
         FROM ranked r, q
        WHERE r.total >= $7::float
        ORDER BY r.total DESC, r.boost DESC, r.id
        LIMIT $10`,
      [
        JSON.stringify(terms),
        JSON.stringify(titleTerms),
        title,
        w.rank,
        w.titleCoverage,
        w.titleSimilarity,
        w.threshold,
        this.titleHeadlineOptions,
        this.headlineOptions,
        Math.min(MAX_SIMILAR, Math.max(1, Math.trunc(limit))),
        JSON.stringify(pairsOf(titleTerms)),
      ],
    );
    const hits = rows.map((row) => this.toHit({ ...row, title: (row as unknown as { title_hl: string }).title_hl }));
    return cfg.solvedFirst ? solvedFirst(hits) : hits;
  }

  /**
   * Upserts every document, then deletes those the rebuild did not write. Search keeps working
   * throughout (rows are replaced in place); writes racing the rebuild are replayed by the caller.
   */
  async reindex(allDocs: AsyncIterable<SearchDocument>): Promise<ReindexReport> {
    const now = this.options.now ?? Date.now;
    const started = now();
    const batchSize = this.options.batchSize ?? 500;
    const [{ since }] = await this.db.query(`SELECT clock_timestamp() AS since`);
    const counts = { thread: 0, article: 0 };
    let batch: SearchDocument[] = [];
    for await (const doc of allDocs) {
      batch.push(doc);
      counts[doc.kind] += 1;
      if (batch.length >= batchSize) {
        await this.upsert(batch);
        batch = [];
      }
    }
    await this.upsert(batch);
    await this.db.query(`DELETE FROM search_documents WHERE indexed_at < $1`, [since]);
    return { threads: counts.thread, articles: counts.article, durationMs: now() - started };
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.db.query(`SELECT 1 FROM search_documents LIMIT 1`);
      return { ok: true, engine: 'postgres' };
    } catch (error) {
      return { ok: false, engine: 'postgres', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private async run(
    query: SearchQuery,
    terms: QueryTerm[],
    matchAll: boolean,
    sort: SearchSort,
    limit: number,
    offset: number,
  ): Promise<Omit<SearchResult, 'page' | 'limit' | 'processingTimeMs'>> {
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const hasText = terms.length > 0;
    const where: string[] = [];
    const v = query.visibility;
    if (v.scope === 'public') where.push(`d.visibility = 'public'`);
    else if (v.scope === 'categories') where.push(`(d.visibility = 'public' OR d.category_id = ANY(${p([...v.categoryIds])}::uuid[]))`);
    const f = query.filters ?? {};
    if (f.categoryId !== undefined) where.push(`d.category_id = ANY(${p(typeof f.categoryId === 'string' ? [f.categoryId] : [...f.categoryId])}::uuid[])`);
    if (f.tags && f.tags.length > 0) where.push(`d.tags ${f.tagMatch === 'any' ? '&&' : '@>'} ${p(f.tags.map((t) => t.trim().toLowerCase()))}::text[]`);
    if (f.solved !== undefined) where.push(`d.solved = ${p(f.solved)}`);
    if (f.hasExpertAnswer !== undefined) where.push(`d.has_expert_answer = ${p(f.hasExpertAnswer)}`);
    if (f.kind) where.push(`d.kind = ${p(f.kind)}`);
    const q = hasText
      ? `(SELECT match, highlight FROM knowledge_queries(${p(JSON.stringify(terms))}::jsonb, ${p(matchAll)}, true))`
      : `(SELECT NULL::tsquery AS match, NULL::tsquery AS highlight)`;
    // (SELECT …) is an InitPlan parameter the GIN index can use; a join with q would scan the table
    if (hasText) where.push(`d.tsv @@ (SELECT match FROM q)`);
    const rank = (vector: string) => (hasText ? `ts_rank('${RANK_WEIGHTS}', ${vector}, (SELECT match FROM q))` : '0::real');
    const headline = (column: string, options: string) => (hasText ? `ts_headline('knowledge_simple', ${column}, q.highlight, ${options})` : column);
    // only bind what the statement uses: PostgreSQL cannot type an unused parameter
    const snippetOptions = hasText ? p(this.headlineOptions) : '';
    const titleOptions = hasText ? p(this.titleHeadlineOptions) : '';
    const mark = hasText ? p(HIGHLIGHT_PRE_TAG) : '';
    const wanted = new Set(query.facets ?? ['categoryId', 'tags', 'solved', 'hasExpertAnswer']);
    // Ranking reads each document's whole tsvector, so only the best candidates are ranked: those
    // with a match in the title first (the title weighs most), then by boost and score. Below the
    // cap (every small result set) this is the exact order; totals and facets always count all.
    const candidates = Math.max(RANK_CANDIDATES, offset + limit);
    const ranked =
      sort === 'relevance'
        ? `SELECT c.*, ${rank('d.tsv')} AS rel FROM (
             SELECT * FROM m ORDER BY m.in_title DESC, m.boost DESC, m.score DESC, m.last_activity_at DESC, m.id LIMIT ${candidates}
           ) c JOIN search_documents d USING (id)`
        : `SELECT m.*, 0::real AS rel FROM m`;
    const sql = `
      WITH q AS ${q},
      m AS MATERIALIZED (
        SELECT d.id, d.category_id, d.tags, d.solved, d.has_expert_answer, d.boost, d.score, d.last_activity_at, d.created_at,
               ${hasText ? 'd.title_tsv @@ (SELECT match FROM q)' : 'false'} AS in_title
          FROM search_documents d
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ), page AS (
        SELECT m.* FROM (${ranked}) m ORDER BY ${ORDER[sort]} LIMIT ${p(limit)} OFFSET ${p(offset)}
      ), hits AS (
        SELECT row_number() OVER (ORDER BY ${ORDER[sort]}) AS ord, d.id, d.kind, ${sort === 'relevance' ? 'm.rel' : rank('d.tsv')} AS rel,
               d.category_id, d.tags, d.solved, d.has_expert_answer, d.last_activity_at,
               ${headline('d.title', titleOptions)} AS title,
               coalesce(a.text, b.text, e.text, ${hasText ? 'b0.text' : `left(d.body, 300)`}) AS snippet
          FROM page m JOIN search_documents d USING (id) CROSS JOIN q
          ${
            hasText
              ? // the first of question, accepted answer, expert answers that holds a match; each computed only when needed
                `LEFT JOIN LATERAL (SELECT ${headline('d.body', snippetOptions)} AS text) b0 ON true
          LEFT JOIN LATERAL (SELECT b0.text WHERE strpos(b0.text, ${mark}) > 0) b ON true
          LEFT JOIN LATERAL (SELECT h.text FROM (SELECT ${headline('d.accepted_answer', snippetOptions)} AS text WHERE b.text IS NULL AND d.accepted_answer <> '') h WHERE strpos(h.text, ${mark}) > 0) a ON true
          LEFT JOIN LATERAL (SELECT h.text FROM (SELECT ${headline(`array_to_string(d.expert_answers, E'\\n\\n')`, snippetOptions)} AS text
                                                  WHERE b.text IS NULL AND a.text IS NULL AND cardinality(d.expert_answers) > 0) h WHERE strpos(h.text, ${mark}) > 0) e ON true`
              : `LEFT JOIN LATERAL (SELECT NULL::text AS text) a ON true
          LEFT JOIN LATERAL (SELECT NULL::text AS text) b ON true
          LEFT JOIN LATERAL (SELECT NULL::text AS text) e ON true`
          }
      ), counts AS (
        SELECT count(*)::int AS total, count(*) FILTER (WHERE solved)::int AS solved, count(*) FILTER (WHERE has_expert_answer)::int AS experts FROM m
      )
      SELECT
        counts.total,
        json_build_object('true', counts.solved, 'false', counts.total - counts.solved) AS solved,
        json_build_object('true', counts.experts, 'false', counts.total - counts.experts) AS experts,
        ${
          wanted.has('categoryId')
            ? `(SELECT coalesce(json_agg(json_build_object('value', c.category_id, 'count', c.n) ORDER BY c.n DESC, c.category_id), '[]')
           FROM (SELECT category_id, count(*)::int AS n FROM m GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${MAX_FACET_VALUES}) c)`
            : `'[]'::json`
        } AS categories,
        ${
          wanted.has('tags')
            ? `(SELECT coalesce(json_agg(json_build_object('value', t.tag, 'count', t.n) ORDER BY t.n DESC, t.tag), '[]')
           FROM (SELECT tag, count(*)::int AS n FROM (SELECT unnest(m.tags) AS tag FROM m) x GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${MAX_FACET_VALUES}) t)`
            : `'[]'::json`
        } AS tags,
        (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]') FROM hits h) AS hits
      FROM counts`;
    const [row] = await this.db.query(sql, params);
    const facets: SearchFacets = {
      categoryId: row.categories,
      tags: row.tags,
      solved: row.solved,
      hasExpertAnswer: row.experts,
    };
    const hits = (row.hits as HitRow[]).map((h) => this.toHit(hasText ? h : { ...h, snippet: cropWords(h.snippet, this.options.definitions.ranking.snippet) }));
    return { hits, total: row.total, facets };
  }

  private toHit(row: HitRow): SearchHit {
    const rel = Number(row.rel) || 0;
    return {
      id: row.id,
      kind: row.kind,
      title: highlightToHtml(row.title),
      snippet: highlightToHtml(row.snippet ?? ''),
      // ts_rank is unbounded; the port wants 0..1
      score: rel / (1 + rel),
      categoryId: row.category_id,
      tags: row.tags,
      solved: row.solved,
      hasExpertAnswer: row.has_expert_answer,
      lastActivityAt: Number(row.last_activity_at),
    };
  }
}

/** The first `cropLength` words of a text (snippets of an empty-text listing). */
function cropWords(text: string, snippet: { cropLength: number; cropMarker: string }): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= snippet.cropLength ? words.join(' ') : `${words.slice(0, snippet.cropLength).join(' ')} ${snippet.cropMarker}`;
}

/** Every pair of terms, as knowledge_queries() reads a term list. */
function pairsOf<T>(terms: readonly T[]): T[][] {
  const pairs: T[][] = [];
  for (let i = 0; i < terms.length; i++) for (let j = i + 1; j < terms.length; j++) pairs.push([terms[i], terms[j]]);
  return pairs;
}
