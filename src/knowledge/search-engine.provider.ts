import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createMeiliClient } from './meili/meili-client.js';
import { MeiliSearchEngine } from './meili/meili-search-engine.js';
import { PostgresSearchEngine, type Queryable } from './postgres/postgres-search-engine.js';
import { loadSearchDefinitions, type SearchDefinitions } from './search-definitions.js';
import type { SearchEngine } from './search-port.js';

/** The SearchEngine in use (inject with @Inject(SEARCH_ENGINE)). */
export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
/** The definitions read from search/ at start. */
export const SEARCH_DEFINITIONS = Symbol('SEARCH_DEFINITIONS');

/** Meilisearch when MEILI_URL is configured, else PostgreSQL full-text search on the app's database. */
export function createSearchEngine(config: AppConfig, dataSource: DataSource, definitions: SearchDefinitions): SearchEngine {
  if (config.meili) {
    return new MeiliSearchEngine(createMeiliClient({ url: config.meili.url, masterKey: config.meili.masterKey }), { definitions });
  }
  return new PostgresSearchEngine(postgresQueryable(dataSource), { definitions });
}

/** The app's connection pool for the PostgreSQL engine: queries through TypeORM, named statements through its pg pool. */
function postgresQueryable(dataSource: DataSource): Queryable {
  return {
    query: (sql, parameters) => dataSource.query(sql, parameters),
    queryPrepared: async (name, sql, parameters) => {
      const pool = (dataSource.driver as PostgresDriver).master as Pool;
      return (await pool.query({ name, text: sql, values: parameters })).rows;
    },
  };
}

export const SEARCH_PROVIDERS: Provider[] = [
  { provide: SEARCH_DEFINITIONS, useFactory: () => loadSearchDefinitions() },
  {
    provide: SEARCH_ENGINE,
    inject: [APP_CONFIG, DataSource, SEARCH_DEFINITIONS],
    useFactory: (config: AppConfig, dataSource: DataSource, definitions: SearchDefinitions) => createSearchEngine(config, dataSource, definitions),
  },
];
