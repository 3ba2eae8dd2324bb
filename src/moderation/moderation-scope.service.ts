import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../common/auth/actor.js';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { ExpertsService } from '../experts/experts.service.js';

export interface PostRef {
  kind: 'QUESTION' | 'ANSWER' | 'COMMENT';
  id: string;
  threadId: string;
  categoryId: string;
  authorId: string;
  hiddenAt: Date | null;
  deletedAt: Date | null;
}

/** Who moderates where (staff everywhere, experts in their categories), and post look-ups. */
@Injectable()
export class ModerationScope {
  constructor(private readonly experts: ExpertsService) {}

  async moderates(em: EntityManager, actor: Actor, categoryId: string): Promise<boolean> {
    return isStaff(actor) || this.experts.isExpert(em, actor.id, categoryId);
  }

  async require(em: EntityManager, actor: Actor, categoryId: string): Promise<void> {
    if (!(await this.moderates(em, actor, categoryId))) {
      throw new ForbiddenError('not_moderator', 'only staff and experts certified for this category can moderate here', { categoryId });
    }
  }

  /** Finds a question, answer or comment by id (locking its row), with its thread and category. */
  async post(em: EntityManager, postId: string, lock = false): Promise<PostRef> {
    const forUpdate = lock ? 'FOR UPDATE OF x' : '';
    const [q] = await em.query(
      `SELECT 'QUESTION' AS kind, x.id, x.id AS "threadId", x.category_id AS "categoryId", x.author_id AS "authorId", x.hidden_at AS "hiddenAt", x.deleted_at AS "deletedAt"
         FROM threads x WHERE x.id = $1 ${forUpdate}`,
      [postId],
    );
    if (q) return q;
    const [a] = await em.query(
      `SELECT 'ANSWER' AS kind, x.id, x.thread_id AS "threadId", t.category_id AS "categoryId", x.author_id AS "authorId", x.hidden_at AS "hiddenAt",
              coalesce(x.deleted_at, t.deleted_at) AS "deletedAt"
         FROM answers x JOIN threads t ON t.id = x.thread_id WHERE x.id = $1 ${forUpdate}`,
      [postId],
    );
    if (a) return a;
    const [c] = await em.query(
      `SELECT 'COMMENT' AS kind, x.id, x.thread_id AS "threadId", t.category_id AS "categoryId", x.author_id AS "authorId", x.hidden_at AS "hiddenAt",
              coalesce(x.deleted_at, t.deleted_at) AS "deletedAt"
         FROM comments x JOIN threads t ON t.id = x.thread_id WHERE x.id = $1 ${forUpdate}`,
      [postId],
    );
    if (c) return c;
    throw new NotFoundError('post', postId);
  }
}

export const tableOf = (kind: PostRef['kind']): string => (kind === 'QUESTION' ? 'threads' : kind === 'ANSWER' ? 'answers' : 'comments');
