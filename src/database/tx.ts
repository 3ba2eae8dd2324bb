import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

// serialization_failure, deadlock_detected: the whole unit is safe to run again.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

/** One transaction per command; services see where the unit starts and ends. */
@Injectable()
export class Tx {
  constructor(readonly dataSource: DataSource) {}

  async run<T>(work: (em: EntityManager) => Promise<T>, isolation: IsolationLevel = 'READ COMMITTED'): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(isolation, work);
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /** Reads outside a transaction. */
  get em(): EntityManager {
    return this.dataSource.manager;
  }
}
