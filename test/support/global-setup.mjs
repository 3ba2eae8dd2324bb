// Runs outside Jest's module system, so it uses the compiled server (npm run build:server).
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../dist/src/database/embedded-postgres.js';
import { runMigrations } from '../../dist/src/database/migrate.js';

const TEMPLATE_DB = 'peerdesk_template';

/**
 * One PostgreSQL for the whole run (embedded unless TEST_DATABASE_URL is set); migrations are
 * applied once to a template database that every test file clones.
 */
export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'peerdesk-test-'));
    chmodSync(dir, 0o755); // the postgres system user must reach it when we run as root
    const port = 55000 + Math.floor(Math.random() * 5000);
    const server = await startEmbeddedPostgres(join(dir, 'pg'), port);
    globalThis.__PEERDESK_PG__ = server;
    adminUrl = server.url('postgres');
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DB}`;
  await runMigrations(url.toString());
  process.env.PEERDESK_TEST_ADMIN_URL = adminUrl;
}
