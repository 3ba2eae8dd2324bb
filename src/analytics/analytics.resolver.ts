import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Auth } from '../common/auth/auth.guard.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { AnalyticsReportService } from './analytics-report.service.js';
import { AnalyticsInterval, AnalyticsType, DateScalar, NoResultQueryType } from './analytics.types.js';

@Resolver()
export class AnalyticsResolver {
  constructor(private readonly reports: AnalyticsReportService) {}

  @Query(() => AnalyticsType, { description: 'Community, deflection and webcare figures for the local days from..to (staff)' })
  @Auth('STAFF')
  analytics(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('categoryId', { type: () => ID, nullable: true }, UuidPipe) categoryId: string | null,
    @Args('interval', { type: () => AnalyticsInterval, nullable: true, defaultValue: AnalyticsInterval.DAY }) interval: AnalyticsInterval,
  ): Promise<AnalyticsType> {
    return this.reports.report(from, to, interval, categoryId);
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

  @Query(() => String, { description: 'The analytics series as CSV, one row per interval (staff)' })
  @Auth('STAFF')
  analyticsCsv(
    @Args('from', { type: () => DateScalar }) from: string,
    @Args('to', { type: () => DateScalar }) to: string,
    @Args('categoryId', { type: () => ID, nullable: true }, UuidPipe) categoryId: string | null,
    @Args('interval', { type: () => AnalyticsInterval, nullable: true, defaultValue: AnalyticsInterval.DAY }) interval: AnalyticsInterval,
  ): Promise<string> {
    return this.reports.csv(from, to, interval, categoryId);
  }
}
