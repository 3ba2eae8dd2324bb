import { Module } from '@nestjs/common';
import { ExpertsModule } from '../experts/experts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { ArticlesResolver, ThreadArticleResolver } from './articles/articles.resolver.js';
import { ArticlesService } from './articles/articles.service.js';
import { KnowledgeSearchResolver } from './search/knowledge-search.resolver.js';
import { KnowledgeSearchService } from './search/knowledge-search.service.js';
import { SEARCH_ENGINE, SEARCH_PROVIDERS } from './search-engine.provider.js';
import { IndexSyncService } from './sync/index-sync.service.js';
import { KnowledgeDocuments } from './sync/knowledge-documents.js';

/** Knowledge search (engine chosen by configuration), index sync from the outbox, knowledge articles. */
@Module({
  imports: [ForumModule, ExpertsModule],
  providers: [
    ...SEARCH_PROVIDERS,
    KnowledgeDocuments,
    IndexSyncService,
    KnowledgeSearchService,
    KnowledgeSearchResolver,
    ArticlesService,
    ArticlesResolver,
    ThreadArticleResolver,
  ],
  exports: [SEARCH_ENGINE, IndexSyncService, KnowledgeSearchService, ArticlesService],
})
export class KnowledgeModule {}
