import { Global, Module } from '@nestjs/common';
import { Tx } from './tx.js';
import { OutboxService } from './outbox/outbox.service.js';

@Global()
@Module({ providers: [Tx, OutboxService], exports: [Tx, OutboxService] })
export class DatabaseModule {}
