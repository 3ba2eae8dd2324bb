import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { OutboxService } from '../database/outbox/outbox.service.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Database reachable and every migration applied; outbox events that keep failing, listed. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('database'),
      async () => {
        const check = this.indicator.check('migrations');
        const pending = await this.dataSource.showMigrations();
        return pending ? check.down({ pending: true }) : check.up({ pending: false });
      },
      // Shown, but up: a stuck event is one consumer's bug or bad row, and a paused consumer an
      // engine's outage, not this instance failing; a load balancer taking every instance out for
      // them would turn a late notification into an outage. Both are logged at error level.
      async () => this.indicator.check('outbox').up({ ...(await this.outbox.failures()) }),
    ]);
  }
}
