/**
 * One evaluated query: the ids an engine returned, best first, and the ids that are right.
 * `relevant: []` means the right answer is "none of them": the query duplicates nothing, and the
 * engine should return nothing (it shares words with existing threads but asks something else).
 */
export interface RankedQuery {
  readonly relevant: readonly string[];
  readonly ranked: readonly string[];
}

export interface MetricSet {
  readonly count: number;
  /** Mean average precision. */
  readonly map: number;
  /** Mean reciprocal rank. */
  readonly mrr: number;
  readonly precisionAt1: number;
}

export interface RankingReport {
  /** Queries with a right answer, scored the usual way. */
  readonly answerable: MetricSet;
  /** Queries whose right answer is none: a query scores 1 when nothing was returned, else 0. */
  readonly none: { readonly count: number; readonly correctRejections: number; readonly rejectionRate: number };
  /** All queries, "none" queries scored as above in every metric. */
  readonly overall: MetricSet;
}

function isNone(q: RankedQuery): boolean {
  return q.relevant.length === 0;
}

/** 1 when a "none" query got an empty list, else 0. */
function rejection(q: RankedQuery): number {
  return q.ranked.length === 0 ? 1 : 0;
}

/** Reciprocal rank of the first relevant id (0 when none is returned); see {@link RankedQuery} for "none". */
export function reciprocalRank(q: RankedQuery): number {
  if (isNone(q)) return rejection(q);
  const relevant = new Set(q.relevant);
  const index = q.ranked.findIndex((id) => relevant.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/**
 * Average precision: the mean, over all relevant ids, of the precision at the rank where each is
 * found (0 for those not found). Repeated ids count once, at their first rank.
 */
export function averagePrecision(q: RankedQuery): number {
  if (isNone(q)) return rejection(q);
  const relevant = new Set(q.relevant);
  const seen = new Set<string>();
  let hits = 0;
  let sum = 0;
  q.ranked.forEach((id, index) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (relevant.has(id)) {
      hits += 1;
      sum += hits / (index + 1);
    }
  });
  return sum / relevant.size;
}

/** 1 when the first returned id is relevant (or, for a "none" query, when nothing was returned). */
export function precisionAt1(q: RankedQuery): number {
  if (isNone(q)) return rejection(q);
  return q.ranked.length > 0 && q.relevant.includes(q.ranked[0]) ? 1 : 0;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function metricSet(queries: readonly RankedQuery[]): MetricSet {
  return {
    count: queries.length,
    map: mean(queries.map(averagePrecision)),
    mrr: mean(queries.map(reciprocalRank)),
    precisionAt1: mean(queries.map(precisionAt1)),
  };
}

/** MAP, MRR and precision@1 of a run, over answerable queries, "none" queries and all of them. */
export function evaluateRanking(queries: readonly RankedQuery[]): RankingReport {
  const answerable = queries.filter((q) => !isNone(q));
  const none = queries.filter(isNone);
  const correctRejections = none.filter((q) => rejection(q) === 1).length;
  return {
    answerable: metricSet(answerable),
    none: { count: none.length, correctRejections, rejectionRate: none.length === 0 ? 0 : correctRejections / none.length },
    overall: metricSet(queries),
  };
}
