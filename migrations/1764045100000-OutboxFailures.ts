import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxFailures1764045100000 implements MigrationInterface {
  name = 'OutboxFailures1764045100000';

  async up(q: QueryRunner): Promise<void> {
    // Events that have failed, for the health check: few rows, where a scan of the outbox would
    // read every pending row and the dead ones of a busy queue.
    await q.query(`CREATE INDEX outbox_failed_idx ON outbox (consumer, attempts) WHERE attempts > 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_failed_idx`);
  }
}
