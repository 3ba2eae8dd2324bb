import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Tx } from '../../database/tx.js';
import { SEARCH_DEFINITIONS } from '../search-engine.provider.js';
import type { SearchDefinitions } from '../search-definitions.js';
import { buildArticleDocument, buildThreadDocument, type SearchDocument } from '../search-document.js';

/** Documents rebuilt for some ids: those to write, and the ids to remove (deleted or gone). */
export interface RebuiltDocuments {
  upserts: SearchDocument[];
  removals: string[];
}

const THREAD_SOURCE = `
  SELECT t.id, t.title, t.body, t.score, t.created_at AS "createdAt", t.last_activity_at AS "lastActivityAt",
         t.hidden_at IS NOT NULL AS hidden, t.deleted_at IS NOT NULL AS deleted, c.id AS "categoryId", c.name AS "categoryName",
         coalesce((SELECT array_agg(g.name ORDER BY g.name) FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = t.id), '{}') AS tags,
         (SELECT a.body FROM answers a WHERE a.id = t.accepted_answer_id AND a.deleted_at IS NULL AND a.hidden_at IS NULL) AS "acceptedAnswerBody",
         coalesce((SELECT array_agg(a.body ORDER BY a.score DESC, a.created_at) FROM answers a
                    WHERE a.thread_id = t.id AND a.is_expert AND a.deleted_at IS NULL AND a.hidden_at IS NULL), '{}') AS "expertAnswerBodies"
    FROM threads t JOIN categories c ON c.id = t.category_id`;

const ARTICLE_SOURCE = `
  SELECT a.id, a.title, a.body, a.tags, a.helpful_count AS score, a.created_at AS "createdAt", a.updated_at AS "updatedAt",
         a.status = 'HIDDEN' AS hidden, c.id AS "categoryId", c.name AS "categoryName"
    FROM knowledge_articles a JOIN categories c ON c.id = a.category_id`;

/**
 * Reads the forum and the knowledge articles from PostgreSQL as search documents: the read model
 * the index is rebuilt from, by id (sync) or in full (reindex). Deleted threads are removals;
 * hidden threads and articles are documents with visibility 'hidden'.
 */
@Injectable()
export class KnowledgeDocuments {
  constructor(
    private readonly tx: Tx,
    @Inject(SEARCH_DEFINITIONS) private readonly definitions: SearchDefinitions,
  ) {}

  async threads(ids: readonly string[], em: EntityManager = this.tx.em): Promise<RebuiltDocuments> {
    if (ids.length === 0) return { upserts: [], removals: [] };
    const rows: Array<ThreadRow> = await em.query(`${THREAD_SOURCE} WHERE t.id = ANY($1::uuid[])`, [[...ids]]);
    const found = new Map(rows.map((r) => [r.id, r]));
    const upserts = rows.filter((r) => !r.deleted).map((r) => this.thread(r));
    const removals = ids.filter((id) => !found.has(id) || found.get(id)!.deleted);
    return { upserts, removals };
  }

  async articles(ids: readonly string[], em: EntityManager = this.tx.em): Promise<RebuiltDocuments> {
    if (ids.length === 0) return { upserts: [], removals: [] };
    const rows: ArticleRow[] = await em.query(`${ARTICLE_SOURCE} WHERE a.id = ANY($1::uuid[])`, [[...ids]]);
    const found = new Set(rows.map((r) => r.id));
    return { upserts: rows.map((r) => this.article(r)), removals: ids.filter((id) => !found.has(id)) };
  }

  /** Every document, in batches keyed by id (for a reindex; memory stays flat at any size). */
  async *all(batchSize = 500): AsyncGenerator<SearchDocument> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: ThreadRow[] = await this.tx.em.query(`${THREAD_SOURCE} WHERE t.deleted_at IS NULL AND t.id > $1 ORDER BY t.id LIMIT ${batchSize}`, [after]);
      for (const row of rows) yield this.thread(row);
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1].id;
    }
    after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: ArticleRow[] = await this.tx.em.query(`${ARTICLE_SOURCE} WHERE a.id > $1 ORDER BY a.id LIMIT ${batchSize}`, [after]);
      for (const row of rows) yield this.article(row);
      if (rows.length < batchSize) break;
      after = rows[rows.length - 1].id;
    }
  }

  private thread(row: ThreadRow): SearchDocument {
    return buildThreadDocument(row, { boost: this.definitions.ranking.boost, limits: this.definitions.ranking.limits });
  }

  private article(row: ArticleRow): SearchDocument {
    return buildArticleDocument(row, { boost: this.definitions.ranking.boost, limits: this.definitions.ranking.limits });
  }
}

interface ThreadRow {
  id: string;
  title: string;
  body: string;
  score: number;
  createdAt: Date;
  lastActivityAt: Date;
  hidden: boolean;
  deleted: boolean;
  categoryId: string;
  categoryName: string;
  tags: string[];
  acceptedAnswerBody: string | null;
  expertAnswerBodies: string[];
}

interface ArticleRow {
  id: string;
  title: string;
  body: string;
  tags: string[];
  score: number;
  createdAt: Date;
  updatedAt: Date;
  hidden: boolean;
  categoryId: string;
  categoryName: string;
}
