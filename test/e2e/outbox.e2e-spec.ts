import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { OutboxService, type DeliveredEvent } from '../../src/database/outbox/outbox.service.js';
import { Tx } from '../../src/database/tx.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Consumers of these tests' own: rows go straight into the outbox, as `add` would write them, and
// only outbox.drain() delivers them (workers off).
describe('outbox delivery', () => {
  let t: TestApp;
  let outbox: OutboxService;
  let tx: Tx;
  beforeAll(async () => {
    t = await createTestApp({}, { workers: false });
    outbox = t.app.get(OutboxService);
    tx = t.app.get(Tx);
    await t.db.query(`CREATE TABLE test_effects (consumer text NOT NULL, event_id bigint NOT NULL)`);
  });
  afterAll(() => t.close());

  /** Writes `n` due rows for a consumer; returns their ids in order. */
  const enqueue = async (consumer: string, n: number): Promise<string[]> => {
    const rows: Array<{ id: string }> = await t.db.query(
      `INSERT INTO outbox (consumer, type, payload, created_at, available_at)
       SELECT $1, 'test.event', jsonb_build_object('n', i), $2, $2 FROM generate_series(1, $3::int) i RETURNING id::text`,
      [consumer, t.clock.now(), n],
    );
    return rows.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
  };
  const idsOf = (events: DeliveredEvent[]) => events.map((e) => e.id);
  const rowsOf = (consumer: string) =>
    t.db.query(`SELECT id::text, attempts, last_error, available_at FROM outbox WHERE consumer = $1 ORDER BY id`, [consumer]);
  /** How often each event's effect was committed. */
  const effects = async (consumer: string): Promise<Record<string, number>> => {
    const rows: Array<{ id: string; n: number }> = await t.db.query(
      `SELECT event_id::text AS id, count(*)::int AS n FROM test_effects WHERE consumer = $1 GROUP BY event_id`,
      [consumer],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  };
  const once = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));
  const inSeconds = (s: number) => new Date(t.clock.now().getTime() + s * 1000);

  describe('fairness', () => {
    it('gives a consumer with one row its turn after at most one batch of a consumer with 2,000', async () => {
      const calls: Array<[string, number]> = [];
      const delivered = new Map<string, string[]>();
      const handler = (name: string) => async (events: DeliveredEvent[]) => {
        calls.push([name, events.length]);
        delivered.set(name, [...(delivered.get(name) ?? []), ...idsOf(events)]);
      };
      // Registered first, so a drain that empties one consumer before the next would serve it first.
      outbox.on('fair.big', ['test.event'], handler('fair.big'));
      outbox.on('fair.small', ['test.event'], handler('fair.small'));
      const big = await enqueue('fair.big', 2000);
      const small = await enqueue('fair.small', 1);

      expect(await outbox.drain()).toBe(2001);
      expect(calls.slice(0, calls.findIndex(([name]) => name === 'fair.small'))).toEqual([['fair.big', 200]]);
      expect(calls.filter(([name]) => name === 'fair.big')).toHaveLength(10);
      // each event once, in order
      expect(delivered.get('fair.big')).toEqual(big);
      expect(delivered.get('fair.small')).toEqual(small);
      expect(await t.db.query(`SELECT 1 FROM outbox WHERE consumer LIKE 'fair.%'`)).toEqual([]);
    });

    it('serves a row that arrives while a long drain runs within one round', async () => {
      const calls: string[] = [];
      let late: string[] = [];
      outbox.on('arrive.big', ['test.event'], async () => {
        calls.push('big');
        if (calls.length === 2) late = await enqueue('arrive.small', 1);
      });
      outbox.on('arrive.small', ['test.event'], async (events) => {
        calls.push(`small:${idsOf(events).join()}`);
      });
      await enqueue('arrive.big', 1000);

      expect(await outbox.drain()).toBe(1001);
      // arrived during the second batch of the big one, delivered before its third
      expect(calls).toEqual(['big', 'big', `small:${late[0]}`, 'big', 'big', 'big']);
    });
  });

  describe('a failing event', () => {
    it('holds up no other: the rest are delivered once, it alone backs off with its error, and its SQL leaves no trace', async () => {
      const calls: string[][] = [];
      const poisoned = new Set<string>();
      // Commits all of a call's effects or none (like the index sync's one write per batch).
      outbox.on('poison', ['test.event'], (events) =>
        tx.run(async (em) => {
          calls.push(idsOf(events));
          for (const e of events) {
            await em.query(`INSERT INTO test_effects (consumer, event_id) VALUES ('poison', $1)`, [e.id]);
            if (poisoned.has(e.id)) throw new Error(`cannot handle ${e.id}`);
          }
        }),
      );
      const ids = await enqueue('poison', 10);
      const bad = ids[3];
      const good = ids.filter((id) => id !== bad);
      poisoned.add(bad);

      expect(await outbox.drain()).toBe(9);
      // the batch, then one at a time up to the failing event, then the rest as one batch again
      expect(calls).toEqual([ids, [ids[0]], [ids[1]], [ids[2]], [bad], ids.slice(4)]);
      expect(await effects('poison')).toEqual(once(good));
      expect(await rowsOf('poison')).toEqual([{ id: bad, attempts: 1, last_error: `cannot handle ${bad}`, available_at: inSeconds(2) }]);

      // backing off: nothing to do
      calls.length = 0;
      expect(await outbox.drain()).toBe(0);
      expect(calls).toEqual([]);

      // Due again at the head of new events: retried alone, the new ones go as one batch.
      const fresh = await enqueue('poison', 3);
      t.clock.advance(2);
      expect(await outbox.drain()).toBe(3);
      expect(calls).toEqual([[bad, ...fresh], [bad], fresh]);
      expect(await rowsOf('poison')).toEqual([{ id: bad, attempts: 2, last_error: `cannot handle ${bad}`, available_at: inSeconds(4) }]);

      // fixed: delivered, once
      calls.length = 0;
      poisoned.clear();
      t.clock.advance(4);
      expect(await outbox.drain()).toBe(1);
      expect(calls).toEqual([[bad]]);
      expect(await effects('poison')).toEqual(once([...ids, ...fresh]));
      expect(await rowsOf('poison')).toEqual([]);
    });

    it('pauses a consumer whose every event fails (its engine is down) after three, charging only those; the others go on', async () => {
      let calls = 0;
      let down = true;
      outbox.on('down', ['test.event'], async () => {
        calls++;
        if (down) throw new Error('engine down');
      });
      const others: string[] = [];
      outbox.on('down.other', ['test.event'], async (events) => void others.push(...idsOf(events)));
      const ids = await enqueue('down', 50);
      const other = await enqueue('down.other', 1);

      expect(await outbox.drain()).toBe(1);
      expect(others).toEqual(other);
      // the batch, then three events alone, the rest tried as one batch again after each of them
      expect(calls).toBe(6);
      const rows = await rowsOf('down');
      expect(rows).toHaveLength(50);
      expect(rows.slice(0, 3)).toEqual(ids.slice(0, 3).map((id) => ({ id, attempts: 1, last_error: 'engine down', available_at: inSeconds(2) })));
      expect(rows.slice(3).every((r: { attempts: number; last_error: string | null }) => r.attempts === 0 && r.last_error === null)).toBe(true);

      // paused for a second on this instance: not even tried
      expect(await outbox.drain()).toBe(0);
      expect(calls).toBe(6);
      expect((await outbox.failures()).paused).toEqual([{ consumer: 'down', until: inSeconds(1) }]);

      // still down a second later: the batch and one event, then a longer pause
      t.clock.advance(1);
      expect(await outbox.drain()).toBe(0);
      expect(calls).toBe(8);
      expect((await outbox.failures()).paused).toEqual([{ consumer: 'down', until: inSeconds(2) }]);

      t.clock.advance(1);
      expect(await outbox.drain()).toBe(0);
      expect(calls).toBe(8);

      down = false;
      t.clock.advance(1);
      expect(await outbox.drain()).toBe(50);
      expect(await rowsOf('down')).toEqual([]);
      expect((await outbox.failures()).paused).toEqual([]);
    });

    it('logs events that keep failing at error level and shows them in the health check, which stays up', async () => {
      outbox.on('stuck', ['test.event'], async () => {
        throw new Error('no such thread');
      });
      const [id] = await enqueue('stuck', 1);
      await t.db.query(`UPDATE outbox SET attempts = 7 WHERE id = $1`, [id]);
      const since = t.clock.now();
      const error = jest.spyOn(Logger.prototype, 'error');

      try {
        await outbox.drain();
        expect(error.mock.calls.filter(([line]) => String(line).includes(`event ${id} `))).toEqual([
          [`stuck: event ${id} (test.event) failed (attempt 8), retry in 256s: no such thread`],
        ]);
      } finally {
        error.mockRestore();
      }
      expect(await rowsOf('stuck')).toEqual([{ id, attempts: 8, last_error: 'no such thread', available_at: inSeconds(256) }]);
      const res = await t.http.get('/health');
      expect(res.status).toBe(200);
      expect(res.body.info.outbox).toEqual({ status: 'up', stuck: [{ consumer: 'stuck', events: 1, attempts: 8, since: since.toISOString() }], paused: [] });
      await t.db.query(`DELETE FROM outbox WHERE id = $1`, [id]);
    });
  });
});
