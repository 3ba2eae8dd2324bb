import type { DataSource } from 'typeorm';

// Also the thread views' flush, which runs every few seconds whatever the test does.
const BACKGROUND = /^\s*(START TRANSACTION|COMMIT|ROLLBACK|SELECT pg_(try_)?advisory_(un)?lock|UPDATE threads t SET view_count)/i;

/** Counts the SQL statements the app's DataSource sends for `work` outside transactions, while it runs. */
export async function countQueries<T>(db: DataSource, work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    // Background workers (outbox consumers, periodic sweeps) run in transactions or under
    // advisory locks; a page read does neither, so their statements are not the page's.
    if (!runner?.isTransactionActive && !BACKGROUND.test(query)) statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    logger.logQuery = original;
  }
}
