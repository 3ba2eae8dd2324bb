import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/domain-errors.js';
import { decodeCursor, Page, toPage } from '../../common/pagination/connection.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { ExpertsService } from '../../experts/experts.service.js';
import { MarkdownRenderer } from '../../forum/markdown/markdown.renderer.js';
import { normalizeTag } from '../../forum/tags/tags.service.js';
import { slugFor } from '../../forum/threads/threads.service.js';
import type { ArticleRow, ArticleVersionRow, CreateArticleInput, EditArticleInput } from './article.types.js';

const COLUMNS = `a.id, a.slug, a.category_id AS "categoryId", a.source_thread_id AS "sourceThreadId", a.author_id AS "authorId", a.title, a.body,
  a.body_html AS "bodyHtml", a.tags, a.version, a.status = 'HIDDEN' AS hidden, a.created_at AS "createdAt", a.updated_at AS "updatedAt"`;

/**
 * Knowledge articles: written by staff or category experts, or promoted from a solved thread
 * (seeded from its question and accepted answer, linked back to it). Every edit is a new version.
 */
@Injectable()
export class ArticlesService {
  private readonly renderer = new MarkdownRenderer();

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly experts: ExpertsService,
  ) {}

  /** Promotes a solved thread; staff anywhere, experts in the thread's category. */
  async promote(actor: Actor, input: { threadId: string; title?: string; body?: string }): Promise<ArticleRow> {
    return this.tx.run(async (em) => {
      const [thread] = await em.query(
        `SELECT t.id, t.title, t.body, t.category_id, t.deleted_at IS NOT NULL AS deleted, a.body AS accepted,
                coalesce((SELECT array_agg(g.name ORDER BY g.name) FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = t.id), '{}') AS tags
           FROM threads t LEFT JOIN answers a ON a.id = t.accepted_answer_id AND a.deleted_at IS NULL
          WHERE t.id = $1 FOR UPDATE OF t`,
        [input.threadId],
      );
      if (!thread || thread.deleted) throw new NotFoundError('thread', input.threadId);
      await this.requireEditor(em, actor, thread.category_id);
      if (!thread.accepted) throw new ConflictError('thread_not_solved', 'only a thread with an accepted answer can become an article');
      const [existing] = await em.query(`SELECT id FROM knowledge_articles WHERE source_thread_id = $1`, [thread.id]);
      if (existing) throw new ConflictError('already_promoted', 'this thread is already an article; edit the article instead', { articleId: existing.id });
      const body = input.body ?? `${thread.body.trim()}\n\n## Answer\n\n${thread.accepted.trim()}`;
      return this.insert(em, actor, { categoryId: thread.category_id, title: input.title?.trim() ?? thread.title, body, tags: thread.tags, sourceThreadId: thread.id }, 'promoted from thread');
    });
  }

  /** Writes an article from scratch; staff anywhere, experts in their categories. */
  async create(actor: Actor, input: CreateArticleInput): Promise<ArticleRow> {
    return this.tx.run(async (em) => {
      const [category] = await em.query(`SELECT id FROM categories WHERE id = $1 AND archived_at IS NULL`, [input.categoryId]);
      if (!category) throw new NotFoundError('category', input.categoryId);
      await this.requireEditor(em, actor, input.categoryId);
      return this.insert(em, actor, { categoryId: input.categoryId, title: input.title.trim(), body: input.body, tags: input.tags, sourceThreadId: null }, 'written');
    });
  }

  /** Saves a new version (title, body or tags) with who, when and why. */
  async edit(actor: Actor, input: EditArticleInput): Promise<ArticleRow> {
    return this.tx.run(async (em) => {
      const article = await this.lockVisible(em, actor, input.articleId);
      await this.requireEditor(em, actor, article.categoryId);
      const next = {
        title: input.title?.trim() ?? article.title,
        body: input.body ?? article.body,
        tags: input.tags ? uniqueTags(input.tags) : article.tags,
      };
      const version = article.version + 1;
      const now = this.clock.now();
      await em.query(
        `UPDATE knowledge_articles SET title = $2, body = $3, body_html = $4, tags = $5, version = $6, updated_at = $7 WHERE id = $1`,
        [article.id, next.title, next.body, this.renderer.render(next.body), next.tags, version, now],
      );
      await this.addVersion(em, article.id, version, actor.id, input.reason, next, now);
      await this.outbox.add(em, { type: 'knowledge.article.edited', payload: { articleId: article.id, editorId: actor.id, version } });
      return (await this.find(em, { id: article.id }))!;
    });
  }

  /** Hides an article from members and visitors (or shows it again); staff and category experts. */
  async setHidden(actor: Actor, articleId: string, hidden: boolean): Promise<ArticleRow> {
    return this.tx.run(async (em) => {
      const article = await this.lockVisible(em, actor, articleId);
      await this.requireEditor(em, actor, article.categoryId);
      if (article.hidden === hidden) return article;
      await em.query(`UPDATE knowledge_articles SET status = $2, updated_at = $3 WHERE id = $1`, [article.id, hidden ? 'HIDDEN' : 'PUBLISHED', this.clock.now()]);
      await this.outbox.add(em, { type: hidden ? 'knowledge.article.hidden' : 'knowledge.article.unhidden', payload: { articleId: article.id, actorId: actor.id } });
      return (await this.find(em, { id: article.id }))!;
    });
  }

  async get(viewer: Actor | null, by: { id?: string; slug?: string }): Promise<ArticleRow> {
    const article = await this.find(this.tx.em, by);
    if (!article || !(await this.sees(this.tx.em, viewer, article))) throw new NotFoundError('article', by.id ?? by.slug);
    return article;
  }

  /** Newest first; hidden articles only for staff. */
  async list(viewer: Actor | null, args: { first: number; after?: string; categoryId?: string }): Promise<Page<ArticleRow>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (!isStaff(viewer)) where.push(`a.status = 'PUBLISHED'`);
    if (args.categoryId) where.push(`a.category_id = $${params.push(args.categoryId)}`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM knowledge_articles a ${filter}`, params);
    const page = [...where];
    const pageParams = [...params];
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2) as [string, string];
      page.push(`(a.created_at, a.id) < ($${pageParams.push(at)}::timestamptz, $${pageParams.push(id)}::uuid)`);
    }
    const rows: ArticleRow[] = await this.tx.em.query(
      `SELECT ${COLUMNS} FROM knowledge_articles a ${page.length ? `WHERE ${page.join(' AND ')}` : ''} ORDER BY a.created_at DESC, a.id DESC LIMIT ${args.first + 1}`,
      pageParams,
    );
    return toPage(rows, args.first, n, (r) => [r.createdAt.toISOString(), r.id]);
  }

  versions(articleId: string): Promise<ArticleVersionRow[]> {
    return this.tx.em.query(
      `SELECT number, editor_id AS "editorId", reason, title, body, tags, created_at AS "createdAt" FROM knowledge_article_versions WHERE article_id = $1 ORDER BY number DESC`,
      [articleId],
    );
  }

  /** Articles promoted from these threads, for Thread.article. */
  bySourceThreads(threadIds: readonly string[]): Promise<ArticleRow[]> {
    return this.tx.em.query(`SELECT ${COLUMNS} FROM knowledge_articles a WHERE a.source_thread_id = ANY($1::uuid[])`, [[...threadIds]]);
  }

  canSee(viewer: Actor | null, article: ArticleRow): Promise<boolean> {
    return this.sees(this.tx.em, viewer, article);
  }

  /** Staff see every article; category experts also hidden ones of their categories. */
  async sees(em: EntityManager, viewer: Actor | null, article: ArticleRow): Promise<boolean> {
    if (!article.hidden || isStaff(viewer)) return true;
    return !!viewer && (await this.experts.isExpert(em, viewer.id, article.categoryId));
  }

  private async insert(
    em: EntityManager,
    actor: Actor,
    a: { categoryId: string; title: string; body: string; tags: string[]; sourceThreadId: string | null },
    reason: string,
  ): Promise<ArticleRow> {
    const now = this.clock.now();
    const tags = uniqueTags(a.tags);
    const [{ id }] = await em.query(
      `INSERT INTO knowledge_articles (slug, category_id, source_thread_id, author_id, title, body, body_html, tags, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [slugFor(a.title), a.categoryId, a.sourceThreadId, actor.id, a.title, a.body, this.renderer.render(a.body), tags, now],
    );
    await this.addVersion(em, id, 1, actor.id, reason, { title: a.title, body: a.body, tags }, now);
    await this.outbox.add(em, { type: 'knowledge.article.published', payload: { articleId: id, threadId: a.sourceThreadId, authorId: actor.id } });
    return (await this.find(em, { id }))!;
  }

  private async addVersion(em: EntityManager, articleId: string, number: number, editorId: string, reason: string, v: { title: string; body: string; tags: string[] }, at: Date) {
    await em.query(
      `INSERT INTO knowledge_article_versions (article_id, number, editor_id, reason, title, body, tags, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [articleId, number, editorId, reason, v.title, v.body, v.tags, at],
    );
  }

  private async requireEditor(em: EntityManager, actor: Actor, categoryId: string): Promise<void> {
    if (isStaff(actor) || (await this.experts.isExpert(em, actor.id, categoryId))) return;
    throw new ForbiddenError('not_category_expert', 'only staff and experts of this category can write its knowledge articles', { categoryId });
  }

  private async lockVisible(em: EntityManager, actor: Actor, id: string): Promise<ArticleRow> {
    const [article]: ArticleRow[] = await em.query(`SELECT ${COLUMNS} FROM knowledge_articles a WHERE a.id = $1 FOR UPDATE`, [id]);
    if (!article || !(await this.sees(em, actor, article))) throw new NotFoundError('article', id);
    return article;
  }

  private async find(em: EntityManager, by: { id?: string; slug?: string }): Promise<ArticleRow | null> {
    const [row] = by.id
      ? await em.query(`SELECT ${COLUMNS} FROM knowledge_articles a WHERE a.id = $1`, [by.id])
      : await em.query(`SELECT ${COLUMNS} FROM knowledge_articles a WHERE a.slug = $1`, [by.slug]);
    return row ?? null;
  }
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter((t) => t.length > 0))].sort();
}
