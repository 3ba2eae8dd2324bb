import type { SearchFilters, SearchVisibility } from '../search-port.js';

/**
 * A string value as a Meilisearch filter literal: double-quoted, with backslashes and double
 * quotes escaped (the filter parser unescapes `\"` and `\\` inside quotes).
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** The visibility clause for a viewer, or undefined when the viewer may see everything. */
export function visibilityFilter(visibility: SearchVisibility): string | undefined {
  switch (visibility.scope) {
    case 'all':
      return undefined;
    case 'public':
      return 'visibility = "public"';
    case 'categories': {
      const ids = [...new Set(visibility.categoryIds)];
      // no categories means no hidden content at all: the most restrictive reading
      if (ids.length === 0) return 'visibility = "public"';
      return `(visibility = "public" OR (visibility = "hidden" AND ${inList('categoryId', ids)}))`;
    }
  }
}

/**
 * The Meilisearch filter expression for a query's filters and the viewer's visibility, clauses
 * joined by AND; undefined when nothing restricts the search. Empty lists restrict nothing.
 */
export function buildMeiliFilter(filters: SearchFilters | undefined, visibility: SearchVisibility): string | undefined {
  const clauses: string[] = [];
  const vis = visibilityFilter(visibility);
  if (vis) clauses.push(vis);
  if (filters) {
    const { categoryId, tags, tagMatch = 'all', solved, hasExpertAnswer, kind } = filters;
    if (typeof categoryId === 'string') clauses.push(`categoryId = ${quoteFilterValue(categoryId)}`);
    else if (categoryId && categoryId.length === 1) clauses.push(`categoryId = ${quoteFilterValue(categoryId[0])}`);
    else if (categoryId && categoryId.length > 1) clauses.push(inList('categoryId', [...new Set(categoryId)]));
    const tagList = [...new Set(tags ?? [])];
    if (tagList.length === 1) clauses.push(`tags = ${quoteFilterValue(tagList[0])}`);
    else if (tagList.length > 1 && tagMatch === 'any') clauses.push(inList('tags', tagList));
    else if (tagList.length > 1) clauses.push(...tagList.map((t) => `tags = ${quoteFilterValue(t)}`));
    if (solved !== undefined) clauses.push(`solved = ${solved}`);
    if (hasExpertAnswer !== undefined) clauses.push(`hasExpertAnswer = ${hasExpertAnswer}`);
    if (kind) clauses.push(`kind = ${quoteFilterValue(kind)}`);
  }
  return clauses.length > 0 ? clauses.join(' AND ') : undefined;
}
