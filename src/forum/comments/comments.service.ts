import { Injectable } from '@nestjs/common';
import { Actor, isStaff } from '../../common/auth/actor.js';
import { Clock } from '../../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors/domain-errors.js';
import { OutboxService } from '../../database/outbox/outbox.service.js';
import { Tx } from '../../database/tx.js';
import { ReputationRulesService } from '../../reputation/reputation-rules.service.js';
import { ContentService } from '../markdown/content.service.js';
import { PostAccessService } from '../post-access.service.js';
import { ThreadsRepository } from '../threads/threads.repository.js';
import { ThreadsService } from '../threads/threads.service.js';
import { AddCommentInput, CommentRow } from './comment.type.js';

const COLUMNS = `c.id, c.thread_id AS "threadId", c.answer_id AS "answerId", c.author_id AS "authorId", c.body, c.body_html AS "bodyHtml",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.deleted_at AS "deletedAt", c.hidden_at AS "hiddenAt"`;

@Injectable()
export class CommentsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly rules: ReputationRulesService,
    private readonly access: PostAccessService,
    private readonly content: ContentService,
    private readonly threads: ThreadsService,
  ) {}

  /**
   * Comments on a question or an answer. Anyone may comment on their own posts and on answers to
   * their own question (reputation 1); elsewhere it takes the comment-anywhere privilege.
   */
  async add(actor: Actor, input: AddCommentInput): Promise<CommentRow> {
    if (!!input.threadId === !!input.answerId) throw BadInputError.field('threadId', 'give either threadId or answerId');
    return this.tx.run(async (em) => {
      let threadId = input.threadId;
      let postAuthorId: string | undefined;
      if (input.answerId) {
        const [answer] = await em.query(`SELECT thread_id, author_id, deleted_at FROM answers WHERE id = $1`, [input.answerId]);
        if (!answer || (answer.deleted_at && !isStaff(actor))) throw new NotFoundError('answer', input.answerId);
        threadId = answer.thread_id;
        postAuthorId = answer.author_id;
      }
      const thread = await this.threads.requireVisible(await ThreadsRepository.findOne(em, { id: threadId! }, true), actor);
      if (thread.status === 'CLOSED' || thread.status === 'DUPLICATE' || thread.lockedAt) {
        if (!(await this.access.isModerator(em, actor, thread.categoryId))) {
          throw new ConflictError(thread.lockedAt ? 'thread_locked' : 'thread_closed', `this thread is ${thread.lockedAt ? 'locked' : 'closed'} to new comments`);
        }
      }
      const own = (postAuthorId ?? thread.authorId) === actor.id || thread.authorId === actor.id;
      await this.rules.require(actor, own ? 'commentOwn' : 'commentAnywhere');
      const { html, mentionIds } = await this.content.render(em, input.body);
      const now = this.clock.now();
      const [{ id }] = await em.query(
        `INSERT INTO comments (thread_id, answer_id, author_id, body, body_html, mentions, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
        [thread.id, input.answerId ?? null, actor.id, input.body, html, mentionIds, now],
      );
      if (input.answerId) await em.query(`UPDATE answers SET comment_count = comment_count + 1 WHERE id = $1`, [input.answerId]);
      else await em.query(`UPDATE threads SET comment_count = comment_count + 1 WHERE id = $1`, [thread.id]);
      await em.query(`UPDATE threads SET last_activity_at = $2 WHERE id = $1`, [thread.id, now]);
      await this.outbox.add(em, {
        type: 'forum.comment.added',
        payload: { commentId: id, threadId: thread.id, answerId: input.answerId ?? null, authorId: actor.id, postAuthorId: postAuthorId ?? thread.authorId, mentionIds },
      });
      const [row] = await em.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1`, [id]);
      return row;
    });
  }

  async delete(actor: Actor, commentId: string): Promise<CommentRow> {
    return this.tx.run(async (em) => {
      const [comment] = await em.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1 FOR UPDATE`, [commentId]);
      if (!comment || (comment.deletedAt && !isStaff(actor))) throw new NotFoundError('comment', commentId);
      const thread = await this.threads.requireVisible(await ThreadsRepository.findOne(em, { id: comment.threadId }), actor);
      await this.access.requireDelete(em, actor, { authorId: comment.authorId, categoryId: thread.categoryId });
      if (comment.deletedAt) return comment;
      await em.query(`UPDATE comments SET deleted_at = $2, deleted_by = $3 WHERE id = $1`, [commentId, this.clock.now(), actor.id]);
      if (comment.answerId) await em.query(`UPDATE answers SET comment_count = comment_count - 1 WHERE id = $1`, [comment.answerId]);
      else await em.query(`UPDATE threads SET comment_count = comment_count - 1 WHERE id = $1`, [comment.threadId]);
      await this.outbox.add(em, { type: 'forum.comment.deleted', payload: { commentId, threadId: comment.threadId, actorId: actor.id } });
      const [row] = await em.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1`, [commentId]);
      return row;
    });
  }

  async byId(id: string): Promise<CommentRow | null> {
    const [row] = await this.tx.em.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  /**
   * Comments of many posts at once (key: answer id, or thread id for comments on the question),
   * oldest first; deleted ones only for staff.
   */
  async byPosts(keys: readonly string[], includeDeleted: boolean): Promise<Array<CommentRow & { postId: string }>> {
    return this.tx.em.query(
      `SELECT coalesce(c.answer_id, c.thread_id) AS "postId", ${COLUMNS} FROM comments c
        WHERE (c.answer_id = ANY($1::uuid[]) OR (c.answer_id IS NULL AND c.thread_id = ANY($1::uuid[])))
          AND ($2 OR c.deleted_at IS NULL)
        ORDER BY c.created_at, c.id`,
      [keys, includeDeleted],
    );
  }
}
