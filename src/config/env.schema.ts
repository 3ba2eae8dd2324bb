import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsTimeZone, IsUrl, Max, Min, MinLength, ValidateIf } from 'class-validator';

/** Every environment variable Peerdesk reads. process.env is read nowhere else. */
export class EnvSchema {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsOptional() @IsString()
  HOST = '0.0.0.0';

  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsOptional() @IsString()
  DATA_DIR = './.data';

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE = 10;

  // Required in production; in development a secret is generated once and kept in DATA_DIR.
  @ValidateIf((env: EnvSchema) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (required in production)' })
  JWT_SECRET?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(60) @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IsOptional() @Type(() => Number) @IsInt() @Min(3600) @Max(365 * 86400)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86400;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(10000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(86400)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  MEILI_URL?: string;

  @ValidateIf((env: EnvSchema) => !!env.MEILI_URL)
  @IsString() @MinLength(16, { message: 'MEILI_MASTER_KEY (at least 16 characters) is required when MEILI_URL is set' })
  MEILI_MASTER_KEY?: string;

  // Live updates cross instances through Redis pub/sub when set, else PostgreSQL LISTEN/NOTIFY.
  @IsOptional() @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  @IsOptional() @IsIn(['true', 'false'])
  SERVE_CLIENT = 'true';

  @IsOptional() @IsIn(['true', 'false'])
  TRUST_PROXY = 'false';

  @IsOptional() @IsIn(['true', 'false'])
  RESPONSE_CACHE = 'true';

  // Analytics days start at local midnight in this IANA time zone.
  @IsOptional() @IsTimeZone()
  ANALYTICS_TIME_ZONE = 'Europe/Amsterdam';

  // A new thread joins the recurring-problem cluster of its most similar older thread when the
  // similar-questions score (0..1, the search engine's) reaches this. Tuned for the PostgreSQL
  // engine on test/fixtures/similar-questions.json; Meilisearch scores run higher.
  @IsOptional() @Type(() => Number) @IsNumber() @Min(0) @Max(1)
  ANALYTICS_CLUSTER_MIN_SCORE = 0.27;
}
