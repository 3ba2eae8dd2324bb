// Loads generated tables into PostgreSQL quickly, in two phases:
// 1. One transaction truncates every target table that is empty together with every table that
//    references it (so COPY can FREEZE their rows: no hint-bit rewrites or freezing vacuum later),
//    drops the secondary indexes of the tables other tables reference, and loads those tables.
// 2. Then several sessions in parallel load each remaining table (referenced by none) in its own
//    transaction — truncate, drop its secondary indexes, COPY FREEZE, build them again — build
//    the indexes dropped in phase 1, and ANALYZE every table.
// Secondary indexes are those that back no constraint and are not unique: primary keys and unique
// indexes stay during the COPY. Each is rebuilt from the definition pg_indexes gave before the
// drop. Those of phase 1 are also kept in `settings` until rebuilt, so that an interrupted load can
// be repaired (repairIndexes). Rows go in binary COPY, encoded ahead by one producer while the
// sessions send, within a memory budget.
import { finished } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BinaryCopyWriter, CHUNK } from './binary-copy.js';

export interface TableLoad {
  table: string;
  columns: string[];
  /** Writes the rows; a generator yields now and then so that the encoded part can be sent meanwhile. */
  encode: (w: BinaryCopyWriter) => Generator<void, void, void> | void;
}

export interface IndexDefinition {
  table: string;
  name: string;
  definition: string;
}

export interface TableTiming {
  rows: number;
  mb: number;
  /** Seconds the producer spent encoding the table. */
  encode: number;
  /** Seconds from the start of the COPY to its end (waits for the producer when the server is faster). */
  copy: number;
  /** Seconds building its secondary indexes again. */
  indexes: number;
}

export interface BulkLoadOptions {
  /** Opens another session; phase 2 uses `sessions` in all (the main one included). */
  connect: () => Promise<Client>;
  sessions?: number;
  /** Keep foreign-key checks on even where they could be switched off (as without superuser rights). */
  checkKeys?: boolean;
  /** Runs in the phase-1 transaction after truncation, before any COPY (plain inserts, reads). */
  prepare?: (db: Client) => Promise<void>;
  /** Runs in the phase-1 transaction after its COPYs (links that need both ends loaded). */
  finishReferenced?: (db: Client, replica: boolean) => Promise<void>;
  /** Builds the tables; told whether foreign-key triggers are off (rows may then come in any order). */
  loads: (replica: boolean) => TableLoad[];
  log: (line: string) => void;
  /** Marks a step (phase 1 committed) in the caller's progress lines. */
  lap?: (name: string) => void;
  budgetBytes?: number;
}

export interface BulkLoadResult {
  tables: Record<string, TableTiming>;
  replica: boolean;
  frozen: string[];
  /** Seconds at the end of phase 1 (its commit) and of phase 2, from the start. */
  phases: { referenced: number; rest: number };
}

/** Where the definitions of indexes still to be rebuilt wait (see repairIndexes). */
export const PENDING_INDEXES = 'seed.pending_indexes';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Session settings of a load transaction; returns whether foreign-key triggers could be switched off.
async function loadSession(db: Client, checkKeys: boolean): Promise<boolean> {
  await db.query(`SET LOCAL synchronous_commit = off`);
  await db.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  if (checkKeys) return false;
  // Keys are right by construction; without their triggers the load is much faster. Needs a
  // superuser (the embedded server's user is one); elsewhere the checks simply run.
  await db.query(`SAVEPOINT replica`);
  return db.query(`SET LOCAL session_replication_role = replica`).then(
    async () => (await db.query(`RELEASE SAVEPOINT replica`), true),
    async () => (await db.query(`ROLLBACK TO SAVEPOINT replica`), false),
  );
}

async function secondaryIndexes(db: Client, tables: string[]): Promise<IndexDefinition[]> {
  const { rows } = await db.query(
    `SELECT c.relname AS "table", i.relname AS name, pg_get_indexdef(i.oid) AS definition
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1) AND NOT x.indisunique AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)
      ORDER BY c.relname, i.relname`,
    [tables],
  );
  return roundTripping(db, rows);
}

// Only indexes whose definition, run again, gives the same definition: PostgreSQL does not print
// every expression back the way it parses it (an IN list on a varchar column comes back with its
// casts moved), and such an index stays in place during the load rather than come back different.
// Each definition is tried on an empty copy of its table, dropped with the transaction.
async function roundTripping(db: Client, indexes: IndexDefinition[]): Promise<IndexDefinition[]> {
  const out: IndexDefinition[] = [];
  const copies = new Map<string, string>();
  for (const [k, d] of indexes.entries()) {
    const m = /^CREATE INDEX (\S+) ON (ONLY )?public\.(\S+) USING /.exec(d.definition);
    if (!m) continue;
    let copy = copies.get(d.table);
    if (!copy) {
      copy = `seed_roundtrip_${copies.size}`;
      copies.set(d.table, copy);
      await db.query(`CREATE TEMP TABLE ${copy} (LIKE public.${q(d.table)}) ON COMMIT DROP`);
    }
    const trial = `CREATE INDEX ${copy}_${k} ON pg_temp.${copy} USING ${d.definition.slice(m[0].length)}`;
    await db.query(trial);
    const { rows } = await db.query(`SELECT pg_get_indexdef($1::regclass) AS definition`, [`pg_temp.${copy}_${k}`]);
    if (rows[0].definition === trial) out.push(d);
  }
  return out;
}

async function dropIndexes(db: Client, indexes: IndexDefinition[]): Promise<void> {
  for (const d of indexes) await db.query(`DROP INDEX public.${q(d.name)}`);
}

/** Builds the indexes an interrupted load left dropped; returns how many. */
export async function repairIndexes(db: Client): Promise<number> {
  const { rows } = await db.query(`SELECT value FROM settings WHERE key = $1`, [PENDING_INDEXES]);
  if (!rows.length) return 0;
  const pending: IndexDefinition[] = rows[0].value;
  let built = 0;
  for (const d of pending) {
    const { rowCount } = await db.query(`SELECT 1 FROM pg_indexes WHERE schemaname = 'public' AND indexname = $1`, [d.name]);
    if (rowCount) continue;
    await db.query(d.definition);
    built++;
  }
  await db.query(`DELETE FROM settings WHERE key = $1`, [PENDING_INDEXES]);
  return built;
}

// Truncates each table that is empty together with every table that references it (directly or
// not); returns the truncated ones among `tables`. `referenced`: tables some other table references.
async function truncateEmpty(db: Client, tables: string[]): Promise<{ truncated: Set<string>; referenced: Set<string> }> {
  const { rows: edges } = await db.query(
    `SELECT DISTINCT t.relname AS referenced, r.relname AS referencing FROM pg_constraint k
       JOIN pg_class t ON t.oid = k.confrelid JOIN pg_class r ON r.oid = k.conrelid
      WHERE k.contype = 'f' AND t.relnamespace = 'public'::regnamespace AND k.confrelid <> k.conrelid`,
  );
  const referencing = new Map<string, string[]>();
  for (const e of edges) referencing.set(e.referenced, [...(referencing.get(e.referenced) ?? []), e.referencing]);
  const closure = (table: string): Set<string> => {
    const seen = new Set<string>([table]);
    const stack = [table];
    while (stack.length) {
      for (const r of referencing.get(stack.pop()!) ?? []) {
        if (seen.has(r)) continue;
        seen.add(r);
        stack.push(r);
      }
    }
    return seen;
  };
  const all = new Set(tables.flatMap((t) => [...closure(t)]));
  const empty = new Set<string>();
  for (const t of all) {
    await db.query(`LOCK TABLE public.${q(t)} IN ACCESS EXCLUSIVE MODE`);
    const { rows } = await db.query(`SELECT NOT EXISTS (SELECT 1 FROM public.${q(t)}) AS empty`);
    if (rows[0].empty) empty.add(t);
  }
  const truncatable = tables.filter((t) => [...closure(t)].every((r) => empty.has(r)));
  const toTruncate = new Set(truncatable.flatMap((t) => [...closure(t)]));
  if (toTruncate.size) await db.query(`TRUNCATE ${[...toTruncate].map((t) => `public.${q(t)}`).join(', ')}`);
  return { truncated: new Set(truncatable), referenced: new Set(tables.filter((t) => referencing.has(t))) };
}

// Encoded chunks of one table, handed from the producer to the COPY that sends them.
class ChunkQueue {
  private chunks: Buffer[] = [];
  private done = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  started = false;
  private onStart: Array<() => void> = [];

  push(chunks: Buffer[]): void {
    if (!this.started) {
      this.started = true;
      for (const f of this.onStart.splice(0)) f();
    }
    for (const c of chunks) this.chunks.push(c);
    this.wake?.();
  }

  /** Resolves once the producer began this table. */
  whenStarted(): Promise<void> {
    return this.started ? Promise.resolve() : new Promise((r) => this.onStart.push(r));
  }

  end(failure: unknown = null): void {
    this.done = true;
    this.failure = failure;
    if (!this.started) this.push([]);
    this.wake?.();
  }

  async *drain(): AsyncGenerator<Buffer> {
    for (;;) {
      const next = this.chunks.shift();
      if (next) {
        yield next;
        continue;
      }
      if (this.failure) throw this.failure;
      if (this.done) return;
      await new Promise<void>((r) => (this.wake = r));
      this.wake = null;
    }
  }
}

// The buffers rows are encoded into, recycled once sent: no garbage and no external-memory
// pressure on the garbage collector, and a bound on how far the producer runs ahead.
class BufferPool {
  private free: Buffer[] = [];
  private created = 0;
  aborted: unknown = null;
  private waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  /** A buffer now: a free one, a new one while under the limit, else (rarely) an extra one. */
  take(): Buffer {
    const b = this.free.pop();
    if (b) return b;
    this.created++;
    return Buffer.allocUnsafe(CHUNK);
  }

  give(b: Buffer): void {
    if (b.buffer.byteLength !== CHUNK || b.byteOffset !== 0) return;
    this.free.push(Buffer.from(b.buffer, 0, CHUNK));
    for (const w of this.waiting.splice(0)) w();
  }

  abort(reason: unknown): void {
    this.aborted = reason;
    for (const w of this.waiting.splice(0)) w();
  }

  /** Waits while the buffers in use reach the limit (the producer is far enough ahead). */
  async room(): Promise<void> {
    while (this.created - this.free.length >= this.limit && !this.free.length && !this.aborted) await new Promise<void>((r) => this.waiting.push(r));
    if (this.aborted) throw this.aborted;
  }
}

const breath = () => new Promise<void>((r) => setImmediate(r));

// Resolves on 'drain', rejects on 'error', and leaves no listener behind.
function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (err?: unknown) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (err) reject(err);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

/** Loads every table of `opts.loads` (see the top of this file); `main` is the caller's session. */
export async function bulkLoad(main: Client, opts: BulkLoadOptions): Promise<BulkLoadResult> {
  const started = Date.now();
  const names = opts.loads(true).map((l) => l.table);
  await main.query('BEGIN');
  const replica = await loadSession(main, !!opts.checkKeys);
  const loads = opts.loads(replica);
  const { truncated, referenced } = await truncateEmpty(main, names);
  // Phase 1 loads the referenced tables; the others wait for phase 2, in the producer's order.
  const first = loads.filter((l) => referenced.has(l.table));
  const rest = loads.filter((l) => !referenced.has(l.table));
  const order = [...first, ...rest];
  const dropped = await secondaryIndexes(main, first.map((l) => l.table));
  await dropIndexes(main, dropped);
  await main.query(`INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, now())`, [PENDING_INDEXES, JSON.stringify(dropped)]);
  await opts.prepare?.(main);

  const pool = new BufferPool(Math.ceil((opts.budgetBytes ?? 192 << 20) / CHUNK));
  const queues = new Map(order.map((l) => [l.table, new ChunkQueue()]));
  const writers = new Map<string, BinaryCopyWriter>();
  const timings: Record<string, TableTiming> = {};
  const encodeSeconds = new Map<string, number>();

  const produce = async () => {
    let i = 0;
    try {
      for (; i < order.length; i++) {
        const { table, encode } = order[i];
        const w = new BinaryCopyWriter(() => pool.take());
        writers.set(table, w);
        const queue = queues.get(table)!;
        const gen = encode(w);
        let busy = 0;
        let slice = Date.now();
        for (let r = gen?.next(); r && !r.done; r = gen!.next()) {
          queue.push(w.take());
          // Let the sessions send what is ready, now and then, and wait when too far ahead.
          if (Date.now() - slice > 15) {
            busy += Date.now() - slice;
            await breath();
            await pool.room();
            slice = Date.now();
          }
        }
        queue.push(w.finish());
        encodeSeconds.set(table, (busy + Date.now() - slice) / 1000);
        queue.end();
        await breath();
      }
    } catch (err) {
      for (; i < order.length; i++) queues.get(order[i].table)!.end(err);
      throw err;
    }
  };

  const copy = async (db: Client, load: TableLoad) => {
    const { table, columns } = load;
    const t0 = Date.now();
    const options = truncated.has(table) ? 'FORMAT binary, FREEZE' : 'FORMAT binary';
    const stream = db.query(copyFrom(`COPY public.${q(table)} (${columns.map(q).join(', ')}) FROM STDIN WITH (${options})`));
    let failure: unknown = null;
    stream.on('error', (err) => (failure = err));
    // A chunk's buffer is free again once neither the COPY stream (corked until the server is
    // ready) nor the connection's socket holds anything still to send.
    const socket = (db as unknown as { connection: { stream: { writableLength: number } } }).connection.stream;
    const inFlight: Buffer[] = [];
    const release = () => {
      for (const b of inFlight) pool.give(b);
      inFlight.length = 0;
    };
    for await (const chunk of queues.get(table)!.drain()) {
      if (failure) throw failure;
      if (!stream.write(chunk)) await drained(stream);
      inFlight.push(chunk);
      if (stream.writableLength === 0 && socket.writableLength === 0) release();
    }
    stream.end();
    await finished(stream);
    release();
    const w = writers.get(table)!;
    timings[table] = { rows: w.rows, mb: Math.round(w.bytes / 1e5) / 10, encode: encodeSeconds.get(table) ?? 0, copy: (Date.now() - t0) / 1000, indexes: 0 };
  };
  const report = (table: string) => {
    const t = timings[table];
    if (t.rows >= 20_000) opts.log(`${table}: ${t.rows} rows, ${t.mb} MB; encode ${t.encode.toFixed(1)} s, COPY ${t.copy.toFixed(1)} s, indexes ${t.indexes.toFixed(1)} s`);
  };

  const phases = { referenced: 0, rest: 0 };
  const consume = async () => {
    try {
      for (const load of first) {
        await copy(main, load);
        report(load.table);
      }
      await opts.finishReferenced?.(main, replica);
      await main.query('COMMIT');
      phases.referenced = (Date.now() - started) / 1000;
      opts.lap?.('referenced tables committed');
      await parallelPhase();
      phases.rest = (Date.now() - started) / 1000;
    } catch (err) {
      pool.abort(err);
      throw err;
    }
  };

  // Phase 2: each session takes the next table the producer has started, else an index to build,
  // else a table to ANALYZE (the planner needs statistics; a table is analyzed once its indexes
  // exist, so that expression indexes get theirs too).
  const parallelPhase = async () => {
    const tables = [...rest];
    const indexes = [...dropped];
    const unbuilt = new Map<string, number>();
    for (const d of dropped) unbuilt.set(d.table, (unbuilt.get(d.table) ?? 0) + 1);
    const analyses = first.map((l) => l.table).filter((t) => !unbuilt.has(t));
    const extra: Client[] = [];
    try {
      for (let k = 1; k < (opts.sessions ?? 2); k++) extra.push(await opts.connect());
      const work = async (db: Client) => {
        await db.query(`SET maintenance_work_mem = '256MB'`);
        for (;;) {
          const next = tables[0];
          if (next && (queues.get(next.table)!.started || (!indexes.length && !analyses.length))) {
            tables.shift();
            await loadOne(db, next);
            analyses.push(next.table);
            continue;
          }
          const index = indexes.shift();
          if (index) {
            const t0 = Date.now();
            await db.query(index.definition);
            const t = timings[index.table];
            if (t) t.indexes += (Date.now() - t0) / 1000;
            const left = unbuilt.get(index.table)! - 1;
            unbuilt.set(index.table, left);
            if (left === 0) analyses.push(index.table);
            continue;
          }
          const analysis = analyses.shift();
          if (analysis) {
            await db.query(`ANALYZE public.${q(analysis)}`);
            continue;
          }
          if (!next) return;
          await queues.get(next.table)!.whenStarted();
        }
      };
      await Promise.all([main, ...extra].map((db) => work(db)));
      await main.query(`DELETE FROM settings WHERE key = $1`, [PENDING_INDEXES]);
    } finally {
      for (const db of extra) await db.end().catch(() => undefined);
    }
  };

  // One table not referenced by others, in its own transaction.
  const loadOne = async (db: Client, load: TableLoad) => {
    await db.query('BEGIN');
    await loadSession(db, !replica);
    if (truncated.has(load.table)) await db.query(`TRUNCATE public.${q(load.table)}`);
    const own = await secondaryIndexes(db, [load.table]);
    await dropIndexes(db, own);
    await copy(db, load);
    const t0 = Date.now();
    for (const d of own) await db.query(d.definition);
    timings[load.table].indexes = (Date.now() - t0) / 1000;
    await db.query('COMMIT');
    report(load.table);
  };

  const results = await Promise.allSettled([produce(), consume()]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await main.query('ROLLBACK').catch(() => undefined);
    throw failed.reason;
  }
  return { tables: timings, replica, frozen: [...truncated], phases };
}
