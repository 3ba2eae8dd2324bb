import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import { BadInputError } from '../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { OutboxService, type DeliveredEvent } from '../database/outbox/outbox.service.js';
import { PeriodicJobs } from '../database/periodic-jobs.js';
import { Tx } from '../database/tx.js';
import {
  DAYS_OF_CHANGED_CASES, INSERT_ACTIVE, INSERT_CONTRIBUTORS, INSERT_CONTRIBUTORS_MONTHLY, INSERT_DAILY, INSERT_HITS_OF_THREADS,
  INSERT_RESPONSE_TIMES, INSERT_THREAD_HITS, INSERT_WEBCARE, NUMBER_MEMBERS, TAKE_DAYS_OF_CHANGED_THREADS, type Counter,
} from './rollup-sql.js';

export { COUNTERS, NIL as NO_CATEGORY } from './rollup-sql.js';
export type { Counter };
export type Counters = Record<Counter, number>;
export type Interval = 'DAY' | 'WEEK' | 'MONTH';

const MAX_RANGE_DAYS = 3 * 366;
const DAY_MS = 86_400_000;
// Cases changed a little before the last refresh are looked at again: a transaction that stamped
// its change before the refresh may have committed after it.
const CHANGED_CASES_OVERLAP_MS = 10 * 60_000;

const ROLLUP_LOCK = `SELECT pg_advisory_xact_lock(hashtext('peerdesk:analytics_daily'))`;
const TABLES = ['analytics_daily', 'analytics_webcare_daily', 'analytics_active_members', 'analytics_contributors_daily', 'analytics_thread_hits'];
const RESPONSE_TIMES_CONSUMER = 'analytics.response_times';
// What changes the response times of a thread's day of asking: its first answer, an acceptance given
// or undone (also by deleting the accepted answer or merging the thread into another), deletion and a
// move to another category. Staff resolving a thread sets no accepted answer: no change.
const THREAD_CHANGES = ['forum.answer.posted', 'forum.answer.accepted', 'forum.answer.unaccepted', 'forum.answer.deleted', 'forum.thread.deleted', 'forum.thread.moderated'];

/**
 * Daily rollups of community, deflection and webcare figures, rebuilt from the raw tables: a
 * periodic job refreshes yesterday and today (local time), the days of cases that changed since
 * its last run and the response times of the days of changed threads; `rebuild` recomputes any
 * range and gives the same rows.
 */
@Injectable()
export class AnalyticsService implements OnModuleInit {
  readonly timeZone: string;

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly jobs: PeriodicJobs,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.timeZone = config.analytics.timeZone;
  }

  onModuleInit(): void {
    this.jobs.register('analytics.refresh', 60_000, () => this.refreshRecent());
    this.outbox.on(RESPONSE_TIMES_CONSUMER, THREAD_CHANGES, (events) => this.noteChangedThreads(events));
  }

  // Only notes the threads (no lock, no wait on the refresh job): the next refresh rolls their days up again.
  private async noteChangedThreads(events: DeliveredEvent[]): Promise<void> {
    const ids = [...new Set(events.map((e) => e.payload.threadId as string | undefined).filter((id) => !!id))];
    await this.tx.em.query(`INSERT INTO analytics_changed_threads (thread_id) SELECT unnest($1::uuid[])`, [ids]);
  }

  /** The local date (YYYY-MM-DD) of an instant in the configured time zone. */
  localDate(at: Date): string {
    return new Intl.DateTimeFormat('en-CA', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  }

  /** Today in the configured time zone. */
  today(): string {
    return this.localDate(this.clock.now());
  }

  /**
   * Incremental refresh: yesterday and today, local time, and every day on which a case that
   * changed since the last run had something counted (it may have moved team or been reopened);
   * then the response times of the days on which changed threads were asked (answered, accepted,
   * deleted or moved since). Returns the number of rollup rows written.
   */
  refreshRecent(): Promise<number> {
    return this.tx.run(async (em) => {
      await em.query(ROLLUP_LOCK);
      const now = this.clock.now();
      const today = this.localDate(now);
      const [state] = await em.query(`SELECT cases_until FROM analytics_refresh_state WHERE id = 1 FOR UPDATE`);
      const days = new Set([addDays(today, -1), today]);
      if (state?.cases_until) {
        const since = new Date(new Date(state.cases_until).getTime() - CHANGED_CASES_OVERLAP_MS);
        const changed: Array<{ day: string }> = await em.query(DAYS_OF_CHANGED_CASES, [since, this.timeZone]);
        for (const { day } of changed) if (day <= today) days.add(day);
      }
      const asked: Array<{ day: string }> = await em.query(TAKE_DAYS_OF_CHANGED_THREADS, [this.timeZone]);
      let written = await this.rebuildDays(em, [...days]);
      written += await this.rebuildResponseTimes(em, asked.map((r) => r.day).filter((d) => !days.has(d)));
      await em.query(`UPDATE analytics_refresh_state SET cases_until = $1 WHERE id = 1`, [now]);
      return written;
    });
  }

  /**
   * Recomputes the rollup rows of the local days `from`..`to` (inclusive, YYYY-MM-DD) from the raw
   * tables, in one transaction; returns the number of rows written.
   */
  rebuild(from: string, to: string): Promise<number> {
    return this.tx.run(async (em) => {
      await em.query(ROLLUP_LOCK);
      return this.rebuildRange(em, from, to);
    });
  }

  /** Rebuilds the given local days (any order, repeats allowed) as runs of consecutive days. */
  private async rebuildDays(em: EntityManager, days: string[]): Promise<number> {
    const sorted = [...new Set(days)].sort();
    let written = 0;
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === addDays(sorted[j], 1)) j++;
      written += await this.rebuildRange(em, sorted[i], sorted[j]);
      i = j + 1;
    }
    return written;
  }

  private async rebuildRange(em: EntityManager, from: string, to: string): Promise<number> {
    const now = this.clock.now();
    const params = [from, to, this.timeZone];
    for (const table of TABLES) await em.query(`DELETE FROM ${table} WHERE day BETWEEN $1::date AND $2::date`, [from, to]);
    let written = 0;
    const insert = async (sql: string, p: unknown[]) => {
      const [{ n }] = await em.query(`WITH ins AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM ins`, p);
      written += n;
    };
    await insert(INSERT_DAILY, [...params, now]);
    await insert(INSERT_WEBCARE, [...params, now]);
    await em.query(NUMBER_MEMBERS, params);
    await insert(INSERT_ACTIVE, [...params, now]);
    await insert(INSERT_CONTRIBUTORS, params);
    await insert(INSERT_THREAD_HITS, params);
    written += await this.rebuildResponseTimes(em, daysFrom(from, to));
    // Months that are over and were touched get their monthly contributor rows again.
    const months = completeMonths(from, to, this.localDate(now));
    if (months.length) {
      await em.query(`DELETE FROM analytics_contributors_monthly WHERE month = ANY($1::date[])`, [months]);
      await insert(INSERT_CONTRIBUTORS_MONTHLY, [months]);
    }
    return written;
  }

  /** Rolls up the response times of some local days again (any order), in the caller's transaction. */
  private async rebuildResponseTimes(em: EntityManager, days: string[]): Promise<number> {
    if (!days.length) return 0;
    await em.query(`DELETE FROM analytics_response_times WHERE day = ANY($1::date[])`, [days]);
    const [{ n }] = await em.query(`WITH ins AS (${INSERT_RESPONSE_TIMES} RETURNING 1) SELECT count(*)::int AS n FROM ins`, [days, this.timeZone]);
    return n;
  }

  /** Rolls up the whole history of threads that just joined a cluster (members hit per day), in the caller's transaction. */
  async rebuildThreadHits(em: EntityManager, threadIds: string[]): Promise<void> {
    if (!threadIds.length) return;
    await em.query(`DELETE FROM analytics_thread_hits WHERE thread_id = ANY($1::uuid[])`, [threadIds]);
    await em.query(INSERT_HITS_OF_THREADS, [threadIds, this.timeZone]);
  }
}

export interface DayRange {
  from: string;
  to: string;
}

/** Checks a day range given by a client: ISO dates, from ≤ to, at most about three years. */
export function dayRange(from: string, to: string): DayRange {
  const problems = [];
  const f = Date.parse(`${from}T00:00:00Z`);
  const t = Date.parse(`${to}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(f)) problems.push({ field: 'from', messages: ['must be a date (YYYY-MM-DD)'] });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to) || Number.isNaN(t)) problems.push({ field: 'to', messages: ['must be a date (YYYY-MM-DD)'] });
  if (!problems.length && t < f) problems.push({ field: 'to', messages: ['must not be before from'] });
  if (!problems.length && (t - f) / DAY_MS > MAX_RANGE_DAYS) problems.push({ field: 'to', messages: [`the range may span at most ${MAX_RANGE_DAYS} days`] });
  if (problems.length) throw new BadInputError(problems);
  return { from, to };
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The days `from`..`to` inclusive (YYYY-MM-DD). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

/** Days from `from` to `to` inclusive. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** First days (YYYY-MM-01) of the months that overlap `from`..`to` and ended before the month of `today`. */
export function completeMonths(from: string, to: string, today: string): string[] {
  const months: string[] = [];
  const current = `${today.slice(0, 7)}-01`;
  for (let m = `${from.slice(0, 7)}-01`; m <= to && m < current; m = nextMonth(m)) months.push(m);
  return months;
}

/** First days of the months lying wholly inside `from`..`to` and before the month of `today`. */
export function wholeMonthsInside(from: string, to: string, today: string): string[] {
  return completeMonths(from, to, today).filter((m) => m >= from && addDays(nextMonth(m), -1) <= to);
}

export function nextMonth(firstOfMonth: string): string {
  const [y, m] = firstOfMonth.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
