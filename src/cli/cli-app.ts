import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { createApp } from '../bootstrap.js';
import { SystemClock } from '../common/clock.js';
import { describeError } from '../common/describe-error.js';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config/app-config.js';
import { resolveDatabase } from '../database/database-url.js';
import { runMigrations } from '../database/migrate.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { PeriodicJobs } from '../database/periodic-jobs.js';

/** Arguments of the form `--name value` (or `--flag`). */
export function parseArgs(argv = process.argv.slice(2)): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) continue;
    const next = argv[i + 1];
    args[argv[i].slice(2)] = next && !next.startsWith('--') ? argv[++i] : 'true';
  }
  return args;
}

/**
 * Runs a command against the configured database (embedded when DATABASE_URL is unset) with the
 * application's services; migrations are applied first. Outbox rows written are processed by
 * the next running server, not here.
 */
export async function withApp<T>(work: (app: INestApplication) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const db = await resolveDatabase(config, () => undefined);
  try {
    await runMigrations(db.url);
    const app = await createApp({ config, databaseUrl: db.url, clock: new SystemClock(), logger });
    app.get(OutboxService).enabled = false;
    app.get(PeriodicJobs).enabled = false;
    await app.init();
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await db.stop();
  }
}

export async function runCli(work: () => Promise<void>): Promise<void> {
  try {
    await work();
    process.exit(0);
  } catch (err) {
    console.error(describeError(err));
    process.exit(1);
  }
}
