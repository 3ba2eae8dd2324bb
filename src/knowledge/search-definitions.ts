import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BoostWeights, SearchDocument, SearchKind, TextLimits } from './search-document.js';

export type DocumentAttribute = keyof SearchDocument;

/** One index as defined in search/indexes/<uid>.json. */
export interface IndexDefinition {
  uid: string;
  primaryKey: 'id';
  kind: SearchKind;
  /** Most important first. */
  searchableAttributes: DocumentAttribute[];
  filterableAttributes: DocumentAttribute[];
  sortableAttributes: DocumentAttribute[];
  /** Engine built-ins plus `attribute:asc|desc` tie-breakers. */
  rankingRules: string[];
  displayedAttributes: DocumentAttribute[];
  faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, 'alpha' | 'count'> };
  pagination: { maxTotalHits: number };
  searchCutoffMs: number;
}

/** search/synonyms.json: groups of equivalent terms, and terms that also find others. */
export interface SynonymDefinitions {
  mutual: string[][];
  oneWay: Record<string, string[]>;
}

export interface TypoToleranceDefinition {
  enabled: boolean;
  minWordSizeForTypos: { oneTypo: number; twoTypos: number };
  disableOnNumbers: boolean;
  disableOnAttributes: DocumentAttribute[];
  disableOnWords: string[];
}

export interface SimilarDefinition {
  maxQueryWords: number;
  matchingStrategy: 'last' | 'all' | 'frequency';
  rankingScoreThreshold: number;
  solvedFirst: boolean;
}

export interface SnippetDefinition {
  cropLength: number;
  cropMarker: string;
  attributes: DocumentAttribute[];
}

export interface RankingDefinition {
  boost: BoostWeights;
  similar: SimilarDefinition;
  snippet: SnippetDefinition;
  limits: TextLimits;
}

/** Everything in search/ (except search/sentiment), read once at start. */
export interface SearchDefinitions {
  indexes: { threads: IndexDefinition; articles: IndexDefinition };
  synonyms: SynonymDefinitions;
  stopWords: { en: string[]; nl: string[] };
  typoTolerance: TypoToleranceDefinition;
  ranking: RankingDefinition;
}

/**
 * Reads the index definitions from a search/ folder (by default the one in the working
 * directory, which is the project root for `npm start`, the CLI and Jest).
 */
export function loadSearchDefinitions(dir: string = join(process.cwd(), 'search')): SearchDefinitions {
  const read = <T>(file: string): T => JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  const definitions: SearchDefinitions = {
    indexes: { threads: read('indexes/threads.json'), articles: read('indexes/articles.json') },
    synonyms: read('synonyms.json'),
    stopWords: { en: read('stop-words.en.json'), nl: read('stop-words.nl.json') },
    typoTolerance: read('typo-tolerance.json'),
    ranking: read('ranking.json'),
  };
  const problems = checkSearchDefinitions(definitions);
  if (problems.length > 0) throw new Error(`search definitions in ${dir} are invalid:\n- ${problems.join('\n- ')}`);
  return definitions;
}

const ATTRIBUTES: readonly DocumentAttribute[] = [
  'id', 'kind', 'title', 'body', 'acceptedAnswer', 'expertAnswers', 'tags', 'categoryId', 'categoryName',
  'solved', 'hasExpertAnswer', 'score', 'lastActivityAt', 'createdAt', 'boost', 'visibility',
];
const BUILT_IN_RULES = new Set(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
const CUSTOM_RULE = /^([A-Za-z]+):(asc|desc)$/;

/** Lists what is wrong with a set of definitions (unknown attributes, bad rules, duplicate synonyms). */
export function checkSearchDefinitions(defs: SearchDefinitions): string[] {
  const problems: string[] = [];
  const known = new Set<string>(ATTRIBUTES);
  for (const [name, index] of Object.entries(defs.indexes)) {
    const lists: [string, string[]][] = [
      ['searchableAttributes', index.searchableAttributes],
      ['filterableAttributes', index.filterableAttributes],
      ['sortableAttributes', index.sortableAttributes],
      ['displayedAttributes', index.displayedAttributes],
    ];
    for (const [list, attrs] of lists) {
      for (const attr of attrs) if (!known.has(attr)) problems.push(`${name}.${list}: unknown attribute ${attr}`);
    }
    for (const rule of index.rankingRules) {
      const custom = CUSTOM_RULE.exec(rule);
      if (!BUILT_IN_RULES.has(rule) && !(custom && known.has(custom[1]))) problems.push(`${name}.rankingRules: bad rule ${rule}`);
    }
    if (index.primaryKey !== 'id') problems.push(`${name}.primaryKey must be id`);
  }
  const seen = new Map<string, number>();
  defs.synonyms.mutual.forEach((group, i) => {
    if (group.length < 2) problems.push(`synonyms.mutual[${i}] needs two terms or more`);
    for (const term of group) {
      if (term !== term.toLowerCase().trim()) problems.push(`synonym "${term}" must be lower case and trimmed`);
      const other = seen.get(term);
      if (other !== undefined) problems.push(`synonym "${term}" is in groups ${other} and ${i}; merge them`);
      seen.set(term, i);
    }
  });
  for (const word of [...defs.stopWords.en, ...defs.stopWords.nl]) {
    if (word !== word.toLowerCase().trim() || /\s/.test(word)) problems.push(`stop word "${word}" must be one lower-case word`);
  }
  return problems;
}

/** Stop words of both languages, deduplicated (the index holds English and Dutch side by side). */
export function allStopWords(defs: Pick<SearchDefinitions, 'stopWords'>): string[] {
  return [...new Set([...defs.stopWords.en, ...defs.stopWords.nl])].sort();
}
