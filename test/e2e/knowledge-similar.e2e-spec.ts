import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DEFAULT_SIMILAR_WEIGHTS, PostgresSearchEngine, type Queryable, type SimilarWeights } from '../../src/knowledge/postgres/postgres-search-engine.js';
import { evaluateRanking, type RankedQuery, type RankingReport } from '../../src/knowledge/ranking-metrics.js';
import { loadSearchDefinitions } from '../../src/knowledge/search-definitions.js';
import { buildThreadDocument } from '../../src/knowledge/search-document.js';
import { tokenize } from '../../src/knowledge/similar-query.js';
import { createTestDatabase } from '../support/test-db.js';

interface Fixture {
  categories: { id: string; name: string }[];
  threads: { id: string; title: string; body: string; tags: string[]; categoryId: string; solved: boolean }[];
  queries: { id: string; title: string; body: string; duplicateOf: string | null }[];
}

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/similar-questions.json'), 'utf8')) as Fixture;
// fixture ids are short labels; the index keys documents by uuid
const uuidOf = (label: string) => {
  const h = createHash('sha256').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const SUGGESTIONS = 5;

const format = (name: string, r: RankingReport) =>
  `${name.padEnd(24)} MAP ${r.overall.map.toFixed(3)}  MRR ${r.overall.mrr.toFixed(3)}  P@1 ${r.overall.precisionAt1.toFixed(3)}` +
  `  | duplicates (${r.answerable.count}): MAP ${r.answerable.map.toFixed(3)} MRR ${r.answerable.mrr.toFixed(3)} P@1 ${r.answerable.precisionAt1.toFixed(3)}` +
  `  | look-alikes (${r.none.count}) left empty: ${r.none.correctRejections}`;

describe('similar questions on test/fixtures/similar-questions.json (PostgreSQL engine)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let pool: pg.Pool;
  let db: Queryable;
  const definitions = loadSearchDefinitions();
  const labelOf = new Map(fixture.threads.map((t) => [uuidOf(t.id), t.id]));

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = new pg.Pool({ connectionString: database.url, max: 4 });
    db = {
      query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows,
      queryPrepared: async (name: string, sql: string, params: unknown[]) => (await pool.query({ name, text: sql, values: params })).rows,
    };
    const categories = new Map(fixture.categories.map((c) => [c.id, c.name]));
    const at = new Date('2025-06-01T12:00:00Z');
    const docs = fixture.threads.map((t) =>
      buildThreadDocument({
        id: uuidOf(t.id),
        title: t.title,
        body: t.body,
        tags: t.tags,
        categoryId: uuidOf(t.categoryId),
        categoryName: categories.get(t.categoryId)!,
        score: 0,
        createdAt: at,
        lastActivityAt: at,
        hidden: false,
        acceptedAnswerBody: t.solved ? 'See the accepted answer.' : null,
        expertAnswerBodies: [],
      }),
    );
    const engine = new PostgresSearchEngine(db, { definitions });
    await engine.upsert(docs);
    // word counts as after a rebuild (similar() starts its candidate scans from the rarest words)
    await engine.refreshStatistics();
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  async function runEngine(weights: SimilarWeights): Promise<RankedQuery[]> {
    const engine = new PostgresSearchEngine(db, { definitions, similar: weights });
    const out: RankedQuery[] = [];
    for (const q of fixture.queries) {
      const hits = await engine.similar(q.title, q.body, SUGGESTIONS);
      out.push({ relevant: q.duplicateOf ? [q.duplicateOf] : [], ranked: hits.map((h) => labelOf.get(h.id)!) });
    }
    return out;
  }

  // The baseline: every word of the question OR-ed, English configuration, ordered by plain ts_rank.
  async function runBaseline(): Promise<RankedQuery[]> {
    const out: RankedQuery[] = [];
    for (const q of fixture.queries) {
      const words = [...new Set(tokenize(`${q.title} ${q.body}`))];
      const rows: { id: string }[] = await db.query(
        `WITH q AS (SELECT to_tsquery('english', $1) AS query)
         SELECT d.id FROM search_documents d, q WHERE to_tsvector('english', d.title || ' ' || d.body) @@ q.query
         ORDER BY ts_rank(to_tsvector('english', d.title || ' ' || d.body), q.query) DESC, d.id LIMIT ${SUGGESTIONS}`,
        [words.map((w) => `'${w.replace(/'/g, '')}'`).join(' | ')],
      );
      out.push({ relevant: q.duplicateOf ? [q.duplicateOf] : [], ranked: rows.map((r) => labelOf.get(r.id)!) });
    }
    return out;
  }

  it('ranks duplicates better than a plain ts_rank baseline and suggests nothing for most look-alikes', async () => {
    const baseline = evaluateRanking(await runBaseline());
    const ours = evaluateRanking(await runEngine(DEFAULT_SIMILAR_WEIGHTS));
    console.log(`similar questions, ${fixture.queries.length} queries over ${fixture.threads.length} threads, top ${SUGGESTIONS}:\n${format('plain ts_rank baseline', baseline)}\n${format('Peerdesk similar()', ours)}`);
    expect(ours.overall.map).toBeGreaterThan(baseline.overall.map);
    expect(ours.overall.mrr).toBeGreaterThan(baseline.overall.mrr);
    expect(ours.overall.precisionAt1).toBeGreaterThan(baseline.overall.precisionAt1);
    expect(ours.answerable.mrr).toBeGreaterThan(baseline.answerable.mrr);
  }, 120000);

  if (process.env.KNOWLEDGE_TUNE) {
    it('tunes the weights (KNOWLEDGE_TUNE=1)', async () => {
      const lines: string[] = [];
      for (const rank of [0, 0.25, 0.5, 1, 2])
        for (const titleCoverage of [0, 0.5, 1, 2])
          for (const titleSimilarity of [0, 0.5, 1, 2]) {
            // fetch without a threshold once, then apply each threshold to the scores (score = t / (1 + t))
            const engine = new PostgresSearchEngine(db, { definitions, similar: { rank, titleCoverage, titleSimilarity, threshold: 0 } });
            const runs = await Promise.all(fixture.queries.map(async (q) => ({ q, hits: await engine.similar(q.title, q.body, SUGGESTIONS) })));
            for (const threshold of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1, 1.2, 1.5]) {
              const ranked = runs.map(({ q, hits }) => ({
                relevant: q.duplicateOf ? [q.duplicateOf] : [],
                ranked: hits.filter((h) => h.score / (1 - h.score) >= threshold).map((h) => labelOf.get(h.id)!),
              }));
              const r = evaluateRanking(ranked);
              lines.push(`${r.overall.map.toFixed(3)} ${r.overall.mrr.toFixed(3)} ${r.overall.precisionAt1.toFixed(3)} dupMRR ${r.answerable.mrr.toFixed(3)} none ${r.none.correctRejections} rank=${rank} cov=${titleCoverage} sim=${titleSimilarity} thr=${threshold}`);
            }
          }
      console.log(lines.sort().reverse().slice(0, 30).join('\n'));
    }, 3600000);
  }
});
