import { IndexSyncService } from '../knowledge/sync/index-sync.service.js';
import { runCli, withApp } from './cli-app.js';

// npm run search:reindex: rebuilds the knowledge search index from PostgreSQL (on Meilisearch a new
// index swapped in, so search keeps answering), then replays what the sync applied meanwhile.
void runCli(async () => {
  await withApp(async (app) => {
    const report = await app.get(IndexSyncService).reindex();
    console.log(`search index rebuilt: ${report.threads} threads, ${report.articles} articles in ${report.durationMs} ms; ${report.replayed} documents changed meanwhile were replayed`);
  });
});
