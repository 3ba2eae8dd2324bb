import { Client } from 'pg';
import { hashPassword } from '../auth/passwords.js';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from '../database/database-url.js';
import { runMigrations } from '../database/migrate.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { cpuMeter } from '../seed/cpu-usage.js';
import { checkLargeDataSet } from '../seed/large-checks.js';
import { repairIndexes } from '../seed/bulk-loader.js';
import { loadLargeDataSet, SEED_MARKER } from '../seed/large-seed.js';
import { parseArgs, runCli } from './cli-app.js';

// npm run seed:large -- --threads 100000 [--seed N] [--sessions 3] [--check]: bulk-loads a large
// community into the configured database (DATABASE_URL, else the embedded PostgreSQL in DATA_DIR);
// --sessions sets how many sessions load in parallel; --check runs the consistency checks of
// large-checks.ts afterwards. The analytics rollups are built by npm run analytics:rebuild.
void runCli(async () => {
  const args = parseArgs();
  const threads = Number(args.threads ?? 100_000);
  if (!Number.isInteger(threads) || threads < 10 || threads > 2_000_000) throw new Error('usage: npm run seed:large -- --threads N (10 to 2,000,000) [--seed N] [--check]');
  const seed = args.seed !== undefined ? Number(args.seed) : undefined;
  const started = Date.now();
  const db = await resolveDatabase(loadConfig(), () => undefined);
  try {
    await runMigrations(db.url);
    const connect = async () => {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      return c;
    };
    const client = await connect();
    try {
      // An interrupted load may have left indexes dropped: build them first.
      const repaired = await repairIndexes(client);
      if (repaired) console.log(`rebuilt ${repaired} indexes an interrupted load had dropped`);
      const { rows } = await client.query(
        `SELECT EXISTS (SELECT 1 FROM settings WHERE key = $1) OR EXISTS (SELECT 1 FROM users WHERE email LIKE 'load%@voltaro.test') AS loaded`,
        [SEED_MARKER],
      );
      if (rows[0].loaded) throw new Error('this database already holds a generated data set; use a fresh DATA_DIR or database');
      console.log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s (database, migrations)`);
      const loadStarted = Date.now();
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const cpu = await cpuMeter(client);
      const now = new Date();
      const result = await loadLargeDataSet(client, {
        threads, seed, passwordHash, now, log: (l) => console.log(`  ${l}`), connect, cpu, sessions: Number(args.sessions ?? 3),
      });
      console.log(`loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(result.counts)}`);
      console.log(`members sign in as loadN@voltaro.test (N = 1 … ${Math.floor(threads / 2)}), staff as agentN@voltaro.test and admin1@voltaro.test, with password ${DEMO_PASSWORD}`);
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      console.log(`analytics rollups of the three years: npm run analytics:rebuild -- --from ${day(now.getTime() - 3 * 366 * 86_400_000)} --to ${day(now.getTime())}`);
      if (args.check) {
        const checks = await checkLargeDataSet(client);
        for (const c of checks) console.log(`  ${c.violations === 0 ? 'ok  ' : 'FAIL'} ${c.name}${c.violations ? `: ${c.violations} rows` : ''}${c.seconds !== undefined ? ` (${c.seconds.toFixed(1)} s)` : ''}`);
        if (checks.some((c) => c.violations > 0)) throw new Error('consistency checks failed');
      }
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
});
