import { Injectable } from '@nestjs/common';
import { AnalyticsQueries, type Breakdown, type Scope } from './analytics-queries.service.js';
import { AnalyticsService, dayRange, type DayRange, type Interval } from './analytics.service.js';
import { AnalyticsTable, type AnalyticsType, type TopContributorType, type WebcareBreakdownRowType } from './analytics.types.js';
import { RecurringProblemsService } from './clusters/recurring-problems.service.js';
import { figures, SERIES_COLUMNS, sumCounters, toCsv, webcareFigures } from './figures.js';
import { COUNTERS } from './rollup-sql.js';

export interface ReportArgs {
  from: string;
  to: string;
  interval: Interval;
  categoryId?: string | null;
  teamId?: string | null;
}

const BREAKDOWN_OF: Partial<Record<AnalyticsTable, Breakdown>> = {
  [AnalyticsTable.TEAMS]: 'TEAM',
  [AnalyticsTable.AGENTS]: 'AGENT',
  [AnalyticsTable.PRIORITIES]: 'PRIORITY',
  [AnalyticsTable.REASONS]: 'REASON',
};

const BREAKDOWN_COLUMNS: Array<keyof WebcareBreakdownRowType & string> = [
  'key', 'label', 'casesOpened', 'slaFirstResponseCompliance', 'slaResolutionCompliance', 'slaCompliance', 'firstResponseBreaches', 'resolutionBreaches',
  'medianResolutionSeconds', 'transfersPerCase', 'averageRating', 'satisfiedShare', 'ratings',
];

const clamp = (n: number, max: number) => Math.max(1, Math.min(Math.trunc(n), max));

/**
 * The analytics figures as staff read them: series and totals over a range (rollups, and the raw
 * data where a figure needs every value), webcare breakdowns, top contributors, recurring
 * problems and the knowledge gaps, and every table as CSV.
 */
@Injectable()
export class AnalyticsReportService {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly queries: AnalyticsQueries,
    private readonly problems: RecurringProblemsService,
  ) {}

  async report(args: ReportArgs): Promise<AnalyticsType> {
    const range = dayRange(args.from, args.to);
    const scope = await this.queries.scope(args.categoryId ?? null, args.teamId ?? null);
    const [rows, backlog, members, times] = await Promise.all([
      this.queries.counters(range, args.interval, scope),
      this.queries.backlog(range, args.interval, scope),
      this.queries.activeMembers(range, args.interval, scope),
      this.queries.responseTimes(range, args.interval, scope),
    ]);
    const empty = { medianTimeToFirstAnswerSeconds: null, p90TimeToFirstAnswerSeconds: null, medianTimeToAcceptedAnswerSeconds: null, p90TimeToAcceptedAnswerSeconds: null };
    const series = rows.map((r) => ({
      start: r.start,
      ...figures(r),
      activeMembers: members.byStart.get(r.start) ?? 0,
      backlog: backlog.get(r.start) ?? 0,
      ...(times.byStart.get(r.start) ?? empty),
    }));
    return {
      from: range.from,
      to: range.to,
      interval: args.interval as AnalyticsType['interval'],
      categoryId: scope.categoryId,
      teamId: scope.teamId,
      timeZone: this.analytics.timeZone,
      totals: {
        ...figures(sumCounters(rows, COUNTERS)),
        activeMembers: members.total,
        backlog: series.length ? series[series.length - 1].backlog : 0,
        ...times.total,
      },
      series,
      medianTimeToFirstAnswerSeconds: times.total.medianTimeToFirstAnswerSeconds,
      p90TimeToFirstAnswerSeconds: times.total.p90TimeToFirstAnswerSeconds,
      report: { range, interval: args.interval, scope },
    };
  }

  async breakdown(range: DayRange, scope: Scope, by: Breakdown): Promise<WebcareBreakdownRowType[]> {
    const rows = await this.queries.breakdown(range, scope, by);
    return rows.map((r) => ({ key: r.key, label: r.label, ...webcareFigures(r), medianResolutionSeconds: r.medianResolutionSeconds }));
  }

  async topContributors(range: DayRange, scope: Scope, first: number): Promise<TopContributorType[]> {
    const rows = await this.queries.topContributors(range, scope, clamp(first, 100));
    return rows.map((r) => ({ memberId: r.userId, displayName: r.displayName, reputationGained: r.reputationGained, answers: r.answers, acceptedAnswers: r.acceptedAnswers }));
  }

  recurringProblems(range: DayRange, interval: Interval, scope: Scope, first: number) {
    return this.problems.top(range, interval, scope, clamp(first, 100));
  }

  topNoResultQueries(from: string, to: string, first: number) {
    return this.queries.topNoResultQueries(dayRange(from, to), clamp(first, 100));
  }

  /** One table of the analytics page as CSV (RFC 4180, CRLF), with the same figures the page shows. */
  async csv(table: AnalyticsTable, args: ReportArgs, first = 100): Promise<string> {
    const range = dayRange(args.from, args.to);
    const scope = await this.queries.scope(args.categoryId ?? null, args.teamId ?? null);
    const by = BREAKDOWN_OF[table];
    if (by) return toCsv(BREAKDOWN_COLUMNS, await this.breakdown(range, scope, by));
    switch (table) {
      case AnalyticsTable.TOP_CONTRIBUTORS:
        return toCsv(['memberId', 'displayName', 'reputationGained', 'acceptedAnswers', 'answers'], await this.topContributors(range, scope, first));
      case AnalyticsTable.NO_RESULT_QUERIES:
        return toCsv(['query', 'count', 'lastSearchedAt'], await this.topNoResultQueries(args.from, args.to, first));
      case AnalyticsTable.RECURRING_PROBLEMS: {
        const rows = await this.recurringProblems(range, args.interval, scope, first);
        return toCsv(
          ['clusterId', 'title', 'threadSlug', 'threadCount', 'newThreads', 'membersHit', 'previousMembersHit', 'rising', 'knownIssue', 'sparkline'],
          rows.map((r) => ({ ...r, rising: r.rising ? 'yes' : 'no', knownIssue: r.knownIssue?.status ?? '', sparkline: r.sparkline.join(' ') })),
        );
      }
      default: {
        const report = await this.report(args);
        return toCsv(['start', ...SERIES_COLUMNS], report.series);
      }
    }
  }
}
