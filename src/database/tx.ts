import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager } from 'typeorm';
type IsolationLevel = 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE';

// serialization_failure, deadlock_detected: the whole unit is safe to run again.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

/**
 * One transaction per command; services see where the unit starts and ends. A `run` inside
 * another `run` joins the outer transaction (one command composed of several services' steps
 * stays one unit), and only the outermost retries.
 */
@Injectable()
export class Tx {
  private readonly current = new AsyncLocalStorage<EntityManager>();
  private readonly pendingAfterCommit = new WeakMap<EntityManager, Array<() => void>>();
  private readonly relaxed = new AsyncLocalStorage<true>();

  constructor(readonly dataSource: DataSource) {}

  /** `isolation` defaults to the server's, READ COMMITTED (naming it would cost a statement per transaction). */
  async run<T>(work: (em: EntityManager) => Promise<T>, isolation?: IsolationLevel): Promise<T> {
    const outer = this.current.getStore();
    if (outer) return work(outer);
    for (let attempt = 1; ; attempt++) {
      let hooks: Array<() => void> = [];
      try {
        const unit = async (em: EntityManager) => {
          hooks = [];
          this.pendingAfterCommit.set(em, hooks);
          if (this.relaxed.getStore()) await em.query(`SET LOCAL synchronous_commit = off`);
          return this.current.run(em, () => work(em));
        };
        const result = await (isolation ? this.dataSource.transaction(isolation, unit) : this.dataSource.transaction(unit));
        for (const hook of hooks) hook();
        return result;
      } catch (err) {
        if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((err as { code?: string }).code ?? '')) throw err;
        await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
      }
    }
  }

  /**
   * Runs `work` with its transactions committing without waiting for the disk. Only for work that
   * is redone when lost: outbox deliveries, whose rows are deleted in a later commit (the WAL is
   * flushed in order, so that commit cannot survive a crash without the earlier ones).
   */
  redoable<T>(work: () => Promise<T>): Promise<T> {
    return this.relaxed.run(true, work);
  }

  /**
   * Runs `hook` once the current transaction has committed (at once outside a transaction). A
   * rolled-back or retried attempt drops its hooks.
   */
  afterCommit(em: EntityManager, hook: () => void): void {
    const hooks = this.pendingAfterCommit.get(em);
    if (hooks) hooks.push(hook);
    else hook();
  }

  /** For reads: the current transaction's manager inside `run`, else the pool's. */
  get em(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
  }
}
