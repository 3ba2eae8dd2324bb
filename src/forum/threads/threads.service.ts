import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors/domain-errors.js';
import { Page, toPage } from '../../common/pagination/connection.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { LedgerService } from '../../reputation/ledger.service.js';
import { ReputationRulesService } from '../../reputation/reputation-rules.service.js';
import { CategoriesService } from '../categories/categories.service.js';
import { ThreadSort } from '../forum.types.js';
import { ContentService } from '../markdown/content.service.js';
import { PostAccessService } from '../post-access.service.js';
import { RevisionsService } from '../revisions/revisions.service.js';
import { TagsService } from '../tags/tags.service.js';
import { AskQuestionInput, EditQuestionInput, ThreadFilter, ThreadRow } from './thread.type.js';
import { ThreadsRepository } from './threads.repository.js';

/** URL slug: the title in ASCII, plus a short random suffix so equal titles never collide. */
export function slugFor(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${base || 'thread'}-${randomBytes(4).toString('hex')}`;
}

@Injectable()
export class ThreadsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly rules: ReputationRulesService,
    private readonly ledger: LedgerService,
    private readonly access: PostAccessService,
    private readonly categories: CategoriesService,
    private readonly tags: TagsService,
    private readonly content: ContentService,
    private readonly revisions: RevisionsService,
  ) {}

  /** Asks a question: the thread, its tags, revision 1 and the outbox event, in one transaction. */
  async ask(actor: Actor, input: AskQuestionInput): Promise<ThreadRow> {
    await this.rules.require(actor, 'ask');
    return this.tx.run(async (em) => {
      await this.access.requirePostingRate(em, actor, 'question');
      await this.categories.requireOpen(em, input.categoryId);
      const tags = await this.tags.resolve(em, actor, input.tags);
      const { html, mentionIds } = await this.content.render(em, input.body);
      const now = this.clock.now();
      const [{ id }] = await em.query(
        `INSERT INTO threads (slug, category_id, author_id, title, body, body_html, mentions, last_activity_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $8) RETURNING id`,
        [slugFor(input.title), input.categoryId, actor.id, input.title.trim(), input.body, html, mentionIds, now],
      );
      await this.tags.setThreadTags(em, id, tags.map((t) => t.id));
      await this.revisions.add(em, { postKind: 'QUESTION', postId: id, editorId: actor.id, reason: 'asked', title: input.title.trim(), body: input.body, tags: tags.map((t) => t.name).sort() });
      await this.outbox.add(em, { type: 'forum.thread.asked', payload: { threadId: id, categoryId: input.categoryId, authorId: actor.id, mentionIds } });
      return (await ThreadsRepository.findOne(em, { id }))!;
    });
  }

  /** Edits title, body or tags; keeps a revision with who, when and why. */
  async edit(actor: Actor, input: EditQuestionInput): Promise<ThreadRow> {
    return this.tx.run(async (em) => {
      const thread = await this.requireVisible(await ThreadsRepository.findOne(em, { id: input.threadId }, true), actor);
      await this.access.requireEdit(em, actor, thread);
      if (thread.lockedAt && !(await this.access.isModerator(em, actor, thread.categoryId))) throw new ConflictError('thread_locked', 'this thread is locked');
      const title = input.title?.trim() ?? thread.title;
      const body = input.body ?? thread.body;
      let tagNames: string[];
      if (input.tags) {
        const tags = await this.tags.resolve(em, actor, input.tags);
        await this.tags.setThreadTags(em, thread.id, tags.map((t) => t.id));
        tagNames = tags.map((t) => t.name).sort();
      } else {
        tagNames = (await em.query(`SELECT g.name FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = $1 ORDER BY g.name`, [thread.id])).map(
          (r: { name: string }) => r.name,
        );
      }
      const { html, mentionIds } = body === thread.body ? { html: thread.bodyHtml, mentionIds: [] } : await this.content.render(em, body);
      const now = this.clock.now();
      await em.query(`UPDATE threads SET title = $2, body = $3, body_html = $4, updated_at = $5, last_activity_at = $5 WHERE id = $1`, [thread.id, title, body, html, now]);
      await this.revisions.add(em, { postKind: 'QUESTION', postId: thread.id, editorId: actor.id, reason: input.reason, title, body, tags: tagNames });
      await this.outbox.add(em, { type: 'forum.thread.edited', payload: { threadId: thread.id, editorId: actor.id, mentionIds } });
      return (await ThreadsRepository.findOne(em, { id: thread.id }))!;
    });
  }

  /**
   * Soft-deletes a question. The asker may delete it while it has no answers (others' work would
   * vanish with it); moderators always. The question's vote reputation is reversed.
   */
  async delete(actor: Actor, threadId: string): Promise<ThreadRow> {
    return this.tx.run(async (em) => {
      const thread = await this.requireVisible(await ThreadsRepository.findOne(em, { id: threadId }, true), actor);
      const moderator = await this.access.isModerator(em, actor, thread.categoryId);
      if (!moderator && thread.authorId !== actor.id) throw new ForbiddenError('not_allowed', 'only the asker or a moderator can delete this question');
      if (!moderator && thread.answerCount > 0) throw new ForbiddenError('has_answers', 'a question with answers can only be deleted by a moderator');
      await em.query(`UPDATE threads SET deleted_at = $2, deleted_by = $3 WHERE id = $1`, [thread.id, this.clock.now(), actor.id]);
      await em.query(`UPDATE tags SET thread_count = thread_count - 1 WHERE id IN (SELECT tag_id FROM thread_tags WHERE thread_id = $1)`, [thread.id]);
      await this.ledger.reverse(em, { postId: thread.id }, 'question deleted');
      await this.outbox.add(em, { type: 'forum.thread.deleted', payload: { threadId: thread.id, actorId: actor.id } });
      return (await ThreadsRepository.findOne(em, { id: thread.id }))!;
    });
  }

  async list(viewer: Actor | null, args: { filter?: ThreadFilter; sort: ThreadSort; first: number; after?: string }): Promise<Page<ThreadRow>> {
    const { rows, totalCount } = await ThreadsRepository.page(this.tx.em, {
      filter: args.filter ?? {},
      sort: args.sort,
      first: args.first,
      after: args.after,
      includeDeleted: isStaff(viewer),
    });
    return toPage(rows, args.first, totalCount, ThreadsRepository.cursorOf(args.sort));
  }

  async get(viewer: Actor | null, by: { id?: string; slug?: string }): Promise<ThreadRow> {
    return this.requireVisible(await ThreadsRepository.findOne(this.tx.em, by), viewer);
  }

  byIds(ids: readonly string[]): Promise<ThreadRow[]> {
    return ThreadsRepository.byIds(this.tx.em, ids);
  }

  /** Deleted threads exist only for staff; for everyone else they are NOT_FOUND. */
  async requireVisible(thread: ThreadRow | null, viewer: Actor | null): Promise<ThreadRow> {
    if (!thread || (thread.deletedAt && !isStaff(viewer))) throw new NotFoundError('thread');
    return thread;
  }
}
