import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { CLIENT_DIST, createApp } from '../../src/bootstrap.js';
import { FakeClock } from '../../src/common/clock.js';
import { createLogger } from '../../src/common/logger.js';
import { loadConfig, type AppConfig } from '../../src/config/app-config.js';
import { OutboxService } from '../../src/database/outbox/outbox.service.js';
import { PeriodicJobs } from '../../src/database/periodic-jobs.js';
import { ThreadViewsService } from '../../src/forum/threads/thread-views.service.js';
import { createTestDatabase } from './test-db.js';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

/** Something that can sign a request: a token string, or an object carrying one. */
export type As = string | { token: string } | null | undefined;

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  clock: FakeClock;
  db: DataSource;
  config: AppConfig;
  /** This app's database; a second instance on it: createTestApp({}, { databaseUrl }). */
  databaseUrl: string;
  gql<T = any>(as: As, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
  /** Runs every due outbox delivery now (workers also run by themselves). */
  drainOutbox(): Promise<number>;
  /** Listens on a free loopback port (for browser tests) and returns the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application over real HTTP, on its own database cloned from the template. With
 * `workers: false` no background work runs (outbox deliveries only through drainOutbox, no
 * periodic sweeps), for tests that count SQL statements. With `databaseUrl` it joins another
 * test app's database (two instances of one deployment) and leaves dropping it to that app.
 */
export async function createTestApp(env: Record<string, string> = {}, opts: { workers?: boolean; databaseUrl?: string } = {}): Promise<TestApp> {
  const database = opts.databaseUrl ? { url: opts.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent', SERVE_CLIENT: 'false', RESPONSE_CACHE: 'false', ...env });
  const clock = new FakeClock();
  const app = await createApp({ config, databaseUrl: database.url, clock, logger: createLogger(config.logLevel) });
  if (config.serveClient && !existsSync(join(CLIENT_DIST, 'index.html'))) throw new Error(`SERVE_CLIENT needs the built client in ${CLIENT_DIST}: run npm run build:client`);
  if (opts.workers === false) {
    app.get(OutboxService).enabled = false;
    app.get(PeriodicJobs).enabled = false;
    app.get(ThreadViewsService).enabled = false;
  }
  await app.init();
  const http = request(app.getHttpServer());
  const outbox = app.get(OutboxService);
  return {
    app,
    http,
    clock,
    config,
    databaseUrl: database.url,
    db: app.get(DataSource),
    async gql(as, query, variables, headers = {}) {
      const token = typeof as === 'string' ? as : as?.token;
      let req = http.post('/graphql').set('content-type', 'application/json');
      if (token) req = req.set('authorization', `Bearer ${token}`);
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      const res = await req.send({ query, variables });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
    async drainOutbox() {
      // The background worker skips nothing, but our drain skips rows the worker holds (SKIP
      // LOCKED): wait for it, and repeat until neither finds anything left.
      let delivered = 0;
      for (;;) {
        while (outbox.busy) await new Promise((r) => setTimeout(r, 10));
        const n = await outbox.drain();
        delivered += n;
        if (n === 0 && !outbox.busy) return delivered;
      }
    },
    async listen() {
      await app.listen(0, '127.0.0.1');
      const { port } = app.getHttpServer().address() as AddressInfo;
      return `http://127.0.0.1:${port}`;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** The first error's code, for terse assertions. */
export const codeOf = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions?.code;
