import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from '../database/database-url.js';
import { runMigrations } from '../database/migrate.js';
import { runCli } from './cli-app.js';

// npm run migration:run
void runCli(async () => {
  const db = await resolveDatabase(loadConfig(), () => undefined);
  try {
    const applied = await runMigrations(db.url);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } finally {
    await db.stop();
  }
});
