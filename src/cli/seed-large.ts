import { Client } from 'pg';
import { hashPassword } from '../auth/passwords.js';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from '../database/database-url.js';
import { runMigrations } from '../database/migrate.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import { loadLargeDataSet } from '../seed/large-seed.js';
import { parseArgs, runCli } from './cli-app.js';

// npm run seed:large -- --threads 100000: bulk-loads a large community into the configured database.
void runCli(async () => {
  const args = parseArgs();
  const threads = Number(args.threads ?? 100_000);
  if (!Number.isInteger(threads) || threads < 10 || threads > 5_000_000) throw new Error('usage: npm run seed:large -- --threads N (10 to 5,000,000)');
  const db = await resolveDatabase(loadConfig(), () => undefined);
  try {
    await runMigrations(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE 'load%@voltaro.test'`)).rows;
      if (n > 0) throw new Error('this database already holds a generated data set; use a fresh DATA_DIR or database');
      const started = Date.now();
      const counts = await loadLargeDataSet(client, { threads, passwordHash: await hashPassword(DEMO_PASSWORD), now: new Date(), log: (l) => console.log(`  ${l}`) });
      console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
      console.log(`members sign in as loadN@voltaro.test (N = 1 … ${Math.floor(threads / 2)}) with password ${DEMO_PASSWORD}`);
    } finally {
      await client.end();
    }
  } finally {
    await db.stop();
  }
});
