import type { Settings } from 'meilisearch';
import { allStopWords, type IndexDefinition, type SearchDefinitions, type SynonymDefinitions } from '../search-definitions.js';

/**
 * Meilisearch synonyms from our groups: every term of a mutual group finds every other term of
 * it; a one-way entry finds its targets but not the reverse. Meilisearch wants one key per term.
 */
export function expandSynonyms(defs: SynonymDefinitions): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    if (from === to) return;
    let targets = map.get(from);
    if (!targets) map.set(from, (targets = new Set()));
    targets.add(to);
  };
  for (const group of defs.mutual) for (const a of group) for (const b of group) add(a, b);
  for (const [from, targets] of Object.entries(defs.oneWay)) for (const to of targets) add(from, to);
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}

/** The full settings object for one index, ready for `index.updateSettings`. */
export function buildMeiliSettings(defs: SearchDefinitions, index: IndexDefinition): Settings {
  const typo = defs.typoTolerance;
  return {
    searchableAttributes: [...index.searchableAttributes],
    filterableAttributes: [...index.filterableAttributes],
    sortableAttributes: [...index.sortableAttributes],
    displayedAttributes: [...index.displayedAttributes],
    rankingRules: [...index.rankingRules],
    stopWords: allStopWords(defs),
    synonyms: expandSynonyms(defs.synonyms),
    typoTolerance: {
      enabled: typo.enabled,
      minWordSizeForTypos: { ...typo.minWordSizeForTypos },
      disableOnNumbers: typo.disableOnNumbers,
      disableOnAttributes: [...typo.disableOnAttributes],
      disableOnWords: [...typo.disableOnWords],
    },
    faceting: { maxValuesPerFacet: index.faceting.maxValuesPerFacet, sortFacetValuesBy: { ...index.faceting.sortFacetValuesBy } },
    pagination: { maxTotalHits: index.pagination.maxTotalHits },
    searchCutoffMs: index.searchCutoffMs,
  };
}
