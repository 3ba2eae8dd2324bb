import { Module } from '@nestjs/common';
import { ExpertsModule } from '../experts/experts.module.js';
import { ExpertsResolver, UserCertificationsResolver } from '../experts/experts.resolver.js';
import { ReputationModule } from '../reputation/reputation.module.js';
import { UsersModule } from '../users/users.module.js';
import { AnswersResolver } from './answers/answers.resolver.js';
import { AnswersService } from './answers/answers.service.js';
import { CategoriesResolver } from './categories/categories.resolver.js';
import { CategoriesService } from './categories/categories.service.js';
import { CommentsResolver } from './comments/comments.resolver.js';
import { CommentsService } from './comments/comments.service.js';
import { ForumLoaders } from './forum.loaders.js';
import { ContentService } from './markdown/content.service.js';
import { MarkdownResolver } from './markdown/markdown.resolver.js';
import { PostAccessService } from './post-access.service.js';
import { RevisionsResolver } from './revisions/revisions.resolver.js';
import { RevisionsService } from './revisions/revisions.service.js';
import { TagsResolver } from './tags/tags.resolver.js';
import { TagsService } from './tags/tags.service.js';
import { ThreadViewsService } from './threads/thread-views.service.js';
import { ThreadsResolver } from './threads/threads.resolver.js';
import { ThreadsService } from './threads/threads.service.js';
import { UserPostsResolver } from './user-posts.resolver.js';
import { VotesResolver } from './votes/votes.resolver.js';
import { VotesService } from './votes/votes.service.js';

@Module({
  imports: [UsersModule, ReputationModule, ExpertsModule],
  providers: [
    CategoriesService, CategoriesResolver,
    TagsService, TagsResolver,
    ThreadsService, ThreadsResolver, ThreadViewsService,
    AnswersService, AnswersResolver,
    CommentsService, CommentsResolver,
    VotesService, VotesResolver,
    RevisionsService, RevisionsResolver,
    ContentService, MarkdownResolver,
    PostAccessService, ForumLoaders,
    UserPostsResolver, ExpertsResolver, UserCertificationsResolver,
  ],
  exports: [ThreadsService, AnswersService, CommentsService, CategoriesService, PostAccessService, ForumLoaders],
})
export class ForumModule {}
