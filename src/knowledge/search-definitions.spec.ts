import { join } from 'node:path';
import { DEFAULT_BOOST_WEIGHTS, DEFAULT_TEXT_LIMITS } from './search-document.js';
import { allStopWords, checkSearchDefinitions, loadSearchDefinitions } from './search-definitions.js';

describe('search/ definitions', () => {
  const defs = loadSearchDefinitions(join(process.cwd(), 'search'));

  it('load without problems', () => {
    expect(checkSearchDefinitions(defs)).toEqual([]);
  });

  it('weigh title first, then question, accepted answer, expert answers, tags, category', () => {
    for (const index of [defs.indexes.threads, defs.indexes.articles]) {
      expect(index.searchableAttributes).toEqual(['title', 'body', 'acceptedAnswer', 'expertAnswers', 'tags', 'categoryName']);
      expect(index.filterableAttributes).toEqual(expect.arrayContaining(['categoryId', 'tags', 'solved', 'hasExpertAnswer', 'kind', 'visibility']));
      expect(index.sortableAttributes).toEqual(expect.arrayContaining(['score', 'lastActivityAt', 'createdAt']));
    }
  });

  it('use the same ranking rules in both indexes, so federated results merge on equal terms', () => {
    expect(defs.indexes.articles.rankingRules).toEqual(defs.indexes.threads.rankingRules);
    const rules = defs.indexes.threads.rankingRules;
    // the boost decides only after every text rule, then score, then recency
    expect(rules.indexOf('boost:desc')).toBeGreaterThan(rules.indexOf('exactness'));
    expect(rules.slice(-3)).toEqual(['boost:desc', 'score:desc', 'lastActivityAt:desc']);
  });

  it('keep the boost weights and text limits the document builder uses by default', () => {
    expect(defs.ranking.boost).toEqual(DEFAULT_BOOST_WEIGHTS);
    expect(defs.ranking.limits).toEqual(DEFAULT_TEXT_LIMITS);
  });

  it('keep negations out of the stop words (they change what a question means)', () => {
    const stop = new Set(allStopWords(defs));
    for (const word of ['not', 'no', 'niet', 'geen', 'off']) expect(stop.has(word)).toBe(false);
    expect(stop.has('the')).toBe(true);
    expect(stop.has('het')).toBe(true);
  });

  it('report unknown attributes, bad rules and a term in two synonym groups', () => {
    const broken = structuredClone(defs);
    broken.indexes.threads.searchableAttributes.push('price' as never);
    broken.indexes.threads.rankingRules.push('price:up');
    broken.synonyms.mutual.push(['bill', 'nota2']);
    const problems = checkSearchDefinitions(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'threads.searchableAttributes: unknown attribute price',
        'threads.rankingRules: bad rule price:up',
        expect.stringMatching(/synonym "bill" is in groups/),
      ]),
    );
  });
});
