import { Module } from '@nestjs/common';
import { ExpertsService } from './experts.service.js';

// The resolver (certifications on profiles, certify/revoke) is registered by ForumModule, which
// owns the category and user loaders it needs.
@Module({ providers: [ExpertsService], exports: [ExpertsService] })
export class ExpertsModule {}
