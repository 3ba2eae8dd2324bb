import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { OutboxService, type DeliveredEvent } from '../../database/outbox/outbox.service.js';
import { PeriodicJobs } from '../../database/periodic-jobs.js';
import { Tx } from '../../database/tx.js';
import { SEARCH_ENGINE } from '../search-engine.provider.js';
import type { ActivityUpdate, ReindexReport, SearchEngine } from '../search-port.js';
import { KnowledgeDocuments, type RebuiltDocuments } from './knowledge-documents.js';

export const INDEX_SYNC_CONSUMER = 'knowledge.index';

/**
 * Every event that changes an indexed document. Payloads name the thread (`threadId`) or article
 * (`articleId`); certification events name a member and category, whose answers gain or lose the
 * expert mark.
 */
export const INDEX_SYNC_EVENTS = [
  'forum.thread.asked',
  'forum.thread.edited',
  'forum.thread.deleted',
  'forum.answer.posted',
  'forum.answer.edited',
  'forum.answer.deleted',
  'forum.answer.accepted',
  'forum.answer.unaccepted',
  'forum.vote.changed',
  'experts.certification.granted',
  'experts.certification.revoked',
  'forum.post.hidden',
  'forum.post.unhidden',
  'forum.thread.moderated',
  // flags may hide a post automatically, and a reviewer's decision may hide or delete it
  'moderation.flag.raised',
  'moderation.flag.resolved',
  'knowledge.article.published',
  'knowledge.article.edited',
  'knowledge.article.hidden',
  'knowledge.article.unhidden',
  'forum.category.renamed',
];

const SYNC_LOG_RETENTION = '1 day';
const STATISTICS_EVERY_MS = 10 * 60_000;

/**
 * Keeps the search index in step with PostgreSQL. An outbox consumer takes batches of events
 * (delivered after commit, at least once, retried with backoff while the engine fails), works out
 * which documents they touch, rebuilds those from the database as they are now and writes them in
 * one upsert and one removal. Rebuilding from current state makes redelivery harmless, and order
 * irrelevant: an event that failed and comes after later ones rebuilds the same documents.
 */
@Injectable()
export class IndexSyncService implements OnModuleInit {
  private readonly logger = new Logger('IndexSync');

  constructor(
    private readonly outbox: OutboxService,
    private readonly jobs: PeriodicJobs,
    private readonly tx: Tx,
    private readonly documents: KnowledgeDocuments,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    this.outbox.on(INDEX_SYNC_CONSUMER, INDEX_SYNC_EVENTS, (events) => this.apply(events));
    this.jobs.register('knowledge.sync-log.prune', 3600_000, () =>
      this.tx.em.query(`DELETE FROM search_sync_log WHERE synced_at < clock_timestamp() - interval '${SYNC_LOG_RETENTION}'`),
    );
    // a rebuild refreshes them too; in between, new words count as rare until the next run
    const refresh = this.engine.refreshStatistics?.bind(this.engine);
    if (refresh) this.jobs.register('knowledge.index.statistics', STATISTICS_EVERY_MS, refresh);
  }

  /** Applies a batch of events to the index; throws (so the outbox retries) when the engine fails. */
  async apply(events: readonly DeliveredEvent[]): Promise<void> {
    const threadIds = new Set<string>();
    // threads whose documents change only in score and last activity
    const activeThreadIds = new Set<string>();
    const articleIds = new Set<string>();
    const certifications: Array<{ userId: string; categoryId: string }> = [];
    for (const event of events) {
      const p = event.payload as { threadId?: string; articleId?: string; userId?: string; categoryId?: string; postKind?: string; targetThreadId?: string };
      if (event.type.startsWith('experts.certification.') && p.userId && p.categoryId) certifications.push({ userId: p.userId, categoryId: p.categoryId });
      // a vote on the question changes only the document's score; answer and comment votes nothing
      if (event.type === 'forum.vote.changed') {
        if (p.postKind === 'QUESTION' && p.threadId) activeThreadIds.add(p.threadId);
        continue;
      }
      // only expert and accepted answers are indexed text: another answer moves the last activity
      if (event.type === 'forum.answer.posted' && !(event.payload as { isExpert?: boolean }).isExpert && p.threadId) {
        activeThreadIds.add(p.threadId);
        continue;
      }
      if (p.threadId) threadIds.add(p.threadId);
      if (p.targetThreadId) threadIds.add(p.targetThreadId);
      if (p.articleId) articleIds.add(p.articleId);
    }
    for (const event of events) {
      if (event.type !== 'forum.category.renamed') continue;
      const { categoryId } = event.payload as { categoryId: string };
      const rows: Array<{ id: string; kind: 'thread' | 'article' }> = await this.tx.em.query(
        `SELECT id, 'thread' AS kind FROM threads WHERE category_id = $1 UNION ALL SELECT id, 'article' FROM knowledge_articles WHERE category_id = $1`,
        [categoryId],
      );
      for (const r of rows) (r.kind === 'thread' ? threadIds : articleIds).add(r.id);
    }
    for (const c of certifications) {
      const rows: Array<{ thread_id: string }> = await this.tx.em.query(
        `SELECT DISTINCT a.thread_id FROM answers a JOIN threads t ON t.id = a.thread_id WHERE a.author_id = $1 AND t.category_id = $2`,
        [c.userId, c.categoryId],
      );
      for (const r of rows) threadIds.add(r.thread_id);
    }
    const activityOnly = [...activeThreadIds].filter((id) => !threadIds.has(id));
    if (this.engine.updateActivity) await this.syncActivity(activityOnly);
    else activityOnly.forEach((id) => threadIds.add(id));
    await this.syncThreads([...threadIds]);
    await this.syncArticles([...articleIds]);
  }

  /** Sets the indexed score and last activity of these threads from the database, without rebuilding them. */
  private async syncActivity(ids: readonly string[]): Promise<void> {
    for (const batch of batches(ids)) {
      const docs: ActivityUpdate[] = await this.tx.em.query(
        `SELECT id, score, floor(extract(epoch FROM last_activity_at))::bigint AS "lastActivityAt" FROM threads WHERE id = ANY($1::uuid[])`,
        [batch],
      );
      await this.engine.updateActivity!(docs.map((d) => ({ ...d, lastActivityAt: Number(d.lastActivityAt) })));
      await this.logged(batch, 'thread');
    }
  }

  /** Rebuilds the documents of these threads from the database and writes them to the engine. */
  async syncThreads(ids: readonly string[]): Promise<void> {
    for (const batch of batches(ids)) await this.write(batch, 'thread', () => this.documents.threads(batch));
  }

  async syncArticles(ids: readonly string[]): Promise<void> {
    for (const batch of batches(ids)) await this.write(batch, 'article', () => this.documents.articles(batch));
  }

  /**
   * Rebuilds the whole index from PostgreSQL (a new index swapped in on Meilisearch), then
   * replays what the sync applied to the old index meanwhile, which the swap may have dropped.
   */
  async reindex(): Promise<ReindexReport & { replayed: number }> {
    const [{ since }] = await this.tx.em.query(`SELECT clock_timestamp() AS since`);
    await this.engine.applySettings();
    const report = await this.engine.reindex(this.documents.all());
    const changed: Array<{ document_id: string; kind: string }> = await this.tx.em.query(
      `SELECT DISTINCT document_id, kind FROM search_sync_log WHERE synced_at >= $1`,
      [since],
    );
    await this.syncThreads(changed.filter((c) => c.kind === 'thread').map((c) => c.document_id));
    await this.syncArticles(changed.filter((c) => c.kind === 'article').map((c) => c.document_id));
    await this.outbox.announce(this.tx.em, [{ searchIndex: true }]);
    this.logger.log(`reindexed ${report.threads} threads and ${report.articles} articles in ${report.durationMs} ms; replayed ${changed.length}`);
    return { ...report, replayed: changed.length };
  }

  private async write(ids: readonly string[], kind: 'thread' | 'article', rebuild: () => Promise<RebuiltDocuments>): Promise<void> {
    if (ids.length === 0) return;
    const { upserts, removals } = await rebuild();
    await this.engine.upsert(upserts);
    await this.engine.remove(removals);
    await this.logged(ids, kind);
  }

  // Recorded for a reindex running meanwhile to replay; cached search results (every instance's)
  // may now be out of date.
  private async logged(ids: readonly string[], kind: 'thread' | 'article'): Promise<void> {
    await this.tx.em.query(`INSERT INTO search_sync_log (document_id, kind) SELECT unnest($1::uuid[]), $2`, [[...ids], kind]);
    await this.outbox.announce(this.tx.em, [{ searchIndex: true }]);
  }
}

/** Slices of at most 500 ids: a renamed category may hold tens of thousands of threads. */
function batches(ids: readonly string[], size = 500): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}
