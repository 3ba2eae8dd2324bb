import { DataSource } from 'typeorm';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { SystemClock } from '../common/clock.js';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source.js';
import type { PeriodicJobs } from '../database/periodic-jobs.js';
import { Tx } from '../database/tx.js';

/**
 * Builds the analytics rollup (analytics_daily) for the days `from`..`to` with the app's own
 * AnalyticsService: the running app only refreshes yesterday and today, so without this a
 * generated history would show in analytics only from the day it was loaded. Runs without
 * booting the application: only rebuild() is used, never the periodic job it registers at start.
 */
export async function rollUpAnalytics(url: string, config: AppConfig, from: Date, to: Date): Promise<number> {
  const ds = new DataSource({ ...dataSourceOptions(url, 1), extra: { max: 1 } });
  await ds.initialize();
  try {
    const analytics = new AnalyticsService(new Tx(ds), new SystemClock(), null as unknown as PeriodicJobs, config);
    return await analytics.rebuild(analytics.localDate(from), analytics.localDate(to));
  } finally {
    await ds.destroy();
  }
}
