import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

// Globs work for both the compiled build (.js) and ts-node/jest (.ts).
const ext = import.meta.filename.endsWith('.ts') ? 'ts' : 'js';
export const ENTITY_GLOB = join(import.meta.dirname, '..', '**', `*.entity.${ext}`);
export const MIGRATION_GLOB = join(import.meta.dirname, '..', '..', 'migrations', `*.${ext}`);

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'peerdesk' },
  };
}
