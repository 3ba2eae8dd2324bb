// CPU seconds spent by this process and by a local PostgreSQL server (all its processes), for the
// load's progress lines: on a shared machine wall time says little, CPU time says where it went.
import { readdirSync, readFileSync } from 'node:fs';
import type { Client } from 'pg';

const TICKS = 100; // USER_HZ on Linux

function stat(pid: number): { ppid: number; cpu: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / TICKS };
  } catch {
    return null;
  }
}

/**
 * A reader of CPU seconds used so far: `node` by this process, `server` by the PostgreSQL server
 * of `db` when it runs on this machine (its postmaster and every child, live or exited), else null.
 */
export async function cpuMeter(db: Client): Promise<() => { node: number; server: number | null }> {
  let postmaster: number | null = null;
  try {
    const { rows } = await db.query(`SELECT pg_backend_pid() AS pid`);
    postmaster = stat(rows[0].pid)?.ppid ?? null;
    if (postmaster !== null && !readFileSync(`/proc/${postmaster}/cmdline`, 'utf8').includes('postgres')) postmaster = null;
  } catch {
    postmaster = null;
  }
  const server = (): number | null => {
    if (postmaster === null) return null;
    let total = stat(postmaster)?.cpu ?? 0;
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!pid) continue;
      const s = stat(pid);
      if (s && s.ppid === postmaster) total += s.cpu;
    }
    return total;
  };
  const base = { node: process.cpuUsage(), server: server() };
  return () => {
    const n = process.cpuUsage(base.node);
    const s = server();
    return { node: (n.user + n.system) / 1e6, server: s === null || base.server === null ? null : s - base.server };
  };
}
