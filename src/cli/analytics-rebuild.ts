import { ClustersService } from '../analytics/clusters/clusters.service.js';
import { addDays, AnalyticsService, nextMonth } from '../analytics/analytics.service.js';
import { parseArgs, runCli, withApp } from './cli-app.js';

const USAGE = 'usage: npm run analytics:rebuild -- --from YYYY-MM-DD --to YYYY-MM-DD [--clusters]';

// npm run analytics:rebuild -- --from 2025-01-01 --to 2025-12-31 [--clusters]: recomputes the
// analytics rollups of those local days from the raw tables, a month per transaction. With
// --clusters it first places the threads asked in those days that are in no cluster yet (for
// data that existed before clustering), which takes one similar-questions search per thread.
void runCli(async () => {
  const args = parseArgs();
  const isDay = (d: string | undefined): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`));
  const { from, to } = args;
  if (!isDay(from) || !isDay(to) || to < from) throw new Error(USAGE);
  await withApp(async (app) => {
    const analytics = app.get(AnalyticsService);
    if (args.clusters === 'true') {
      const started = Date.now();
      const placed = await app.get(ClustersService).placeThreadsAskedBetween(
        new Date(`${addDays(from, -1)}T00:00:00Z`), new Date(`${addDays(to, 2)}T00:00:00Z`),
        (done) => done % 1000 === 0 && console.log(`clusters: ${done} threads looked at`),
      );
      console.log(`clusters: ${placed} threads placed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    let rows = 0;
    for (let start = from; start <= to; ) {
      const end = [addDays(nextMonth(`${start.slice(0, 7)}-01`), -1), to].sort()[0];
      const started = Date.now();
      const n = await analytics.rebuild(start, end);
      rows += n;
      console.log(`${start}..${end}: ${n} rollup rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      start = addDays(end, 1);
    }
    console.log(`analytics rebuilt for ${from}..${to} (${analytics.timeZone}): ${rows} rollup rows`);
  });
});
