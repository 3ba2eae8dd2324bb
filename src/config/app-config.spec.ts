import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'peerdesk-config-'));

  it('applies the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config).toMatchObject({ env: 'development', port: 3000, database: { url: undefined, embeddedPort: 54329, poolSize: 10 } });
    expect(config.auth.accessTokenTtlSeconds).toBe(900);
    expect(config.meili).toBeUndefined();
  });

  it('lists every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', MEILI_URL: 'http://localhost:7700', DATA_DIR: dataDir });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = error!.problems.map((p) => p.split(':')[0]).sort();
    expect(names).toEqual(['DATABASE_URL', 'MEILI_MASTER_KEY', 'NODE_ENV', 'PORT']);
  });

  it('requires a JWT secret of 32+ characters in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'short', DATA_DIR: dataDir })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATA_DIR: dataDir }).isProduction).toBe(true);
  });

  it('outside production, generates one secret per data folder and keeps it', () => {
    const a = loadConfig({ DATA_DIR: dataDir }).auth.jwtSecret;
    const b = loadConfig({ DATA_DIR: dataDir }).auth.jwtSecret;
    expect(a).toHaveLength(96);
    expect(b).toBe(a);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(a);
  });
});
