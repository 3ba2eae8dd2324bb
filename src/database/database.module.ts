import { Global, Module } from '@nestjs/common';
import { Tx } from './tx.js';
import { OutboxService } from './outbox/outbox.service.js';
import { PeriodicJobs } from './periodic-jobs.js';

@Global()
@Module({ providers: [Tx, OutboxService, PeriodicJobs], exports: [Tx, OutboxService, PeriodicJobs] })
export class DatabaseModule {}
