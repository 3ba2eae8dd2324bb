import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  running: boolean;
}

// A stable 64-bit advisory lock key per job name.
const lockKey = (name: string): string => BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(`peerdesk:${name}`).digest('hex').slice(0, 16)}`)).toString();

/**
 * Background sweeps that every instance schedules but only one runs at a time: each run holds a
 * session advisory lock named after the job, and an instance that cannot take it skips that turn.
 */
@Injectable()
export class PeriodicJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PeriodicJobs');
  private readonly jobs = new Map<string, Job>();
  enabled = true;

  constructor(private readonly dataSource: DataSource) {}

  register(name: string, everyMs: number, run: () => Promise<unknown>): void {
    this.jobs.set(name, { name, everyMs, run, running: false });
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    for (const job of this.jobs.values()) {
      job.timer = setInterval(() => void this.runNow(job.name), job.everyMs);
      job.timer.unref();
    }
  }

  onApplicationShutdown(): void {
    for (const job of this.jobs.values()) if (job.timer) clearInterval(job.timer);
  }

  /** Runs a job now unless another instance (or this one) is running it; returns whether it ran. */
  async runNow(name: string): Promise<boolean> {
    const job = this.jobs.get(name);
    if (!job || job.running) return false;
    job.running = true;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [lockKey(name)]);
      if (!locked) return false;
      try {
        await job.run();
        return true;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [lockKey(name)]);
      }
    } catch (err) {
      this.logger.error(`${name} failed: ${(err as Error).message}`);
      return false;
    } finally {
      job.running = false;
      await runner.release();
    }
  }
}
