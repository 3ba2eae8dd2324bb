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
  /**
   * A named statement, parsed and planned once per connection and reused (same name, same text);
   * when absent, query() runs it. Similar questions is one large statement, asked on each keystroke.
   */
  queryPrepared?(name: string, sql: string, parameters: unknown[]): Promise<any[]>;
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
/** Similar questions: titles holding every word of the question's title that make other candidates needless. */
const SIMILAR_MIN_ALL = 5;
/** Similar questions: the titles the driving (rarest) words may bring, by search_term_stats. */
const SIMILAR_SCAN_BUDGET = 1000;
/** Similar questions: titles read per candidate scan at most (when even the rarest word is common). */
const SIMILAR_SCAN_CAP = 1000;
/** Similar questions: titles read per scan for titles sharing one word (the fallback, all alike). */
const SIMILAR_LOOSE_CAP = 300;
/** Similar questions: titles the index may read to find titles sharing three common words. */
const SIMILAR_STRONG_BUDGET = 3000;
/** search_term_stats leaves out words in fewer titles (they count as rare). */
const TERM_STATS_MIN_DOCUMENTS = 10;
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
    const w = this.options.similar ?? DEFAULT_SIMILAR_WEIGHTS;
    // h: a word of the title (knowledge_queries() reads only a and t)
    const terms = this.vocabulary.termsOf(words).map((t) => ({ ...t, h: titleWords.has(t.a[0]) || t.a[0].split(' ').some((p) => titleWords.has(p)) }));
    const sql = `WITH q AS (SELECT match, highlight FROM knowledge_queries($1::jsonb, false, false)),
       -- each word of the question: its query, whether the title has it, and how many titles hold
       -- it (estimated: per alternative, a word counts as its most frequent form, a phrase as its rarest word)
       terms AS MATERIALIZED (
         SELECT t.i, (t.value->>'h')::boolean AS in_title, k.match,
                (SELECT coalesce(sum(n), 0) FROM (
                   SELECT CASE WHEN alt ~ '[[:space:]-]' THEN min(coalesce(s.documents, 0)) ELSE max(coalesce(s.documents, 0)) END AS n
                     FROM jsonb_array_elements_text(t.value->'a') alt
                     CROSS JOIN LATERAL unnest(tsvector_to_array(knowledge_text_tsv(alt))) l
                     LEFT JOIN search_term_stats s ON s.lexeme = l
                    GROUP BY alt) x)::int AS documents
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY t(value, i) CROSS JOIN LATERAL knowledge_queries(jsonb_build_array(t.value), false, false) k
       ),
       -- Rarest first: the words whose titles add up to at most ${SIMILAR_SCAN_BUDGET} drive the candidate
       -- scans (the rarest found in any title always does), and the next rarest word is tried too.
       -- Common words (in thousands of titles) would make the index read all their titles: they do
       -- not drive. With every word rare (a small index) all of them drive, and the candidates are
       -- exactly those of the plain rule: titles sharing two words of the question's title, else
       -- (fewer than ${SIMILAR_MIN_CLOSE}) titles sharing any word.
       ranked AS MATERIALIZED (
         SELECT t.*, coalesce(running <= ${SIMILAR_SCAN_BUDGET} OR running = documents, false) AS drives,
                t.in_title AND (title_running <= ${SIMILAR_SCAN_BUDGET} OR title_running = documents) AS drives_title,
                row_number() OVER (ORDER BY documents, i) AS pos,
                row_number() OVER (PARTITION BY in_title ORDER BY documents, i) AS title_pos
           FROM (SELECT t.*, sum(documents) OVER (ORDER BY documents, i) AS running,
                        sum(documents) FILTER (WHERE in_title) OVER (ORDER BY documents, i) AS title_running
                   FROM terms t) t
       ),
       levels AS MATERIALIZED (
         SELECT r.*, r.pos = (SELECT count(*) FROM ranked WHERE drives) + 1 AS next,
                r.in_title AND r.title_pos = (SELECT count(*) FROM ranked WHERE drives_title) + 1 AS next_title
           FROM ranked r
       ),
       -- titles sharing two words of the title, one of them driving (or the next rarest)
       close_q AS (
         SELECT tsquery_or_agg(d.match && o.match) AS match FROM levels d JOIN levels o ON o.in_title AND o.i <> d.i AND NOT (o.drives_title AND o.i < d.i)
          WHERE d.drives_title
       ),
       close_next_q AS (
         SELECT tsquery_or_agg(d.match && o.match) AS match FROM levels d JOIN levels o ON o.in_title AND NOT o.drives_title AND o.i <> d.i
          WHERE d.next_title
       ),
       -- titles sharing three common words of the title, when the index would read few titles for
       -- it (those of all these words but the two most common)
       strong_q AS (
         SELECT tsquery_or_agg(a.match && b.match && c.match) AS match
           FROM levels a JOIN levels b ON b.in_title AND NOT b.drives_title AND b.i > a.i JOIN levels c ON c.in_title AND NOT c.drives_title AND c.i > b.i
          WHERE a.in_title AND NOT a.drives_title
            AND (SELECT coalesce(sum(documents), 0) FROM (
                   SELECT documents FROM levels WHERE in_title AND NOT drives_title ORDER BY documents DESC OFFSET 2) x) <= ${SIMILAR_STRONG_BUDGET}
       ),
       -- titles with any driving word, or the next rarest
       loose_q AS (SELECT tsquery_or_agg(match) AS match FROM levels WHERE drives),
       loose_next_q AS (SELECT tsquery_or_agg(match) AS match FROM levels WHERE next),
       -- titles holding every word of the title (near duplicates): found cheaply, as the index
       -- reads only the rarest word's titles; when there are enough, nothing else is needed
       all_q AS (SELECT tsquery_and_agg(match) AS match FROM terms WHERE in_title HAVING count(*) >= 2),
       -- each scan reads at most ${SIMILAR_SCAN_CAP} titles (${SIMILAR_LOOSE_CAP} sharing one word); the best candidates by title rank are scored
       shared_all AS (${titleScan('true', 'all_q')}),
       close_rare AS (
         ${titleScan(`(SELECT count(*) FROM shared_all) < ${SIMILAR_MIN_ALL}`, 'close_q')}
         UNION ALL
         ${titleScan(`(SELECT count(*) FROM shared_all) < ${SIMILAR_MIN_ALL}`, 'strong_q')}
       ),
       close AS (
         SELECT * FROM close_rare
         UNION ALL
         ${titleScan(`(SELECT count(*) FROM shared_all) < ${SIMILAR_MIN_ALL} AND (SELECT count(*) FROM close_rare) < ${SIMILAR_MIN_CLOSE}`, 'close_next_q')}
       ),
       loose AS (
         ${titleScan(`(SELECT count(*) FROM shared_all) < ${SIMILAR_MIN_ALL} AND (SELECT count(*) FROM shared_all) + (SELECT count(*) FROM close) < ${SIMILAR_MIN_CLOSE}`, 'loose_q', SIMILAR_LOOSE_CAP)}
         UNION ALL
         ${titleScan(`(SELECT count(*) FROM shared_all) < ${SIMILAR_MIN_ALL} AND (SELECT count(*) FROM shared_all) + (SELECT count(*) FROM close) < ${SIMILAR_MIN_CLOSE}`, 'loose_next_q', SIMILAR_LOOSE_CAP)}
       ),
       candidates AS (
         SELECT id FROM (SELECT * FROM shared_all UNION ALL SELECT * FROM close UNION ALL SELECT * FROM loose) c
          GROUP BY id ORDER BY max(title_rank) DESC, id LIMIT ${SIMILAR_CANDIDATES}
       ),
       scored AS (
         SELECT d.*, ts_rank('${RANK_WEIGHTS}', d.tsv, q.match) AS r,
                (SELECT count(*) FROM terms t WHERE t.in_title AND d.title_tsv @@ t.match)::float / greatest(1, (SELECT count(*) FROM terms WHERE in_title)) AS coverage,
                CASE WHEN $5::float = 0 THEN 0 ELSE similarity(d.title, $2::text) END AS s
           FROM candidates c JOIN search_documents d USING (id), q
       ), ranked_docs AS (
         SELECT *, $3::float * r + $4::float * coverage + $5::float * s AS total FROM scored
       )
       SELECT r.id, r.kind, r.title, r.total AS rel, r.category_id, r.tags, r.solved, r.has_expert_answer, r.last_activity_at,
              ts_headline('knowledge_simple', r.title, q.highlight, $7) AS title_hl,
              ts_headline('knowledge_simple', r.body, q.highlight, $8) AS snippet
         FROM ranked_docs r, q
        WHERE r.total >= $6::float
        ORDER BY r.total DESC, r.boost DESC, r.id
        LIMIT $9`;
    const params = [
      JSON.stringify(terms),
      title,
      w.rank,
      w.titleCoverage,
      w.titleSimilarity,
      w.threshold,
      this.titleHeadlineOptions,
      this.headlineOptions,
      Math.min(MAX_SIMILAR, Math.max(1, Math.trunc(limit))),
    ];
    // the text is the same on every call (only parameters vary): planned once per connection
    const rows: HitRow[] = this.db.queryPrepared ? await this.db.queryPrepared('knowledge_similar', sql, params) : await this.db.query(sql, params);
    const hits = rows.map((row) => this.toHit({ ...row, title: (row as unknown as { title_hl: string }).title_hl }));
    return cfg.solvedFirst ? solvedFirst(hits) : hits;
  }

  /**
   * Counts how many public titles hold each word (search_term_stats), which similar() reads to
   * start from the question's rarest words. Run after a rebuild and periodically.
   */
  async refreshStatistics(): Promise<void> {
    await this.db.query(
      `WITH fresh AS (
         SELECT word AS lexeme, ndoc AS documents FROM ts_stat($$SELECT title_tsv FROM search_documents WHERE visibility = 'public'$$)
          WHERE ndoc >= ${TERM_STATS_MIN_DOCUMENTS}
       ), gone AS (
         DELETE FROM search_term_stats s WHERE NOT EXISTS (SELECT 1 FROM fresh f WHERE f.lexeme = s.lexeme)
       )
       INSERT INTO search_term_stats (lexeme, documents) SELECT lexeme, documents FROM fresh ORDER BY lexeme
       ON CONFLICT (lexeme) DO UPDATE SET documents = EXCLUDED.documents WHERE search_term_stats.documents <> EXCLUDED.documents`,
    );
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
    await this.refreshStatistics();
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

/** Similar questions: public titles matching a query CTE (when `when` holds), at most SIMILAR_SCAN_CAP of them, with their title rank. */
function titleScan(when: string, query: string, cap = SIMILAR_SCAN_CAP): string {
  return `SELECT c.id, ts_rank(c.title_tsv, (SELECT match FROM q)) AS title_rank FROM (
           SELECT d.id, d.title_tsv FROM search_documents d
            WHERE ${when} AND d.title_tsv @@ (SELECT match FROM ${query}) AND d.visibility = 'public' LIMIT ${cap}
         ) c`;
}

/** The first `cropLength` words of a text (snippets of an empty-text listing). */
function cropWords(text: string, snippet: { cropLength: number; cropMarker: string }): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= snippet.cropLength ? words.join(' ') : `${words.slice(0, snippet.cropLength).join(' ')} ${snippet.cropMarker}`;
}
