import 'reflect-metadata';
import { createApp } from './bootstrap.js';
import { SystemClock } from './common/clock.js';
import { createLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { resolveDatabase } from './database/database-url.js';
import { runMigrations } from './database/migrate.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const db = await resolveDatabase(config, (line) => logger.debug({ component: 'postgres' }, line.trim()));
  logger.info({ embedded: db.embedded }, db.embedded ? `embedded PostgreSQL running in ${config.dataDir}` : 'using DATABASE_URL');
  const applied = await runMigrations(db.url);
  if (applied.length) logger.info({ applied }, 'migrations applied');

  const app = await createApp({ config, databaseUrl: db.url, clock: new SystemClock(), logger });
  await app.listen(config.port, config.host);
  logger.info(`Peerdesk listening on http://localhost:${config.port} (GraphQL at /graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.close();
    await db.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
