import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateRanking, type RankedQuery } from './ranking-metrics.js';
import { allStopWords, loadSearchDefinitions } from './search-definitions.js';
import { tokenize } from './similar-query.js';

interface FixtureThread {
  id: string;
  lang: 'en' | 'nl';
  categoryId: string;
  title: string;
  body: string;
  tags: string[];
  solved: boolean;
}

interface FixtureQuery {
  id: string;
  lang: 'en' | 'nl';
  title: string;
  body: string;
  duplicateOf: string | null;
  variation?: 'paraphrase' | 'translation' | 'typo' | 'word-order';
  sharesTermsWith?: string;
}

interface Fixture {
  categories: { id: string; name: string }[];
  threads: FixtureThread[];
  queries: FixtureQuery[];
}

const fixture = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/similar-questions.json'), 'utf8')) as Fixture;

describe('test/fixtures/similar-questions.json', () => {
  const threadIds = new Set(fixture.threads.map((t) => t.id));
  const categoryIds = new Set(fixture.categories.map((c) => c.id));

  it('holds at least 120 threads, 200 duplicate questions and 60 look-alikes that duplicate nothing', () => {
    expect(fixture.threads.length).toBeGreaterThanOrEqual(120);
    expect(fixture.queries.filter((q) => q.duplicateOf !== null).length).toBeGreaterThanOrEqual(200);
    expect(fixture.queries.filter((q) => q.duplicateOf === null).length).toBeGreaterThanOrEqual(60);
  });

  it('has unique ids and only references threads and categories that exist', () => {
    expect(threadIds.size).toBe(fixture.threads.length);
    expect(new Set(fixture.queries.map((q) => q.id)).size).toBe(fixture.queries.length);
    for (const t of fixture.threads) expect(categoryIds.has(t.categoryId)).toBe(true);
    for (const q of fixture.queries) {
      if (q.duplicateOf !== null) {
        expect(threadIds.has(q.duplicateOf)).toBe(true);
        expect(q.variation).toBeDefined();
      } else {
        expect(threadIds.has(q.sharesTermsWith!)).toBe(true);
      }
    }
  });

  it('mixes English and Dutch on both sides, and every kind of variation', () => {
    const langs = (items: { lang: string }[]) => new Set(items.map((i) => i.lang));
    expect(langs(fixture.threads)).toEqual(new Set(['en', 'nl']));
    expect(langs(fixture.queries)).toEqual(new Set(['en', 'nl']));
    const variations = new Set(fixture.queries.map((q) => q.variation).filter(Boolean));
    expect(variations).toEqual(new Set(['paraphrase', 'translation', 'typo', 'word-order']));
  });

  it('really shares words between each look-alike and the thread it resembles', () => {
    const stop = new Set(allStopWords(loadSearchDefinitions(join(process.cwd(), 'search'))));
    const words = (text: string) => new Set(tokenize(text).filter((w) => !stop.has(w) && w.length > 2));
    const byId = new Map(fixture.threads.map((t) => [t.id, t]));
    const withoutOverlap = fixture.queries
      .filter((q) => q.duplicateOf === null)
      .filter((q) => {
        const t = byId.get(q.sharesTermsWith!)!;
        const threadWords = words(`${t.title} ${t.body} ${t.tags.join(' ')}`);
        return ![...words(`${q.title} ${q.body}`)].some((w) => threadWords.has(w));
      })
      .map((q) => q.id);
    expect(withoutOverlap).toEqual([]);
  });

  it('is neither trivial nor noise for a plain word-overlap ranker (a floor the engines must beat)', () => {
    const stop = new Set(allStopWords(loadSearchDefinitions(join(process.cwd(), 'search'))));
    const words = (text: string) => new Set(tokenize(text).filter((w) => !stop.has(w)));
    const docs = fixture.threads.map((t) => ({ id: t.id, words: words(`${t.title} ${t.title} ${t.body}`) }));
    const run: RankedQuery[] = fixture.queries
      .filter((q) => q.duplicateOf !== null)
      .map((q) => {
        const qw = words(`${q.title} ${q.body}`);
        const scored = docs
          .map((d) => ({ id: d.id, score: [...qw].filter((w) => d.words.has(w)).length }))
          .filter((d) => d.score > 0)
          .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
        return { relevant: [q.duplicateOf!], ranked: scored.slice(0, 10).map((d) => d.id) };
      });
    const { answerable } = evaluateRanking(run);
    // translations share few words with their thread, so overlap alone must fall well short of 1
    expect(answerable.mrr).toBeGreaterThan(0.3);
    expect(answerable.mrr).toBeLessThan(0.9);
  });
});
