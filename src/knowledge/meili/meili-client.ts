import {
  Meilisearch,
  type DocumentOptions,
  type EnqueuedTask,
  type FederatedMultiSearchParams,
  type Health,
  type IndexOptions,
  type IndexSwap,
  type SearchResponse,
  type Settings,
  type Task,
  type WaitOptions,
} from 'meilisearch';
import type { SearchDocument } from '../search-document.js';

/** The part of a Meilisearch index the engine uses (the client's own signatures, narrowed). */
export interface MeiliIndexPort {
  addDocuments(documents: SearchDocument[], options?: DocumentOptions): Promise<EnqueuedTask>;
  deleteDocuments(ids: string[]): Promise<EnqueuedTask>;
  updateSettings(settings: Settings): Promise<EnqueuedTask>;
}

/**
 * The part of the `meilisearch` client the engine uses. The real client satisfies it (see
 * {@link createMeiliClient}); tests stub these methods to check what would be sent.
 */
export interface MeiliClientPort {
  index(uid: string): MeiliIndexPort;
  createIndex(uid: string, options?: IndexOptions): Promise<EnqueuedTask>;
  deleteIndex(uid: string): Promise<EnqueuedTask>;
  deleteIndexIfExists(uid: string): Promise<boolean>;
  swapIndexes(params: IndexSwap[]): Promise<EnqueuedTask>;
  multiSearch(params: FederatedMultiSearchParams): Promise<SearchResponse<Partial<SearchDocument>>>;
  health(): Promise<Health>;
  readonly tasks: { waitForTask(task: EnqueuedTask | number, options?: WaitOptions): Promise<Task> };
}

/** A real client for a Meilisearch server (`MEILI_URL`, `MEILI_MASTER_KEY`). */
export function createMeiliClient(config: { url: string; masterKey: string; timeoutMs?: number }): MeiliClientPort {
  return new Meilisearch({ host: config.url, apiKey: config.masterKey, timeout: config.timeoutMs ?? 10000 });
}
