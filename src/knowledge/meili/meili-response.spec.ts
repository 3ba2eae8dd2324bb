import type { SearchResponse } from 'meilisearch';
import type { SearchDocument } from '../search-document.js';
import { HIGHLIGHT_POST_TAG as E, HIGHLIGHT_PRE_TAG as S, highlightToHtml, mapFacets, mapHit, mapSearchResponse, pickSnippet } from './meili-response.js';

const SNIPPET: (keyof SearchDocument)[] = ['body', 'acceptedAnswer', 'expertAnswers'];

describe('highlightToHtml', () => {
  it('escapes user text and turns the marks into <mark> tags', () => {
    expect(highlightToHtml(`<script>x</script> ${S}router${E} & "modem"`)).toBe(
      '&lt;script&gt;x&lt;/script&gt; <mark>router</mark> &amp; &quot;modem&quot;',
    );
  });

  it('closes a mark a crop cut short and ignores a stray closing mark', () => {
    expect(highlightToHtml(`a ${S}met`)).toBe('a <mark>met</mark>');
    expect(highlightToHtml(`a${E} b`)).toBe('a b');
  });
});

describe('pickSnippet', () => {
  it('takes the first cropped passage holding a highlight, in attribute order', () => {
    const hit = {
      id: 't1',
      kind: 'thread' as const,
      _formatted: { body: '…geen match hier…', acceptedAnswer: `…zet de ${S}omvormer${E} uit…`, expertAnswers: [`${S}omvormer${E} resetten`] },
    };
    expect(pickSnippet(hit, SNIPPET)).toBe('…zet de <mark>omvormer</mark> uit…');
  });

  it('looks into expert answers (an array) and falls back to the cropped question', () => {
    const withExpert = { _formatted: { body: 'vraag', acceptedAnswer: '', expertAnswers: ['eerste', `tweede ${S}glasvezel${E}`] } };
    expect(pickSnippet(withExpert, SNIPPET)).toBe('tweede <mark>glasvezel</mark>');
    expect(pickSnippet({ _formatted: { body: 'De vraag…', acceptedAnswer: '', expertAnswers: [] } }, SNIPPET)).toBe('De vraag…');
    expect(pickSnippet({}, SNIPPET)).toBe('');
  });
});

describe('mapHit', () => {
  it('maps a federated hit with its ranking score', () => {
    const hit = mapHit(
      {
        id: 'a1',
        kind: 'article',
        title: 'Router <resetten>',
        categoryId: 'c1',
        tags: ['router'],
        solved: true,
        hasExpertAnswer: false,
        lastActivityAt: 1767600000,
        _formatted: { title: `${S}Router${E} <resetten>`, body: `Houd de ${S}reset${E}knop…` },
        _rankingScore: 0.91,
        _federation: { indexUid: 'articles', queriesPosition: 1, weightedRankingScore: 0.91 },
      },
      SNIPPET,
    );
    expect(hit).toEqual({
      id: 'a1',
      kind: 'article',
      title: '<mark>Router</mark> &lt;resetten&gt;',
      snippet: 'Houd de <mark>reset</mark>knop…',
      score: 0.91,
      categoryId: 'c1',
      tags: ['router'],
      solved: true,
      hasExpertAnswer: false,
      lastActivityAt: 1767600000,
    });
  });

  it('falls back to the weighted federation score, and fails loudly when id or kind is missing', () => {
    expect(mapHit({ id: 't', kind: 'thread', _federation: { indexUid: 'threads', queriesPosition: 0, weightedRankingScore: 0.5 } }, SNIPPET).score).toBe(0.5);
    expect(() => mapHit({ title: 'x' }, SNIPPET)).toThrow(/id or kind/);
  });
});

describe('mapFacets', () => {
  it('sorts value facets by count and reads booleans from "true"/"false" keys', () => {
    expect(
      mapFacets({ categoryId: { c2: 3, c1: 5, c3: 3 }, tags: { wifi: 2 }, solved: { true: 4, false: 7 }, hasExpertAnswer: { true: 1 } }),
    ).toEqual({
      categoryId: [
        { value: 'c1', count: 5 },
        { value: 'c2', count: 3 },
        { value: 'c3', count: 3 },
      ],
      tags: [{ value: 'wifi', count: 2 }],
      solved: { true: 4, false: 7 },
      hasExpertAnswer: { true: 1, false: 0 },
    });
  });

  it('gives empty facets when the engine sent none', () => {
    expect(mapFacets(undefined)).toEqual({ categoryId: [], tags: [], solved: { true: 0, false: 0 }, hasExpertAnswer: { true: 0, false: 0 } });
  });
});

describe('mapSearchResponse', () => {
  it('takes the total from estimatedTotalHits (federated) or totalHits (paged)', () => {
    const base = { hits: [], processingTimeMs: 4, query: 'x' };
    const federated = { ...base, estimatedTotalHits: 42, limit: 20, offset: 0 } as SearchResponse<Partial<SearchDocument>>;
    const paged = { ...base, totalHits: 7, hitsPerPage: 20, page: 1, totalPages: 1 } as SearchResponse<Partial<SearchDocument>>;
    expect(mapSearchResponse(federated, { page: 1, limit: 20 }, SNIPPET)).toMatchObject({ total: 42, page: 1, limit: 20, processingTimeMs: 4, hits: [] });
    expect(mapSearchResponse(paged, { page: 1, limit: 20 }, SNIPPET).total).toBe(7);
  });
});
