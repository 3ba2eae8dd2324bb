import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth } from '../common/auth/auth.guard.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { AnalyticsReportService } from './analytics-report.service.js';
import {
  AnalyticsBreakdown, AnalyticsInterval, AnalyticsTable, AnalyticsType, DateScalar, NoResultQueryType, RecurringProblemType, TopContributorType,
  WebcareBreakdownRowType,
} from './analytics.types.js';

@Resolver(() => AnalyticsType)
export class AnalyticsResolver {
  constructor(private readonly reports: AnalyticsReportService) {}

  @Query(() => AnalyticsType, { description: 'Community, deflection and webcare figures for the local days from..to (staff)' })
  @Auth('STAFF')
  analytics(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('categoryId', { type: () => ID, nullable: true }, UuidPipe) categoryId: string | null,
    @Args('teamId', { type: () => ID, nullable: true, description: 'Webcare figures of the cases of this team; community figures of the categories routed to it' }, UuidPipe)
    teamId: string | null,
    @Args('interval', { type: () => AnalyticsInterval, nullable: true, defaultValue: AnalyticsInterval.DAY }) interval: AnalyticsInterval,
  ): Promise<AnalyticsType> {
    return this.reports.report({ from, to, interval, categoryId, teamId });
  }

  @ResolveField(() => [WebcareBreakdownRowType], { description: 'Webcare figures per team, agent, priority or opening reason, most cases first' })
  webcareBreakdown(@Parent() a: AnalyticsType, @Args('by', { type: () => AnalyticsBreakdown }) by: AnalyticsBreakdown): Promise<WebcareBreakdownRowType[]> {
    return this.reports.breakdown(a.report.range, a.report.scope, by);
  }

  @ResolveField(() => [TopContributorType], { description: 'Members (not staff) by reputation gained in the range, then accepted answers, then answers' })
  topContributors(@Parent() a: AnalyticsType, @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number): Promise<TopContributorType[]> {
    return this.reports.topContributors(a.report.range, a.report.scope, first);
  }

  @ResolveField(() => [RecurringProblemType], { description: 'Clusters of threads asking the same thing, by members hit in the range' })
  recurringProblems(@Parent() a: AnalyticsType, @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number): Promise<RecurringProblemType[]> {
    return this.reports.recurringProblems(a.report.range, a.report.interval, a.report.scope, first);
  }

  @Query(() => [NoResultQueryType], { description: 'Searches that found nothing, most frequent first (staff)' })
  @Auth('STAFF')
  topNoResultQueries(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ) {
    return this.reports.topNoResultQueries(from, to, first);
  }

  @Query(() => String, { description: 'A table of the analytics page as CSV (default: the series, one row per interval) (staff)' })
  @Auth('STAFF')
  analyticsCsv(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('categoryId', { type: () => ID, nullable: true }, UuidPipe) categoryId: string | null,
    @Args('teamId', { type: () => ID, nullable: true }, UuidPipe) teamId: string | null,
    @Args('interval', { type: () => AnalyticsInterval, nullable: true, defaultValue: AnalyticsInterval.DAY }) interval: AnalyticsInterval,
    @Args('table', { type: () => AnalyticsTable, nullable: true, defaultValue: AnalyticsTable.SERIES }) table: AnalyticsTable,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100, description: 'Rows of ranked tables' }) first: number,
  ): Promise<string> {
    return this.reports.csv(table, { from, to, interval, categoryId, teamId }, first);
  }
}
