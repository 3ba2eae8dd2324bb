import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { Tx } from '../tx.js';

/** An event others must learn about, written in the same transaction as the change. */
export interface OutboxEvent {
  type: string;
  payload: Record<string, unknown>;
  /** False for events that change nothing readers see (a case's SLA breach): no change notice. */
  announce?: boolean;
}

export interface DeliveredEvent extends OutboxEvent {
  id: string;
  createdAt: Date;
}

export type OutboxHandler = (events: DeliveredEvent[]) => Promise<void>;

const CHANNEL = 'peerdesk_outbox';
// Every committed change, as its events' payloads, for in-memory state of every instance (caches).
const CHANGES = 'peerdesk_changes';
const MAX_NOTIFY = 7500;

export type ChangeListener = (payloads: Array<Record<string, unknown>>) => void;
const BATCH = 200;

/**
 * Transactional outbox. `add` writes one row per consumer registered for the event type, in the
 * caller's transaction; after commit a NOTIFY wakes the workers of every instance, which claim
 * rows with FOR UPDATE SKIP LOCKED, hand them to the consumer in order and delete them. Consumers
 * take turns a batch at a time. A failing consumer's rows are retried with exponential backoff;
 * other consumers are not held up.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly consumers = new Map<string, { types: Set<string>; handler: OutboxHandler }>();
  private readonly changeListeners: ChangeListener[] = [];
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private draining = false;
  private again = false;
  private stopped = false;
  enabled = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tx: Tx,
  ) {}

  /**
   * Listens to committed changes: those of this instance right after commit, and those of other
   * instances through NOTIFY (a payload of "*" means "anything may have changed").
   */
  onChange(listener: ChangeListener): void {
    this.changeListeners.push(listener);
  }

  private emitChange(payloads: Array<Record<string, unknown>>): void {
    for (const listener of this.changeListeners) listener(payloads);
  }

  /** Registers a consumer; its handler must be idempotent (delivery is at least once). */
  on(consumer: string, types: string[], handler: OutboxHandler): void {
    this.consumers.set(consumer, { types: new Set(types), handler });
  }

  /**
   * Tells every instance's change listeners about a change once `em`'s transaction commits (here
   * right after commit, elsewhere through NOTIFY). `add` does this for every event.
   */
  async announce(em: EntityManager, payloads: Array<Record<string, unknown>>): Promise<void> {
    if (payloads.length === 0) return;
    // NOTIFY payloads are limited to 8 kB: a long list goes out in several notices
    const notices: string[] = [];
    let chunk: string[] = [];
    let size = 0;
    const flush = () => {
      if (chunk.length) notices.push(`[${chunk.join(',')}]`);
      chunk = [];
      size = 0;
    };
    for (const payload of payloads.map((p) => JSON.stringify(p))) {
      if (payload.length > MAX_NOTIFY) {
        notices.push('"*"');
        continue;
      }
      if (size + payload.length + 1 > MAX_NOTIFY) flush();
      chunk.push(payload);
      size += payload.length + 1;
    }
    flush();
    await em.query(`SELECT pg_notify('${CHANGES}', n) FROM unnest($1::text[]) n`, [notices]);
    this.tx.afterCommit(em, () => this.emitChange(payloads));
  }

  async add(em: EntityManager, ...events: OutboxEvent[]): Promise<void> {
    await this.announce(
      em,
      events.filter((e) => e.announce !== false).map((e) => e.payload),
    );
    const rows: unknown[] = [];
    for (const event of events) {
      for (const [name, c] of this.consumers) {
        if (c.types.has(event.type)) rows.push([name, event.type, JSON.stringify(event.payload)]);
      }
    }
    if (!rows.length) return;
    const now = this.clock.now();
    const values = rows.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::jsonb, $${rows.length * 3 + 1}, $${rows.length * 3 + 1})`);
    await em.query(
      `INSERT INTO outbox (consumer, type, payload, created_at, available_at) VALUES ${values.join(', ')}`,
      [...rows.flat(), now],
    );
    await em.query(`SELECT pg_notify('${CHANNEL}', '')`);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    const options = this.dataSource.options as { url?: string };
    this.listener = new Client({ connectionString: options.url });
    this.listener.on('error', (e: Error) => this.logger.warn(`listener: ${e.message}`));
    await this.listener.connect();
    this.listener.on('notification', (n) => {
      if (n.channel === CHANGES) this.emitChange(n.payload === '"*"' ? [{ '*': true }] : JSON.parse(n.payload ?? '[]'));
      else this.kick();
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
    await this.listener.query(`LISTEN ${CHANGES}`);
    // Catch up after a restart, and retry backed-off rows.
    this.timer = setInterval(() => this.kick(), 1000);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
    while (this.draining) await new Promise((r) => setTimeout(r, 20));
  }

  /** Whether the background worker is delivering right now. */
  get busy(): boolean {
    return this.draining;
  }

  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = true;
    this.drain()
      .catch((e) => this.logger.error(`drain failed: ${e.message}`))
      .finally(() => {
        this.draining = false;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Processes everything that is due now; returns the number of rows delivered. Consumers take
   * turns, one batch each per round, until a round finds no full batch: a consumer with a long
   * backlog (the search index after a burst) holds up the others by one batch at most. Every
   * round asks every consumer again, so rows that arrive during a long drain wait one round too.
   * One batch at a time: a delivery holds one connection while its handler uses another; a loop
   * per consumer would hold two per consumer, with five consumers the whole default pool of 10.
   */
  async drain(): Promise<number> {
    let delivered = 0;
    // a consumer whose batch failed waits for the next drain, as its next batch would likely fail too
    const failing = new Set<string>();
    for (;;) {
      let full = false;
      for (const [name, consumer] of this.consumers) {
        if (failing.has(name)) continue;
        const batch = await this.deliverBatch(name, consumer.handler);
        delivered += batch.delivered;
        if (batch.delivered < batch.claimed) failing.add(name);
        else if (batch.claimed === BATCH) full = true;
      }
      if (!full) return delivered;
    }
  }

  // Deliveries commit without waiting for the disk (Tx.redoable): a crash loses at most the last
  // few, whose rows then come back, and consumers are idempotent.
  private async deliverBatch(consumer: string, handler: OutboxHandler): Promise<{ claimed: number; delivered: number }> {
    return this.tx.redoable(() => this.deliverBatchNow(consumer, handler));
  }

  private async deliverBatchNow(consumer: string, handler: OutboxHandler): Promise<{ claimed: number; delivered: number }> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SET LOCAL synchronous_commit = off`);
      const rows: Array<{ id: string; type: string; payload: Record<string, unknown>; created_at: Date; attempts: number }> =
        await em.query(
          `SELECT id, type, payload, created_at, attempts FROM outbox
            WHERE consumer = $1 AND available_at <= $2
            ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [consumer, this.clock.now()],
        );
      if (!rows.length) return { claimed: 0, delivered: 0 };
      const ids = rows.map((r) => r.id);
      try {
        await handler(rows.map((r) => ({ id: r.id, type: r.type, payload: r.payload, createdAt: r.created_at })));
        await em.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [ids]);
        return { claimed: rows.length, delivered: rows.length };
      } catch (err) {
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const delay = Math.min(2 ** attempts, 300);
        this.logger.warn(`${consumer}: ${rows.length} events failed (attempt ${attempts}), retry in ${delay}s: ${(err as Error).message}`);
        await em.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $2, available_at = $3 WHERE id = ANY($1::bigint[])`,
          [ids, String((err as Error).message).slice(0, 1000), new Date(this.clock.now().getTime() + delay * 1000)],
        );
        return { claimed: rows.length, delivered: 0 };
      }
    });
  }
}
