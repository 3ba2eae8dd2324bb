import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createMeiliClient } from './meili/meili-client.js';
import { MeiliSearchEngine } from './meili/meili-search-engine.js';
import { PostgresSearchEngine } from './postgres/postgres-search-engine.js';
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
  return new PostgresSearchEngine(dataSource, { definitions });
}

export const SEARCH_PROVIDERS: Provider[] = [
  { provide: SEARCH_DEFINITIONS, useFactory: () => loadSearchDefinitions() },
  {
    provide: SEARCH_ENGINE,
    inject: [APP_CONFIG, DataSource, SEARCH_DEFINITIONS],
    useFactory: (config: AppConfig, dataSource: DataSource, definitions: SearchDefinitions) => createSearchEngine(config, dataSource, definitions),
  },
];
