import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EnvSchema } from './env.schema.js';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Typed, validated configuration. Built once at start from the environment. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: { url?: string; embeddedPort: number; poolSize: number };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlSeconds: number;
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerAddress: number;
    loginFailureWindowSeconds: number;
  };
  logLevel: string;
  meili?: { url: string; masterKey: string };
  /** Redis for live updates across instances; unset means PostgreSQL LISTEN/NOTIFY. */
  redisUrl?: string;
  serveClient: boolean;
  trustProxy: boolean;
  responseCache: boolean;
  analytics: { timeZone: string; clusterMinScore: number };
}

/** Validates the environment, listing every bad variable at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(new EnvSchema())) if (source[key] !== undefined && source[key] !== '') raw[key] = source[key]!;
  for (const key of ['DATABASE_URL', 'JWT_SECRET', 'MEILI_URL', 'MEILI_MASTER_KEY', 'REDIS_URL']) {
    if (source[key] !== undefined && source[key] !== '') raw[key] = source[key]!;
  }
  const env = plainToInstance(EnvSchema, raw, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true });
  if (errors.length) {
    throw new ConfigError(errors.map((e) => `${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`));
  }
  const dataDir = resolve(env.DATA_DIR);
  return {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === 'production',
    port: env.PORT,
    host: env.HOST,
    dataDir,
    database: { url: env.DATABASE_URL, embeddedPort: env.EMBEDDED_PG_PORT, poolSize: env.DB_POOL_SIZE },
    auth: {
      jwtSecret: env.JWT_SECRET ?? developmentSecret(dataDir),
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
      loginMaxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      loginFailureWindowSeconds: env.LOGIN_FAILURE_WINDOW_SECONDS,
    },
    logLevel: env.LOG_LEVEL,
    meili: env.MEILI_URL ? { url: env.MEILI_URL, masterKey: env.MEILI_MASTER_KEY! } : undefined,
    redisUrl: env.REDIS_URL,
    serveClient: env.SERVE_CLIENT === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    responseCache: env.RESPONSE_CACHE === 'true',
    analytics: { timeZone: env.ANALYTICS_TIME_ZONE, clusterMinScore: env.ANALYTICS_CLUSTER_MIN_SCORE },
  };
}

// Outside production a secret is generated once per data folder, so sessions survive restarts.
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
