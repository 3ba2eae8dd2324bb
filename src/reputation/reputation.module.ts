import { Module } from '@nestjs/common';
import { LedgerService } from './ledger.service.js';
import { ReputationRulesService } from './reputation-rules.service.js';
import { ReputationResolver } from './reputation.resolver.js';
import { ReputationService } from './reputation.service.js';
import { SerialVotingService } from './serial-voting.service.js';

@Module({
  providers: [LedgerService, ReputationRulesService, ReputationService, ReputationResolver, SerialVotingService],
  exports: [LedgerService, ReputationRulesService],
})
export class ReputationModule {}
