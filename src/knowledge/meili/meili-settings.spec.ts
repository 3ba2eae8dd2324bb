import { join } from 'node:path';
import { loadSearchDefinitions } from '../search-definitions.js';
import { buildMeiliSettings, expandSynonyms } from './meili-settings.js';

describe('expandSynonyms', () => {
  it('makes every term of a group find the others, and one-way terms find their targets only', () => {
    const map = expandSynonyms({ mutual: [['invoice', 'bill', 'factuur']], oneWay: { meterkast: ['meter'] } });
    expect(map).toEqual({
      bill: ['factuur', 'invoice'],
      factuur: ['bill', 'invoice'],
      invoice: ['bill', 'factuur'],
      meterkast: ['meter'],
    });
    expect(map.meter).toBeUndefined();
  });

  it('merges a one-way entry into the targets of a term that is also in a group', () => {
    const map = expandSynonyms({ mutual: [['opzeggen', 'cancel']], oneWay: { opzeggen: ['termination'] } });
    expect(map.opzeggen).toEqual(['cancel', 'termination']);
  });
});

describe('buildMeiliSettings', () => {
  const defs = loadSearchDefinitions(join(process.cwd(), 'search'));
  const settings = buildMeiliSettings(defs, defs.indexes.threads);

  it('carries the index definition over unchanged', () => {
    expect(settings.searchableAttributes).toEqual(['title', 'body', 'acceptedAnswer', 'expertAnswers', 'tags', 'categoryName']);
    expect(settings.filterableAttributes).toEqual(['categoryId', 'tags', 'solved', 'hasExpertAnswer', 'kind', 'visibility']);
    expect(settings.sortableAttributes).toEqual(['score', 'lastActivityAt', 'createdAt']);
    expect(settings.rankingRules).toEqual([
      'words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'boost:desc', 'score:desc', 'lastActivityAt:desc',
    ]);
    expect(settings.pagination).toEqual({ maxTotalHits: 1000 });
  });

  it('merges English and Dutch stop words and expands the bilingual synonyms', () => {
    expect(settings.stopWords).toEqual(expect.arrayContaining(['the', 'de', 'het', 'and', 'en']));
    expect(new Set(settings.stopWords).size).toBe(settings.stopWords!.length);
    expect(settings.synonyms!['slimme meter']).toContain('smart meter');
    expect(settings.synonyms!['smart meter']).toContain('slimme meter');
    expect(settings.synonyms!.storing).toEqual(expect.arrayContaining(['outage', 'power cut']));
    expect(settings.synonyms!.factuur).toEqual(expect.arrayContaining(['invoice', 'bill', 'rekening']));
    expect(settings.synonyms!.opzeggen).toEqual(expect.arrayContaining(['termination', 'cancel']));
  });

  it('sets typo tolerance from search/typo-tolerance.json', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
      disableOnNumbers: true,
      disableOnAttributes: ['tags'],
      disableOnWords: expect.arrayContaining(['iban', '5g']),
    });
  });

  it('builds a fresh object each time (the engine may hand it to a client that mutates)', () => {
    const again = buildMeiliSettings(defs, defs.indexes.threads);
    again.searchableAttributes!.push('x');
    expect(defs.indexes.threads.searchableAttributes).not.toContain('x');
  });
});
