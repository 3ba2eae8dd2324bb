import { markdownToText, plainLine } from './markdown-text.js';

/** What a search hit is: a forum thread or a knowledge article. */
export type SearchKind = 'thread' | 'article';

/** Hidden content (moderated) is indexed but only shown to those who may see it. */
export type SearchDocumentVisibility = 'public' | 'hidden';

/**
 * The document both engines index. Text fields are plain text (Markdown stripped); times are
 * epoch seconds so that engines can sort and filter on them as numbers.
 */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  title: string;
  /** The question (threads) or the article text (articles). */
  body: string;
  /** Accepted answer text; '' when there is none. */
  acceptedAnswer: string;
  /** Texts of expert answers other than the accepted one. */
  expertAnswers: string[];
  tags: string[];
  categoryId: string;
  categoryName: string;
  solved: boolean;
  hasExpertAnswer: boolean;
  /** Net votes of the question (threads) or helpful votes (articles). */
  score: number;
  lastActivityAt: number;
  createdAt: number;
  /** Tie-breaker at equal relevance: articles, solved threads and expert answers first. */
  boost: number;
  visibility: SearchDocumentVisibility;
}

/** A thread as the forum hands it to the index: Markdown bodies, Date times. */
export interface ThreadSource {
  id: string;
  title: string;
  /** The question, Markdown. */
  body: string;
  tags: readonly string[];
  categoryId: string;
  categoryName: string;
  score: number;
  createdAt: Date;
  lastActivityAt: Date;
  hidden: boolean;
  /** Markdown of the accepted answer, or null when the thread has none. */
  acceptedAnswerBody: string | null;
  /** Markdown of every answer carrying the expert mark, the accepted one included or not. */
  expertAnswerBodies: readonly string[];
}

/** A knowledge article (promoted from a solved thread or written by staff). */
export interface ArticleSource {
  id: string;
  title: string;
  /** The current version's Markdown. */
  body: string;
  tags: readonly string[];
  categoryId: string;
  categoryName: string;
  /** Helpful votes; 0 when articles are not voted on. */
  score: number;
  createdAt: Date;
  updatedAt: Date;
  /** Unpublished or withdrawn articles are indexed hidden, like moderated threads. */
  hidden: boolean;
}

/** Weights summed into {@link SearchDocument.boost}; mirrored in search/ranking.json. */
export interface BoostWeights {
  article: number;
  solved: number;
  expertAnswer: number;
}

/** Caps on indexed text, so that one huge post cannot slow indexing for everyone. */
export interface TextLimits {
  bodyChars: number;
  answerChars: number;
  expertAnswers: number;
}

export const DEFAULT_BOOST_WEIGHTS: Readonly<BoostWeights> = Object.freeze({ article: 4, solved: 2, expertAnswer: 1 });
export const DEFAULT_TEXT_LIMITS: Readonly<TextLimits> = Object.freeze({ bodyChars: 20000, answerChars: 8000, expertAnswers: 10 });

export interface BuildOptions {
  boost?: BoostWeights;
  limits?: TextLimits;
}

// Meilisearch accepts only these characters in a document id (and PostgreSQL keys are uuids)
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

/**
 * Builds the indexed document of a thread. Solved means it has an accepted answer; an expert
 * answer that is also the accepted one is indexed once, as the accepted answer.
 */
export function buildThreadDocument(source: ThreadSource, options: BuildOptions = {}): SearchDocument {
  const limits = options.limits ?? DEFAULT_TEXT_LIMITS;
  const acceptedAnswer = source.acceptedAnswerBody === null ? '' : clip(markdownToText(source.acceptedAnswerBody), limits.answerChars);
  const expertAnswers = uniqueTexts(source.expertAnswerBodies.map((b) => clip(markdownToText(b), limits.answerChars)))
    .filter((text) => text !== acceptedAnswer)
    .slice(0, limits.expertAnswers);
  const solved = source.acceptedAnswerBody !== null;
  const hasExpertAnswer = source.expertAnswerBodies.length > 0;
  return {
    id: checkId(source.id),
    kind: 'thread',
    title: plainLine(source.title),
    body: clip(markdownToText(source.body), limits.bodyChars),
    acceptedAnswer,
    expertAnswers,
    tags: normalizeTags(source.tags),
    categoryId: source.categoryId,
    categoryName: plainLine(source.categoryName),
    solved,
    hasExpertAnswer,
    score: Math.trunc(source.score),
    lastActivityAt: epochSeconds(source.lastActivityAt),
    createdAt: epochSeconds(source.createdAt),
    boost: computeBoost({ kind: 'thread', solved, hasExpertAnswer }, options.boost),
    visibility: source.hidden ? 'hidden' : 'public',
  };
}

/**
 * Builds the indexed document of a knowledge article. An article is an answer by construction,
 * so it counts as solved; it has no answers of its own, so it never has an expert answer.
 */
export function buildArticleDocument(source: ArticleSource, options: BuildOptions = {}): SearchDocument {
  const limits = options.limits ?? DEFAULT_TEXT_LIMITS;
  return {
    id: checkId(source.id),
    kind: 'article',
    title: plainLine(source.title),
    body: clip(markdownToText(source.body), limits.bodyChars),
    acceptedAnswer: '',
    expertAnswers: [],
    tags: normalizeTags(source.tags),
    categoryId: source.categoryId,
    categoryName: plainLine(source.categoryName),
    solved: true,
    hasExpertAnswer: false,
    score: Math.trunc(source.score),
    lastActivityAt: epochSeconds(source.updatedAt),
    createdAt: epochSeconds(source.createdAt),
    boost: computeBoost({ kind: 'article', solved: true, hasExpertAnswer: false }, options.boost),
    visibility: source.hidden ? 'hidden' : 'public',
  };
}

/** The boost of a document: the sum of the weights of what it is and has. */
export function computeBoost(
  doc: Pick<SearchDocument, 'kind' | 'solved' | 'hasExpertAnswer'>,
  weights: BoostWeights = DEFAULT_BOOST_WEIGHTS,
): number {
  return (doc.kind === 'article' ? weights.article : 0) + (doc.solved ? weights.solved : 0) + (doc.hasExpertAnswer ? weights.expertAnswer : 0);
}

/** Epoch seconds of a date (engines sort and filter on integers). */
export function epochSeconds(at: Date): number {
  const ms = at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('invalid date');
  return Math.floor(ms / 1000);
}

function checkId(id: string): string {
  if (!DOCUMENT_ID.test(id)) throw new RangeError(`search document id ${JSON.stringify(id)} may only hold letters, digits, - and _`);
  return id;
}

function normalizeTags(tags: readonly string[]): string[] {
  return uniqueTexts(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0));
}

function uniqueTexts(texts: readonly string[]): string[] {
  return [...new Set(texts.filter((t) => t.length > 0))];
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  // end on a word boundary when one is near, so the last indexed word is a whole word
  const space = cut.lastIndexOf(' ');
  return space > 0 && space >= max - 40 ? cut.slice(0, space) : cut;
}
