import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Tx } from '../../database/tx.js';

const FLUSH_MS = 5000;

/**
 * Counts thread views in memory and adds them to the rows in one statement every few seconds,
 * so a popular thread is not written on every page view. A crash loses at most FLUSH_MS of views.
 */
@Injectable()
export class ThreadViewsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private pending = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  /** Off: counts wait for an explicit flush() (CLI commands, statement-counting tests). */
  enabled = true;

  constructor(private readonly tx: Tx) {}

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush().catch(() => undefined);
  }

  record(threadId: string): void {
    this.pending.set(threadId, (this.pending.get(threadId) ?? 0) + 1);
  }

  /** Writes the buffered counts; returns how many threads were updated. */
  async flush(): Promise<number> {
    if (!this.pending.size) return 0;
    const batch = this.pending;
    this.pending = new Map();
    await this.tx.em.query(
      `UPDATE threads t SET view_count = t.view_count + v.n FROM unnest($1::uuid[], $2::int[]) AS v(id, n) WHERE t.id = v.id`,
      [[...batch.keys()], [...batch.values()]],
    );
    return batch.size;
  }
}
