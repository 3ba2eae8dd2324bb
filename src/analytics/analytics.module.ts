import { Module } from '@nestjs/common';
import { KnowledgeModule } from '../knowledge/knowledge.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { AnalyticsQueries } from './analytics-queries.service.js';
import { AnalyticsReportService } from './analytics-report.service.js';
import { AnalyticsResolver } from './analytics.resolver.js';
import { AnalyticsService } from './analytics.service.js';
import { ClustersResolver, ThreadKnownIssueResolver } from './clusters/clusters.resolver.js';
import { ClustersService } from './clusters/clusters.service.js';
import { RecurringProblemsService } from './clusters/recurring-problems.service.js';

/** Community and webcare figures from daily rollups refreshed by a periodic job; recurring problems (thread clusters) and known issues. */
@Module({
  imports: [KnowledgeModule, ModerationModule],
  providers: [
    AnalyticsService, AnalyticsQueries, AnalyticsReportService, AnalyticsResolver,
    ClustersService, RecurringProblemsService, ClustersResolver, ThreadKnownIssueResolver,
  ],
  exports: [AnalyticsService, ClustersService],
})
export class AnalyticsModule {}
