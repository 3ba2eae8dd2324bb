
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

async function query(url: string, sql: string) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  const root = mkdtempSync(join(tmpdir(), 'peerdesk-embedded-'));
  chmodSync(root, 0o755);
  const dir = join(root, 'pg');
  const port = 60000 + Math.floor(Math.random() * 4000);

  it('keeps its data across start, stop and start', async () => {
    const first = await startEmbeddedPostgres(dir, port);
    await query(first.url('postgres'), `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);
    await first.stop();
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);

    const second = await startEmbeddedPostgres(dir, port);
    expect(await query(second.url('postgres'), `SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
    await second.stop();
  });

  it('starts after a run that was killed with SIGKILL, leaving its lock and an orphaned server', async () => {
    // A separate Node process owns the server, then dies without any chance to stop it.
    const module = join(process.cwd(), 'dist/src/database/embedded-postgres.js');
    const owner = spawn(process.execPath, ['--input-type=module', '-e',
      `const { startEmbeddedPostgres } = await import(${JSON.stringify(module)});
       await startEmbeddedPostgres(${JSON.stringify(dir)}, ${port}); console.log('up'); setInterval(() => {}, 1000);`]);
    await new Promise<void>((resolve, reject) => {
      owner.stdout.on('data', (d) => String(d).includes('up') && resolve());
      owner.on('exit', (code) => reject(new Error(`owner exited ${code}`)));
    });
    const orphan = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    owner.kill('SIGKILL');
    await new Promise((r) => owner.once('exit', r));

    const again = await startEmbeddedPostgres(dir, port);
    expect(await query(again.url('postgres'), `SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
    const now = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(now).not.toBe(orphan);
    await again.stop();
  });

  it('shares the server of a live Peerdesk process instead of starting a second one', async () => {
    const owner = await startEmbeddedPostgres(dir, port);
    const guest = await startEmbeddedPostgres(dir, port);
    expect(await query(guest.url('postgres'), `SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
    await guest.stop(); // a no-op for the guest
    expect(await query(owner.url('postgres'), `SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
    await owner.stop();
  });

  it('starts when a lock file names a process that no longer exists', async () => {
    writeFileSync(join(dir, 'postmaster.pid'), '999999\n' + dir + '\n');
    const pg = await startEmbeddedPostgres(dir, port);
    expect(await query(pg.url('postgres'), `SELECT v FROM kept`)).toEqual([{ v: 'still here' }]);
    await pg.stop();
  });

  it('says why when the server exits while starting (its port is taken)', async () => {
    const squatter = createServer();
    await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', r));
    try {
      const started = startEmbeddedPostgres(dir, port);
      await expect(started).rejects.toThrow(`embedded PostgreSQL (data folder ${dir}, port ${port}) exited while starting; its last messages:`);
      await expect(started).rejects.toThrow(/Address already in use/);
    } finally {
      await new Promise((r) => squatter.close(r));
    }
    expect(existsSync(join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('ships the extensions and text search configurations the product needs', async () => {
    const pg = await startEmbeddedPostgres(dir, port);
    const rows = await query(
      pg.url('postgres'),
      `SELECT (SELECT count(*)::int FROM pg_available_extensions WHERE name IN ('pg_trgm', 'unaccent')) AS ext,
              (SELECT count(*)::int FROM pg_ts_config WHERE cfgname IN ('english', 'dutch')) AS cfg`,
    );
    expect(rows).toEqual([{ ext: 2, cfg: 2 }]);
    await pg.stop();
  });
});

