import { Client } from 'pg';
import { endWindowsAt } from '../bench/escalation-windows.js';
import { member } from '../factories/accounts.factory.js';
import { category, thread } from '../factories/forum.factory.js';
import { settle, sweep } from '../factories/webcare.factory.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// The benchmark's "due time → escalation" measurement moves new questions back in time and lets
// the app's scheduler open their cases. Workers are off here, so the outbox delivers only when the
// test says: the app arms a question's timer after the ask, as it does under load.
describe('due time → escalation, as the benchmark measures it', () => {
  let t: TestApp;
  let db: Client;
  beforeAll(async () => {
    t = await createTestApp({}, { workers: false });
    db = new Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const casesOf = async (ids: string[]) =>
    (
      await db.query(
        `SELECT c.thread_id, c.created_at, array_agg(r.kind) AS kinds FROM webcare_cases c JOIN webcare_case_reasons r ON r.case_id = c.id
          WHERE c.thread_id = ANY($1::uuid[]) GROUP BY c.id`,
        [ids],
      )
    ).rows as Array<{ thread_id: string; created_at: Date; kinds: string[] }>;

  it('moves every question, also those whose timer the app arms after the call, and each case opens at its due time', async () => {
    const { id: categoryId } = await category(t);
    const ask = async () => (await thread(t, await member(t), { categoryId, title: `Nobody answers this question ${Math.random().toString(36).slice(2, 8)}`, body: 'Waiting for an answer that does not come.' })).id;
    const armed = [await ask(), await ask(), await ask()];
    await settle(t);
    // Asked last, like the benchmark's last questions: the outbox has not delivered them yet.
    const pending = [await ask(), await ask(), await ask()];
    const ids = [...armed, ...pending];
    const { rows: [timers] } = await db.query(`SELECT count(*)::int AS n FROM webcare_thread_timers WHERE thread_id = ANY($1::uuid[])`, [ids]);
    expect(timers.n).toBe(3);

    const endsAt = new Date(t.clock.now().getTime() + 2000);
    const moving = endWindowsAt(db, ids, endsAt, 10_000);
    await settle(t);
    const { dueAt } = await moving;

    t.clock.advance(1);
    await sweep(t);
    expect(await casesOf(ids)).toEqual([]);
    t.clock.advance(1);
    await sweep(t);
    const cases = await casesOf(ids);
    expect(cases.map((c) => c.thread_id).sort()).toEqual([...ids].sort());
    // Opened by the sweep at the due time, for the community window.
    for (const c of cases) {
      expect(dueAt.get(c.thread_id)).toBe(endsAt.getTime());
      expect(c.created_at.getTime()).toBe(endsAt.getTime());
      expect(c.kinds).toEqual(['UNANSWERED']);
    }
  });
});
