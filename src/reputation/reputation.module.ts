import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service.js';
import { ReputationRulesService } from './reputation-rules.service.js';
import { ReputationResolver } from './reputation.resolver.js';
import { ReputationService } from './reputation.service.js';

@Module({
  providers: [LedgerService, ReputationRulesService, ReputationService, ReputationResolver],
  exports: [LedgerService, ReputationRulesService],
})
export class ReputationModule {}
