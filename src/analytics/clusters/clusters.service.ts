import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ConflictError, NotFoundError } from '../../common/errors/domain-errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OutboxService, type DeliveredEvent } from '../../database/outbox/outbox.service.js';
import { PeriodicJobs } from '../../database/periodic-jobs.js';
import { Tx } from '../../database/tx.js';
import { KnowledgeSearchService } from '../../knowledge/search/knowledge-search.service.js';
import { AuditService } from '../../moderation/audit.service.js';
import { AnalyticsService } from '../analytics.service.js';
import type { ClusterThreadType, KnownIssueType } from '../analytics.types.js';

export const CLUSTERS_CONSUMER = 'analytics.clusters';
// How many similar threads to look at for a new one.
const CANDIDATES = 5;
// New threads are placed once they are this old (see placeNewThreads).
const SETTLE_MS = 60_000;
const CLUSTER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('peerdesk:thread_clusters'))`;

export interface ClusterRow {
  id: string;
  title: string;
  threadCount: number;
  knownIssue: KnownIssueType | null;
}

interface KnownIssueRow {
  id: string;
  known_issue: string | null;
  known_issue_set_at: Date | null;
}

const knownIssueOf = (r: KnownIssueRow): KnownIssueType | null =>
  r.known_issue ? { clusterId: r.id, status: r.known_issue, since: r.known_issue_set_at! } : null;

/**
 * Recurring problems: clusters of threads that ask the same thing. A new thread joins the
 * cluster of its most similar older thread when the similar-questions score reaches the
 * configured minimum (the cluster is created, seeded by that thread, if it had none), placed by a
 * periodic job a minute after it was asked; a thread a moderator marks as a duplicate joins its
 * original's cluster (from the outbox). Staff mark a cluster as a known
 * issue with a status text that every thread of it shows.
 */
@Injectable()
export class ClustersService implements OnModuleInit {
  private readonly logger = new Logger('Clusters');
  private readonly minScore: number;

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly knowledge: KnowledgeSearchService,
    private readonly audit: AuditService,
    private readonly analytics: AnalyticsService,
    private readonly jobs: PeriodicJobs,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.minScore = config.analytics.clusterMinScore;
  }

  onModuleInit(): void {
    this.outbox.on(CLUSTERS_CONSUMER, ['forum.thread.moderated'], (events) => this.consume(events));
    this.jobs.register('analytics.clusters', 30_000, () => this.placeNewThreads());
  }

  // Reads the duplicate link as it is now: redelivery and order change nothing.
  private async consume(events: DeliveredEvent[]): Promise<void> {
    for (const e of events) {
      if (e.payload.action === 'mark_duplicate' || e.payload.action === 'merge') await this.joinOriginal(e.payload.threadId as string);
    }
  }

  /**
   * Places the threads asked since the last run, oldest first, once they are a minute old: by
   * then the search index holds them and every thread asked before them (the index follows the
   * outbox within a second), so "the most similar older thread" does not depend on timing.
   * Returns the number of threads looked at.
   */
  async placeNewThreads(batch = 200): Promise<number> {
    const [state] = await this.tx.em.query(`SELECT clusters_until, clusters_after FROM analytics_refresh_state WHERE id = 1`);
    const threads: Array<{ id: string; created_at: Date }> = await this.tx.em.query(
      `SELECT id, created_at FROM threads
        WHERE created_at <= $1 AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
        ORDER BY created_at, id LIMIT $4`,
      [new Date(this.clock.now().getTime() - SETTLE_MS), state?.clusters_until ?? null, state?.clusters_after ?? null, batch],
    );
    for (const t of threads) {
      await this.placeThread(t.id);
      await this.tx.em.query(`UPDATE analytics_refresh_state SET clusters_until = $1, clusters_after = $2 WHERE id = 1`, [t.created_at, t.id]);
    }
    return threads.length;
  }

  /**
   * Puts a thread in the cluster of its most similar older thread, if one is similar enough.
   * Idempotent: a thread already in a cluster stays where it is. Returns its cluster id or null.
   */
  async placeThread(threadId: string): Promise<string | null> {
    // The engine query runs outside the transaction; what it found is checked again inside.
    const similar = (await this.knowledge.similarThreads(threadId, CANDIDATES)).filter((h) => h.score >= this.minScore);
    return this.tx.run(async (em) => {
      await em.query(CLUSTER_LOCK);
      const [placed] = await em.query(`SELECT cluster_id FROM thread_cluster_members WHERE thread_id = $1`, [threadId]);
      if (placed) return placed.cluster_id as string;
      if (!similar.length) return null;
      const older: Array<{ id: string }> = await em.query(
        `SELECT o.id FROM threads o JOIN threads t ON t.id = $1
          WHERE o.id = ANY($2::uuid[]) AND o.deleted_at IS NULL AND t.deleted_at IS NULL AND (o.created_at, o.id) < (t.created_at, t.id)`,
        [threadId, similar.map((h) => h.id)],
      );
      const olderIds = new Set(older.map((o) => o.id));
      const best = similar.find((h) => olderIds.has(h.id));
      if (!best) return null;
      const { clusterId, joined } = await this.clusterOf(em, best.id);
      await em.query(
        `INSERT INTO thread_cluster_members (thread_id, cluster_id, via, score, joined_at) VALUES ($1, $2, 'SIMILAR', $3, $4)`,
        [threadId, clusterId, best.score, this.clock.now()],
      );
      await this.joined(em, clusterId, [...joined, threadId]);
      return clusterId;
    });
  }

  /** A thread marked as a duplicate joins its original's cluster (or the original joins the duplicate's, or both start one). */
  async joinOriginal(duplicateId: string): Promise<string | null> {
    return this.tx.run(async (em) => {
      await em.query(CLUSTER_LOCK);
      const [dup] = await em.query(`SELECT duplicate_of_id FROM threads WHERE id = $1`, [duplicateId]);
      const originalId: string | null = dup?.duplicate_of_id ?? null;
      if (!originalId) return null;
      const rows: Array<{ thread_id: string; cluster_id: string }> = await em.query(
        `SELECT thread_id, cluster_id FROM thread_cluster_members WHERE thread_id = ANY($1::uuid[])`,
        [[duplicateId, originalId]],
      );
      const of = new Map(rows.map((r) => [r.thread_id, r.cluster_id]));
      const now = this.clock.now();
      let clusterId = of.get(originalId) ?? of.get(duplicateId);
      const joined: string[] = [];
      if (!clusterId) ({ clusterId } = await this.clusterOf(em, originalId, joined));
      else if (!of.has(originalId)) {
        await em.query(`INSERT INTO thread_cluster_members (thread_id, cluster_id, via, joined_at) VALUES ($1, $2, 'DUPLICATE', $3)`, [originalId, clusterId, now]);
        joined.push(originalId);
      }
      if (of.get(duplicateId) === clusterId) {
        if (joined.length) await this.joined(em, clusterId, joined);
        return clusterId;
      }
      await em.query(
        `INSERT INTO thread_cluster_members (thread_id, cluster_id, via, joined_at) VALUES ($1, $2, 'DUPLICATE', $3)
         ON CONFLICT (thread_id) DO UPDATE SET cluster_id = EXCLUDED.cluster_id, via = 'DUPLICATE', score = NULL, joined_at = EXCLUDED.joined_at`,
        [duplicateId, clusterId, now],
      );
      // A thread that moves keeps its rolled-up hits (they are per thread); only new members need them.
      await this.joined(em, clusterId, of.has(duplicateId) ? joined : [...joined, duplicateId], [duplicateId]);
      return clusterId;
    });
  }

  /** Staff mark a cluster as a known issue, or change its status text. */
  async setKnownIssue(actor: Actor, clusterId: string, status: string): Promise<ClusterRow> {
    return this.tx.run(async (em) => {
      const before = await this.lockCluster(em, clusterId);
      const text = status.trim();
      await em.query(`UPDATE thread_clusters SET known_issue = $2, known_issue_set_by = $3, known_issue_set_at = $4, updated_at = $4 WHERE id = $1`, [
        clusterId, text, actor.id, this.clock.now(),
      ]);
      await this.audit.write(em, {
        actorId: actor.id, action: 'known_issue_set', targetKind: 'cluster', targetId: clusterId, threadId: before.seed_thread_id,
        reason: text, before: { knownIssue: before.known_issue }, after: { knownIssue: text },
      });
      await this.changed(em, clusterId, 'known_issue_set', actor.id);
      return (await this.cluster(clusterId, em))!;
    });
  }

  /** Staff clear the known issue of a cluster: its threads no longer show a status. */
  async clearKnownIssue(actor: Actor, clusterId: string): Promise<ClusterRow> {
    return this.tx.run(async (em) => {
      const before = await this.lockCluster(em, clusterId);
      if (!before.known_issue) throw new ConflictError('not_known_issue', 'this cluster is not marked as a known issue');
      await em.query(`UPDATE thread_clusters SET known_issue = NULL, known_issue_set_by = NULL, known_issue_set_at = NULL, updated_at = $2 WHERE id = $1`, [
        clusterId, this.clock.now(),
      ]);
      await this.audit.write(em, {
        actorId: actor.id, action: 'known_issue_cleared', targetKind: 'cluster', targetId: clusterId, threadId: before.seed_thread_id,
        before: { knownIssue: before.known_issue }, after: { knownIssue: null },
      });
      await this.changed(em, clusterId, 'known_issue_cleared', actor.id);
      return (await this.cluster(clusterId, em))!;
    });
  }

  async cluster(id: string, em: EntityManager = this.tx.em): Promise<ClusterRow | null> {
    const [row] = await em.query(
      `SELECT c.id, t.title, c.known_issue, c.known_issue_set_at, (SELECT count(*)::int FROM thread_cluster_members m WHERE m.cluster_id = c.id) AS n
         FROM thread_clusters c JOIN threads t ON t.id = c.seed_thread_id WHERE c.id = $1`,
      [id],
    );
    return row ? { id: row.id, title: row.title, threadCount: row.n, knownIssue: knownIssueOf(row) } : null;
  }

  /** The threads of a cluster that are not deleted, newest first. */
  threadsOf(clusterId: string, first = 100): Promise<ClusterThreadType[]> {
    return this.tx.em.query(
      `SELECT t.id, t.slug, t.title, t.created_at AS "createdAt", m.via FROM thread_cluster_members m JOIN threads t ON t.id = m.thread_id
        WHERE m.cluster_id = $1 AND t.deleted_at IS NULL ORDER BY t.created_at DESC, t.id LIMIT $2`,
      [clusterId, first],
    );
  }

  /** The known issue each thread shows (through its cluster), by thread id. */
  async knownIssuesOf(threadIds: readonly string[]): Promise<Array<{ threadId: string; knownIssue: KnownIssueType }>> {
    const rows: Array<KnownIssueRow & { thread_id: string }> = await this.tx.em.query(
      `SELECT m.thread_id, c.id, c.known_issue, c.known_issue_set_at FROM thread_cluster_members m JOIN thread_clusters c ON c.id = m.cluster_id
        WHERE m.thread_id = ANY($1::uuid[]) AND c.known_issue IS NOT NULL`,
      [threadIds],
    );
    return rows.map((r) => ({ threadId: r.thread_id, knownIssue: knownIssueOf(r)! }));
  }

  /** Looks at every thread asked in a time span that is in no cluster yet (oldest first): a backfill for existing data. */
  async placeThreadsAskedBetween(from: Date, to: Date, progress: (done: number) => void = () => undefined): Promise<number> {
    let after: { at: Date; id: string } | null = null;
    let placed = 0;
    let done = 0;
    for (;;) {
      const batch: Array<{ id: string; created_at: Date }> = await this.tx.em.query(
        `SELECT t.id, t.created_at FROM threads t WHERE t.created_at >= $1 AND t.created_at < $2 AND t.deleted_at IS NULL
            AND ($3::timestamptz IS NULL OR (t.created_at, t.id) > ($3, $4::uuid))
            AND NOT EXISTS (SELECT 1 FROM thread_cluster_members m WHERE m.thread_id = t.id)
          ORDER BY t.created_at, t.id LIMIT 200`,
        [from, to, after?.at ?? null, after?.id ?? null],
      );
      if (!batch.length) return placed;
      for (const t of batch) {
        if (await this.placeThread(t.id)) placed++;
        progress(++done);
      }
      const last = batch[batch.length - 1];
      after = { at: last.created_at, id: last.id };
    }
  }

  private async lockCluster(em: EntityManager, id: string): Promise<{ seed_thread_id: string; known_issue: string | null }> {
    const [row] = await em.query(`SELECT seed_thread_id, known_issue FROM thread_clusters WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('cluster', id);
    return row;
  }

  // The cluster of a thread, created around it (as its seed) when it has none; `joined` collects threads newly placed.
  private async clusterOf(em: EntityManager, threadId: string, joined: string[] = []): Promise<{ clusterId: string; joined: string[] }> {
    const [row] = await em.query(`SELECT cluster_id FROM thread_cluster_members WHERE thread_id = $1`, [threadId]);
    if (row) return { clusterId: row.cluster_id, joined };
    const now = this.clock.now();
    const [created] = await em.query(`INSERT INTO thread_clusters (seed_thread_id, created_at, updated_at) VALUES ($1, $2, $2) RETURNING id`, [threadId, now]);
    await em.query(`INSERT INTO thread_cluster_members (thread_id, cluster_id, via, joined_at) VALUES ($1, $2, 'SEED', $3)`, [threadId, created.id, now]);
    joined.push(threadId);
    this.logger.debug(`cluster ${created.id} started from thread ${threadId}`);
    return { clusterId: created.id, joined };
  }

  // Threads joined a cluster: roll up their history of members hit, and tell caches their known issue may have changed.
  private async joined(em: EntityManager, clusterId: string, newThreads: string[], moved: string[] = []): Promise<void> {
    await this.analytics.rebuildThreadHits(em, newThreads);
    await em.query(`UPDATE thread_clusters SET updated_at = $2 WHERE id = $1`, [clusterId, this.clock.now()]);
    await this.outbox.add(em, { type: 'analytics.cluster.joined', payload: { clusterId, threadIds: [...newThreads, ...moved] } });
  }

  private async changed(em: EntityManager, clusterId: string, action: string, actorId: string): Promise<void> {
    const rows: Array<{ thread_id: string }> = await em.query(`SELECT thread_id FROM thread_cluster_members WHERE cluster_id = $1`, [clusterId]);
    await this.outbox.add(em, { type: 'analytics.known_issue.changed', payload: { clusterId, action, actorId, threadIds: rows.map((r) => r.thread_id) } });
  }
}
