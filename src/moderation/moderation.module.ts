import { Module } from '@nestjs/common';
import { ExpertsModule } from '../experts/experts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { ReputationModule } from '../reputation/reputation.module.js';
import { UsersModule } from '../users/users.module.js';
import { AuditService } from './audit.service.js';
import { FlagsService } from './flags.service.js';
import { ModerationScope } from './moderation-scope.service.js';
import {
  AuditEntryResolver, CategoryPinsResolver, FlagResolver, ModerationResolver, ReviewItemResolver, ThreadModerationResolver, UserFlagsResolver,
} from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { ReviewService } from './review.service.js';

@Module({
  imports: [ForumModule, ExpertsModule, ReputationModule, UsersModule],
  providers: [
    AuditService, FlagsService, ModerationScope, ModerationService, ReviewService,
    ModerationResolver, ReviewItemResolver, FlagResolver, ThreadModerationResolver, AuditEntryResolver, CategoryPinsResolver, UserFlagsResolver,
  ],
  exports: [ModerationService, ModerationScope, AuditService],
})
export class ModerationModule {}
