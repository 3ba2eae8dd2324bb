import type { DataSource } from 'typeorm';

/** Counts the SQL statements the app's DataSource sends while `work` runs. */
export async function countQueries<T>(db: DataSource, work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const statements: string[] = [];
  const logger = db.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    logger.logQuery = original;
  }
}
