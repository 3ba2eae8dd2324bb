import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

const MIGRATION_LOCK = 7262_0001;

/** Applies pending migrations; an advisory lock keeps two starting instances from racing. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(url, 2), extra: { max: 1 } });
  await ds.initialize();
  try {
    await ds.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    const applied = await ds.runMigrations({ transaction: 'each' });
    await ds.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
