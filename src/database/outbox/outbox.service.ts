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

const UUID = /^[0-9a-f-]{36}$/i;

/** The ids a change notice's payload names (values and array elements that are uuids): what it touches. */
export function idsIn(payload: Record<string, unknown>): string[] {
  return Object.values(payload)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((v): v is string => typeof v === 'string' && UUID.test(v));
}
const BATCH = 200;
const MAX_BACKOFF_S = 300;
// Events that had never failed before, failing one after another on their own: the consumer is failing.
const STREAK = 3;
const MAX_PAUSE_S = 60;
/** An event that has failed this often (about 8 minutes of retries) is logged at error level and shown in /health. */
export const STUCK_ATTEMPTS = 8;

interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
}

interface Failed {
  row: OutboxRow;
  error: Error;
}

export interface OutboxFailures {
  stuck: Array<{ consumer: string; events: number; attempts: number; since: Date }>;
  paused: Array<{ consumer: string; until: Date }>;
}

/**
 * Transactional outbox. `add` writes one row per consumer registered for the event type, in the
 * caller's transaction; after commit a NOTIFY wakes the workers of every instance, which claim
 * rows with FOR UPDATE SKIP LOCKED, hand them to the consumer in order and delete them. Consumers
 * take turns a batch at a time. An event whose delivery fails is retried on its own with
 * exponential backoff; the events around it, and other consumers, are not held up.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly consumers = new Map<string, { types: Set<string>; handler: OutboxHandler }>();
  private readonly changeListeners: ChangeListener[] = [];
  // Per consumer, on this instance: events failing one after another, and the pause they caused.
  private readonly streaks = new Map<string, { failures: number; pauses: number; pausedUntil: number }>();
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

  /**
   * Registers a consumer. Its handler gets the events in order, but must be idempotent (delivery
   * is at least once) and must not rely on that order: an event that failed comes again after the
   * ones behind it were delivered.
   */
  on(consumer: string, types: string[], handler: OutboxHandler): void {
    this.consumers.set(consumer, { types: new Set(types), handler });
  }

  /**
   * Tells every instance's change listeners about a change once `em`'s transaction commits (here
   * right after commit, elsewhere through NOTIFY). `add` does this for every event.
   */
  async announce(em: EntityManager, payloads: Array<Record<string, unknown>>): Promise<void> {
    if (payloads.length === 0) return;
    await em.query(`SELECT pg_notify('${CHANGES}', n) FROM unnest($1::text[]) n`, [noticesOf(payloads)]);
    this.tx.afterCommit(em, () => this.emitChange(payloads));
  }

  /**
   * Writes the events for their consumers, wakes the workers and announces the change, in one
   * statement (every write command ends with this).
   */
  async add(em: EntityManager, ...events: OutboxEvent[]): Promise<void> {
    const payloads = events.filter((e) => e.announce !== false).map((e) => e.payload);
    const rows: unknown[][] = [];
    for (const event of events) {
      for (const [name, c] of this.consumers) {
        if (c.types.has(event.type)) rows.push([name, event.type, JSON.stringify(event.payload)]);
      }
    }
    if (!rows.length) return this.announce(em, payloads);
    const values = rows.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3}::jsonb, $${rows.length * 3 + 1}, $${rows.length * 3 + 1})`);
    // a data-modifying WITH runs to completion whatever the outer query reads of it
    await em.query(
      `WITH added AS (INSERT INTO outbox (consumer, type, payload, created_at, available_at) VALUES ${values.join(', ')})
       SELECT pg_notify('${CHANNEL}', '') UNION ALL SELECT pg_notify('${CHANGES}', n) FROM unnest($${rows.length * 3 + 2}::text[]) n`,
      [...rows.flat(), this.clock.now(), noticesOf(payloads)],
    );
    if (payloads.length) this.tx.afterCommit(em, () => this.emitChange(payloads));
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
    for (;;) {
      let full = false;
      for (const [name, consumer] of this.consumers) {
        if (this.paused(name)) continue;
        const batch = await this.deliverBatch(name, consumer.handler);
        delivered += batch.delivered;
        if (batch.claimed === BATCH) full = true;
      }
      if (!full) return delivered;
    }
  }

  /**
   * Events that have failed STUCK_ATTEMPTS times or more, per consumer (they are still retried,
   * every 5 minutes), and the consumers this instance has paused because all their events fail.
   */
  async failures(): Promise<OutboxFailures> {
    // attempts >= a constant, so the partial index outbox_failed_idx serves it
    const stuck: OutboxFailures['stuck'] = await this.dataSource.query(
      `SELECT consumer, count(*)::int AS events, max(attempts)::int AS attempts, min(created_at) AS since
         FROM outbox WHERE attempts >= ${STUCK_ATTEMPTS} GROUP BY consumer ORDER BY consumer`,
    );
    const now = this.clock.now().getTime();
    const paused = [...this.streaks]
      .filter(([, s]) => s.pausedUntil > now)
      .map(([consumer, s]) => ({ consumer, until: new Date(s.pausedUntil) }));
    return { stuck, paused };
  }

  // Deliveries commit without waiting for the disk (Tx.redoable): a crash loses at most the last
  // few, whose rows then come back, and consumers are idempotent.
  private async deliverBatch(consumer: string, handler: OutboxHandler): Promise<{ claimed: number; delivered: number }> {
    return this.tx.redoable(() => this.deliverBatchNow(consumer, handler));
  }

  // Handlers run in transactions of their own (their Tx.run does not join this one), so a failing
  // handler's SQL is rolled back by its own transaction and cannot abort this one, which only
  // claims, deletes and backs off outbox rows: no savepoint needed around a call.
  private async deliverBatchNow(consumer: string, handler: OutboxHandler): Promise<{ claimed: number; delivered: number }> {
    return this.dataSource.transaction(async (em) => {
      const rows: OutboxRow[] = await em.query(
        `SELECT id, type, payload, created_at, attempts FROM outbox
          WHERE consumer = $1 AND available_at <= $2
          ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        [consumer, this.clock.now()],
      );
      if (!rows.length) return { claimed: 0, delivered: 0 };
      await em.query(`SET LOCAL synchronous_commit = off`);
      const { done, failed } = await this.deliver(consumer, handler, rows);
      if (done.length) await em.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [done]);
      if (failed.length) await this.backOff(em, consumer, failed);
      return { claimed: rows.length, delivered: done.length };
    });
  }

  /**
   * Hands the rows to the consumer in one call. If that fails, one at a time, in order, so that an
   * event the consumer cannot handle (a bug, a row that no longer makes sense) holds up no other;
   * events of the failed call that the handler had already dealt with come again (at least once).
   * After each failing event the rest go as one batch again: one bad event (often a backed-off one
   * come due at the head of the next batch) should not cost every event behind it a call of its
   * own. Rows left untried (the consumer paused) stay as they are.
   */
  private async deliver(consumer: string, handler: OutboxHandler, rows: OutboxRow[]): Promise<{ done: string[]; failed: Failed[] }> {
    const done: string[] = [];
    const failed: Failed[] = [];
    const batchError = await this.call(consumer, handler, rows, rows.length === 1 && rows[0].attempts === 0);
    if (!batchError) return { done: rows.map((r) => r.id), failed };
    if (rows.length === 1) return { done, failed: [{ row: rows[0], error: batchError }] };
    this.logger.warn(`${consumer}: a batch of ${rows.length} failed, delivering its events one at a time: ${batchError.message}`);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const error = await this.call(consumer, handler, [row], row.attempts === 0);
      if (!error) {
        done.push(row.id);
        continue;
      }
      failed.push({ row, error });
      if (this.paused(consumer)) break;
      const rest = rows.slice(i + 1);
      if (rest.length > 1 && !(await this.call(consumer, handler, rest, false))) {
        done.push(...rest.map((r) => r.id));
        break;
      }
    }
    return { done, failed };
  }

  /**
   * One handler call; returns its error, if any. A success ends the consumer's failing streak.
   * When STREAK events that had never failed before fail one after another, each on its own, the
   * consumer itself is failing (its search engine is down, say): it pauses on this instance for
   * 1 s, then 2, 4, … up to 60 s while it keeps failing, and the rows behind are not charged an
   * attempt. The pause stays shorter than the backoff of an event that failed as often, so an
   * event that fails alone is not due when the consumer tries again, and events behind it are.
   */
  private async call(consumer: string, handler: OutboxHandler, rows: OutboxRow[], evidence: boolean): Promise<Error | null> {
    try {
      await handler(rows.map((r) => ({ id: r.id, type: r.type, payload: r.payload, createdAt: r.created_at })));
      this.streaks.delete(consumer);
      return null;
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      if (evidence) this.failedAlone(consumer, error);
      return error;
    }
  }

  private failedAlone(consumer: string, error: Error): void {
    const streak = this.streaks.get(consumer) ?? { failures: 0, pauses: 0, pausedUntil: 0 };
    this.streaks.set(consumer, streak);
    if (++streak.failures < STREAK || this.paused(consumer)) return;
    const pause = Math.min(2 ** streak.pauses, MAX_PAUSE_S);
    streak.pauses++;
    streak.pausedUntil = this.clock.now().getTime() + pause * 1000;
    const line = `${consumer}: ${streak.failures} events failed one after another, pausing it for ${pause}s: ${error.message}`;
    if (pause < MAX_PAUSE_S) this.logger.warn(line);
    else this.logger.error(line);
  }

  private paused(consumer: string): boolean {
    return (this.streaks.get(consumer)?.pausedUntil ?? 0) > this.clock.now().getTime();
  }

  // Each failed event on its own schedule: attempts + 1, due again in min(2^attempts, 300) s.
  // Retried forever (a fixed bug or a returning row lets it through), but past STUCK_ATTEMPTS
  // (about 8 minutes of retries) each failure is logged at error level and /health lists it.
  private async backOff(em: EntityManager, consumer: string, failed: Failed[]): Promise<void> {
    const now = this.clock.now().getTime();
    const updates = failed.map(({ row, error }) => {
      const attempts = row.attempts + 1;
      const delay = Math.min(2 ** attempts, MAX_BACKOFF_S);
      const line = `${consumer}: event ${row.id} (${row.type}) failed (attempt ${attempts}), retry in ${delay}s: ${error.message}`;
      if (attempts < STUCK_ATTEMPTS) this.logger.warn(line);
      else this.logger.error(line);
      return { id: row.id, error: error.message.slice(0, 1000), at: new Date(now + delay * 1000) };
    });
    await em.query(
      `UPDATE outbox o SET attempts = o.attempts + 1, last_error = f.error, available_at = f.at
         FROM unnest($1::bigint[], $2::text[], $3::timestamptz[]) AS f(id, error, at) WHERE o.id = f.id`,
      [updates.map((u) => u.id), updates.map((u) => u.error), updates.map((u) => u.at)],
    );
  }
}

// NOTIFY payloads are limited to 8 kB: a long list goes out in several notices, and a payload that
// alone is too long as "*" (anything may have changed).
function noticesOf(payloads: Array<Record<string, unknown>>): string[] {
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
  return notices;
}
