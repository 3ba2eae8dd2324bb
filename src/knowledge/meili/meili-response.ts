import type { FacetDistribution, Hit, SearchResponse } from 'meilisearch';
import type { SearchDocument } from '../search-document.js';
import type { BooleanFacet, FacetValue, SearchFacets, SearchHit, SearchResult } from '../search-port.js';

// Private-use characters as highlight tags: user text cannot contain them (the document builder
// strips them), so after escaping the text as HTML they are the only marks that become <mark>.
export const HIGHLIGHT_PRE_TAG = '\uE000';
export const HIGHLIGHT_POST_TAG = '\uE001';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Engine text with highlight marks to safe HTML: everything escaped, marks turned into
 * `<mark>`…`</mark>`, always balanced (a crop can cut a highlight short).
 */
export function highlightToHtml(text: string): string {
  let out = '';
  let open = false;
  for (const ch of text) {
    if (ch === HIGHLIGHT_PRE_TAG) {
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === HIGHLIGHT_POST_TAG) {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += HTML_ESCAPES[ch] ?? ch;
    }
  }
  return open ? `${out}</mark>` : out;
}

type MeiliHit = Hit<Partial<SearchDocument>>;

function formattedTexts(hit: MeiliHit, attribute: keyof SearchDocument): string[] {
  const value = hit._formatted?.[attribute] ?? hit[attribute];
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return [];
}

/**
 * The snippet of a hit: the first cropped passage (in the given attribute order) that holds a
 * highlight, else the cropped first non-empty one.
 */
export function pickSnippet(hit: MeiliHit, attributes: readonly (keyof SearchDocument)[]): string {
  const candidates = attributes.flatMap((attr) => formattedTexts(hit, attr));
  const best = candidates.find((t) => t.includes(HIGHLIGHT_PRE_TAG)) ?? candidates[0] ?? '';
  return highlightToHtml(best);
}

/** One Meilisearch hit (with `_formatted`, `_rankingScore`) as a port hit. */
export function mapHit(hit: MeiliHit, snippetAttributes: readonly (keyof SearchDocument)[]): SearchHit {
  if (typeof hit.id !== 'string' || (hit.kind !== 'thread' && hit.kind !== 'article')) {
    throw new Error('search hit lacks id or kind: check displayedAttributes and attributesToRetrieve');
  }
  const title = formattedTexts(hit, 'title')[0] ?? '';
  return {
    id: hit.id,
    kind: hit.kind,
    title: highlightToHtml(title),
    snippet: pickSnippet(hit, snippetAttributes),
    score: hit._rankingScore ?? hit._federation?.weightedRankingScore ?? 0,
    categoryId: hit.categoryId ?? '',
    tags: hit.tags ?? [],
    solved: hit.solved === true,
    hasExpertAnswer: hit.hasExpertAnswer === true,
    lastActivityAt: hit.lastActivityAt ?? 0,
  };
}

function valueFacet(counts: Record<string, number> | undefined): FacetValue[] {
  return Object.entries(counts ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function booleanFacet(counts: Record<string, number> | undefined): BooleanFacet {
  return { true: counts?.true ?? 0, false: counts?.false ?? 0 };
}

/** Meilisearch facet counts (booleans arrive as "true"/"false" keys) as port facets. */
export function mapFacets(distribution: FacetDistribution | undefined): SearchFacets {
  return {
    categoryId: valueFacet(distribution?.categoryId),
    tags: valueFacet(distribution?.tags),
    solved: booleanFacet(distribution?.solved),
    hasExpertAnswer: booleanFacet(distribution?.hasExpertAnswer),
  };
}

/** A (federated) Meilisearch search response as a port result for the given page. */
export function mapSearchResponse(
  response: SearchResponse<Partial<SearchDocument>>,
  paging: { page: number; limit: number },
  snippetAttributes: readonly (keyof SearchDocument)[],
): SearchResult {
  return {
    hits: response.hits.map((hit) => mapHit(hit, snippetAttributes)),
    total: response.totalHits ?? response.estimatedTotalHits ?? response.hits.length,
    page: paging.page,
    limit: paging.limit,
    facets: mapFacets(response.facetDistribution),
    processingTimeMs: response.processingTimeMs,
  };
}
