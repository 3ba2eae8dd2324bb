import { Injectable } from '@nestjs/common';
import { COUNTERS, AnalyticsService, dayRange, type Interval } from './analytics.service.js';
import type { AnalyticsType } from './analytics.types.js';
import { figures, seriesCsv, sumCounters } from './figures.js';

/** The analytics figures as staff read them: rollup series and totals, raw-data percentiles, CSV. */
@Injectable()
export class AnalyticsReportService {
  constructor(private readonly analytics: AnalyticsService) {}

  async report(from: string, to: string, interval: Interval, categoryId?: string | null): Promise<AnalyticsType> {
    const range = dayRange(from, to);
    const [rows, ttfa] = await Promise.all([this.analytics.series(range, interval, categoryId), this.analytics.timeToFirstAnswer(range, categoryId)]);
    return {
      from,
      to,
      interval: interval as AnalyticsType['interval'],
      timeZone: this.analytics.timeZone,
      totals: figures(sumCounters(rows, COUNTERS)),
      series: rows.map((r) => ({ start: r.start, ...figures(r) })),
      medianTimeToFirstAnswerSeconds: ttfa.median,
      p90TimeToFirstAnswerSeconds: ttfa.p90,
    };
  }

  async csv(from: string, to: string, interval: Interval, categoryId?: string | null): Promise<string> {
    const rows = await this.analytics.series(dayRange(from, to), interval, categoryId);
    return seriesCsv(rows.map((r) => ({ start: r.start, ...figures(r) })));
  }

  topNoResultQueries(from: string, to: string, first: number) {
    return this.analytics.topNoResultQueries(dayRange(from, to), Math.max(1, Math.min(first, 100)));
  }
}
