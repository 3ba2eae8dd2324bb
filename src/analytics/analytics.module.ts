import { Module } from '@nestjs/common';
import { AnalyticsReportService } from './analytics-report.service.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';

/** Community and webcare figures from daily rollups, refreshed by a periodic job. */
@Module({
  providers: [AnalyticsService, AnalyticsReportService, AnalyticsResolver],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
