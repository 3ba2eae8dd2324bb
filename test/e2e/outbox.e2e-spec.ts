import { OutboxService, type DeliveredEvent } from '../../src/database/outbox/outbox.service.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// Consumers of these tests' own: rows go straight into the outbox, as `add` would write them, and
// only outbox.drain() delivers them (workers off).
describe('outbox delivery', () => {
  let t: TestApp;
  let outbox: OutboxService;
  beforeAll(async () => {
    t = await createTestApp({}, { workers: false });
    outbox = t.app.get(OutboxService);
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
});
