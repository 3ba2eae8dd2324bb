import { averagePrecision, evaluateRanking, precisionAt1, reciprocalRank, type RankedQuery } from './ranking-metrics.js';

describe('ranking metrics', () => {
  const first: RankedQuery = { relevant: ['a'], ranked: ['a', 'b', 'c'] };
  const third: RankedQuery = { relevant: ['a'], ranked: ['x', 'y', 'a'] };
  const missing: RankedQuery = { relevant: ['a'], ranked: ['x', 'y'] };
  const rejected: RankedQuery = { relevant: [], ranked: [] };
  const falseAlarm: RankedQuery = { relevant: [], ranked: ['x'] };

  it('reciprocal rank is 1/rank of the first relevant id, 0 when it is absent', () => {
    expect(reciprocalRank(first)).toBe(1);
    expect(reciprocalRank(third)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(missing)).toBe(0);
  });

  it('average precision averages precision at each relevant rank over all relevant ids', () => {
    // relevant a and c at ranks 1 and 3: (1/1 + 2/3) / 2 = 5/6
    expect(averagePrecision({ relevant: ['a', 'c'], ranked: ['a', 'b', 'c'] })).toBeCloseTo(5 / 6);
    // only one of two relevant found, at rank 2: (1/2) / 2 = 1/4
    expect(averagePrecision({ relevant: ['a', 'c'], ranked: ['b', 'a'] })).toBeCloseTo(1 / 4);
    // one relevant id: AP equals the reciprocal rank
    expect(averagePrecision(third)).toBeCloseTo(1 / 3);
    // a repeated id counts once
    expect(averagePrecision({ relevant: ['a', 'b'], ranked: ['a', 'a', 'b'] })).toBeCloseTo((1 + 2 / 3) / 2);
  });

  it('precision@1 looks at the first id only', () => {
    expect(precisionAt1(first)).toBe(1);
    expect(precisionAt1(third)).toBe(0);
    expect(precisionAt1({ relevant: ['a'], ranked: [] })).toBe(0);
  });

  it('scores a "none" query 1 when nothing is returned and 0 when something is', () => {
    for (const metric of [reciprocalRank, averagePrecision, precisionAt1]) {
      expect(metric(rejected)).toBe(1);
      expect(metric(falseAlarm)).toBe(0);
    }
  });

  it('reports answerable, "none" and overall figures separately', () => {
    const report = evaluateRanking([first, third, missing, rejected, falseAlarm]);
    // answerable: RR 1, 1/3, 0 -> MRR 4/9; AP the same; P@1 1, 0, 0 -> 1/3
    expect(report.answerable.count).toBe(3);
    expect(report.answerable.mrr).toBeCloseTo(4 / 9);
    expect(report.answerable.map).toBeCloseTo(4 / 9);
    expect(report.answerable.precisionAt1).toBeCloseTo(1 / 3);
    expect(report.none).toEqual({ count: 2, correctRejections: 1, rejectionRate: 0.5 });
    // overall: (1 + 1/3 + 0 + 1 + 0) / 5 = 7/15; P@1 (1 + 0 + 0 + 1 + 0) / 5
    expect(report.overall.count).toBe(5);
    expect(report.overall.mrr).toBeCloseTo(7 / 15);
    expect(report.overall.map).toBeCloseTo(7 / 15);
    expect(report.overall.precisionAt1).toBeCloseTo(2 / 5);
  });

  it('reports zeros for an empty run instead of NaN', () => {
    const report = evaluateRanking([]);
    expect(report.overall).toEqual({ count: 0, map: 0, mrr: 0, precisionAt1: 0 });
    expect(report.none.rejectionRate).toBe(0);
  });
});
