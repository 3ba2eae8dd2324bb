import { Client } from 'pg';
import { AnalyticsService } from '../../src/analytics/analytics.service.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { LedgerService } from '../../src/reputation/ledger.service.js';
import { PENDING_INDEXES } from '../../src/seed/bulk-loader.js';
import { checkLargeDataSet } from '../../src/seed/large-checks.js';
import { loadLargeDataSet, planLargeDataSet, SEED_MARKER, type LargeSeedResult } from '../../src/seed/large-seed.js';
import { CasesRepository, slaStatusOf } from '../../src/webcare/cases/cases.repository.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-db.js';

// A generated community of 2,000 threads, loaded the way `npm run seed:large` loads 100,000, must
// keep every rule the app keeps: the consistency checks all find nothing, the app's own code
// (SLA clocks, reputation rebuild, analytics rollup) agrees with what was written, and the
// indexes after the load are exactly the migrations' indexes.
const NOW = new Date('2026-11-25T10:00:00Z');
const THREADS = 2000;

describe('large data set loader', () => {
  let t: TestApp;
  let db: Client;
  let result: LargeSeedResult;
  const connect = async () => {
    const c = new Client({ connectionString: t.databaseUrl });
    await c.connect();
    return c;
  };
  const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);

  beforeAll(async () => {
    t = await createTestApp({}, { workers: false });
    t.clock.set(NOW);
    db = await connect();
    result = await loadLargeDataSet(db, { threads: THREADS, seed: 15, now: NOW, passwordHash: await hashPassword('peerdesk-demo'), log: () => undefined, connect, sessions: 3 });
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  it('writes the planned sizes: members = threads / 2, six agents and two admins, five community answers per thread', async () => {
    expect(await count(`SELECT count(*) AS n FROM threads`)).toBe(2000);
    expect(await count(`SELECT count(*) AS n FROM users WHERE role = 'MEMBER'`)).toBe(1000);
    expect(await count(`SELECT count(*) AS n FROM users WHERE role = 'STAFF'`)).toBe(6);
    expect(await count(`SELECT count(*) AS n FROM users WHERE role = 'ADMIN'`)).toBe(2);
    expect(await count(`SELECT count(*) AS n FROM answers WHERE NOT is_staff`)).toBe(10_000);
    // Staff answers are the public first responses of cases, one per case at most.
    expect(await count(`SELECT count(*) AS n FROM answers a WHERE a.is_staff AND NOT EXISTS (SELECT 1 FROM webcare_cases c WHERE c.thread_id = a.thread_id)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM webcare_thread_timers`)).toBe(2000);
    expect(result.counts.threads).toBe(2000);
    expect(result.counts.votes).toBe(await count(`SELECT count(*) AS n FROM votes`));
  });

  it('passes every consistency check with zero violations', async () => {
    const checks = await checkLargeDataSet(db, 20_000);
    expect(checks.length).toBe(50);
    expect(checks.filter((c) => c.violations !== 0).map((c) => `${c.name}: ${c.violations}`)).toEqual([]);
  });

  it('leaves exactly the indexes the migrations define, none pending, and the rows frozen', async () => {
    const admin = new URL(t.databaseUrl);
    admin.pathname = '/peerdesk_template';
    const template = new Client({ connectionString: admin.toString() });
    await template.connect();
    const indexes = `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`;
    try {
      const expected = (await template.query(indexes)).rows;
      expect(expected.length).toBeGreaterThan(100);
      expect((await db.query(indexes)).rows).toEqual(expected);
    } finally {
      await template.end();
    }
    expect(await count(`SELECT count(*) AS n FROM settings WHERE key = '${PENDING_INDEXES}'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM settings WHERE key = '${SEED_MARKER}'`)).toBe(1);
    // Clustering starts after the generated threads (they count as data from before it).
    expect(await count(`SELECT count(*) AS n FROM analytics_refresh_state s JOIN threads t ON t.id = s.clusters_after
      WHERE s.clusters_until = t.created_at AND t.created_at = (SELECT max(created_at) FROM threads)`)).toBe(1);
    // COPY FREEZE marks the pages it fills from empty all-visible (pages a later batch continues
    // are not), so a later vacuum has almost nothing to do; ANALYZE copied the counts into pg_class.
    const { rows } = await db.query(`SELECT relname, relpages, relallvisible FROM pg_class WHERE relname IN ('threads', 'answers', 'votes', 'reputation_events', 'revisions') ORDER BY relname`);
    expect(rows.map((r) => r.relname)).toEqual(['answers', 'reputation_events', 'revisions', 'threads', 'votes']);
    expect(rows.filter((r) => r.relpages === 0 || r.relallvisible < 0.85 * r.relpages)).toEqual([]);
    expect(result.load.frozen.length).toBe(Object.keys(result.counts).length);
  });

  it('rebuilding reputation from the ledger changes no member', async () => {
    expect(await t.app.get(LedgerService).rebuild(t.db.manager)).toBe(0);
  });

  it('has cases in every state and the app computes the same due times and breaches from their history', async () => {
    const { rows: states } = await db.query(`SELECT status, count(*)::int AS n FROM webcare_cases GROUP BY status ORDER BY status`);
    expect(states.map((s) => s.status)).toEqual(['NEW', 'OPEN', 'PENDING_MEMBER', 'RESOLVED']);
    expect(await count(`SELECT count(*) AS n FROM webcare_cases WHERE transfer_count > 0`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM webcare_cases WHERE status <> 'RESOLVED' AND (first_response_breached_at IS NOT NULL OR resolution_breached_at IS NOT NULL)`)).toBeGreaterThan(0);
    const ids: string[] = (await db.query(`SELECT id FROM webcare_cases`)).rows.map((r) => r.id);
    const cases = await CasesRepository.byIds(t.db.manager, ids);
    const history = await CasesRepository.historyOf(t.db.manager, ids);
    const mismatches = cases.filter((c) => {
      const sla = slaStatusOf(c, history.filter((h) => h.caseId === c.id), NOW);
      // While paused the API shows the due time as if the clock resumed now; stored is the time at the pause.
      return (
        sla.firstResponse.dueAt.getTime() !== c.firstResponseDueAt.getTime() ||
        (!sla.paused && sla.resolution.dueAt.getTime() !== c.resolutionDueAt.getTime()) ||
        sla.paused !== (c.status === 'PENDING_MEMBER') ||
        sla.priority !== c.priority
      );
    });
    expect(mismatches.map((c) => c.id)).toEqual([]);
    // Breach marks (as the sweep sets them) against the app's SLA status.
    const { rows: marks } = await db.query(`SELECT id, first_response_breached_at IS NOT NULL AS fr, resolution_breached_at IS NOT NULL AS res FROM webcare_cases`);
    const byId = new Map(cases.map((c) => [c.id, slaStatusOf(c, history.filter((h) => h.caseId === c.id), NOW)]));
    expect(marks.filter((m) => byId.get(m.id)!.firstResponse.breached !== m.fr || byId.get(m.id)!.resolution.breached !== m.res).map((m) => m.id)).toEqual([]);
  });

  it('feeds analytics: the rollup over the three years counts every question, case, rating and search', async () => {
    const analytics = t.app.get(AnalyticsService);
    await analytics.rebuild(analytics.localDate(new Date(NOW.getTime() - 3 * 366 * 86_400_000)), analytics.localDate(NOW));
    const [sums] = (await db.query(
      `SELECT sum(questions)::int AS questions, sum(cases_opened)::int AS cases, sum(ratings_count)::int AS ratings, sum(searches)::int AS searches,
              sum(searches_no_result)::int AS gaps, sum(suggestions_shown)::int AS shown, sum(asks_abandoned)::int AS abandoned FROM analytics_daily`,
    )).rows;
    expect(sums.questions).toBe(2000);
    expect(sums.cases).toBe(await count(`SELECT count(*) AS n FROM webcare_cases`));
    expect(sums.ratings).toBe(await count(`SELECT count(*) AS n FROM webcare_cases WHERE rating IS NOT NULL`));
    expect(sums.searches).toBe(await count(`SELECT count(*) AS n FROM search_events WHERE kind = 'search'`));
    expect(sums.gaps).toBeGreaterThan(0);
    expect(sums.shown).toBe(await count(`SELECT count(*) AS n FROM suggestion_events WHERE event = 'SHOWN'`));
    expect(sums.abandoned).toBeGreaterThan(0);
  });

  it('loads the same way with foreign keys checked row by row (no superuser rights): threads are linked to answers and cases at the end', async () => {
    const other = await createTestDatabase();
    const open = async () => {
      const c = new Client({ connectionString: other.url });
      await c.connect();
      return c;
    };
    const c = await open();
    try {
      const loaded = await loadLargeDataSet(c, { threads: 300, seed: 15, now: NOW, passwordHash: 'x', log: () => undefined, connect: open, checkKeys: true });
      expect(loaded.load.replica).toBe(false);
      expect(Number((await c.query(`SELECT count(*) AS n FROM threads WHERE accepted_answer_id IS NOT NULL`)).rows[0].n)).toBeGreaterThan(0);
      const checks = await checkLargeDataSet(c, 1000);
      expect(checks.filter((x) => x.violations !== 0).map((x) => `${x.name}: ${x.violations}`)).toEqual([]);
    } finally {
      await c.end();
      await other.drop();
    }
  });

  it('is deterministic: the same seed and time plan the same community', () => {
    const digest = (n: number) => {
      const set = planLargeDataSet(n, NOW.getTime(), 15);
      return [set.ids.threadOrder.map((x) => `${x.title}|${x.body}|${x.answers.length}|${x.score}`).join('\n'), set.ids.threads.hex(0), set.ledger().n, set.webcare.cases.length];
    };
    expect(digest(300)).toEqual(digest(300));
  });
});
