import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { ThreadRow } from '../forum/threads/thread.type.js';
import { ThreadsRepository } from '../forum/threads/threads.repository.js';
import { ReputationRulesService } from '../reputation/reputation-rules.service.js';
import { UsersService } from '../users/users.service.js';
import { User } from '../users/user.entity.js';
import { AuditService } from './audit.service.js';
import { ModerationScope, tableOf } from './moderation-scope.service.js';

const CLOSE_VOTES_TO_ACT = 3;

// The status a thread returns to when it is reopened.
const OPEN_STATUS = `CASE WHEN accepted_answer_id IS NOT NULL THEN 'SOLVED' WHEN answer_count > 0 THEN 'ANSWERED' ELSE 'OPEN' END::thread_status`;

/**
 * Moderation actions on threads and posts. Each checks scope (staff everywhere, experts in their
 * categories), changes the rows, writes an audit entry and an outbox event, in one transaction.
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly scope: ModerationScope,
    private readonly rules: ReputationRulesService,
    private readonly users: UsersService,
  ) {}

  close(actor: Actor, threadId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'close', reason, async (em, t) => {
      if (t.status === 'CLOSED' || t.status === 'DUPLICATE') throw new ConflictError('already_closed', 'this thread is already closed');
      await em.query(`UPDATE threads SET status = 'CLOSED', closed_at = $2, close_reason = $3 WHERE id = $1`, [t.id, this.clock.now(), reason]);
    });
  }

  reopen(actor: Actor, threadId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'reopen', reason, (em, t) => this.reopenRow(em, t));
  }

  lock(actor: Actor, threadId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'lock', reason, async (em, t) => {
      if (t.lockedAt) throw new ConflictError('already_locked', 'this thread is already locked');
      await em.query(`UPDATE threads SET locked_at = $2 WHERE id = $1`, [t.id, this.clock.now()]);
    });
  }

  unlock(actor: Actor, threadId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'unlock', reason, async (em, t) => {
      if (!t.lockedAt) throw new ConflictError('not_locked', 'this thread is not locked');
      await em.query(`UPDATE threads SET locked_at = NULL WHERE id = $1`, [t.id]);
    });
  }

  pin(actor: Actor, threadId: string, pinned: boolean): Promise<ThreadRow> {
    return this.onThread(actor, threadId, pinned ? 'pin' : 'unpin', null, async (em, t) => {
      await em.query(`UPDATE threads SET pinned_at = CASE WHEN $2 THEN coalesce(pinned_at, $3) END WHERE id = $1`, [t.id, pinned, this.clock.now()]);
    });
  }

  /** Marks a thread as a duplicate of another: the duplicate points to the original. */
  markDuplicate(actor: Actor, threadId: string, originalId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'mark_duplicate', reason, async (em, t) => {
      await this.requireOriginal(em, t, originalId);
      await em.query(`UPDATE threads SET status = 'DUPLICATE', duplicate_of_id = $2, closed_at = $3, close_reason = $4 WHERE id = $1`, [t.id, originalId, this.clock.now(), reason]);
      await this.outbox.add(em, { type: 'forum.thread.moderated', payload: { threadId: originalId, action: 'duplicate_linked', actorId: actor.id } });
    });
  }

  /** Moves answers (with their comments) of a duplicate into the original, and marks the duplicate. */
  merge(actor: Actor, duplicateId: string, originalId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, duplicateId, 'merge', reason, async (em, dup) => {
      const original = await this.requireOriginal(em, dup, originalId);
      await this.scope.require(em, actor, original.categoryId);
      await ThreadsRepository.findOne(em, { id: originalId }, true);
      // The duplicate's accepted answer solved only its own asker: the original keeps its own acceptance.
      await em.query(`UPDATE threads SET accepted_answer_id = NULL WHERE id = $1`, [dup.id]);
      const [moved] = await em.query(`UPDATE answers SET thread_id = $2 WHERE thread_id = $1 AND deleted_at IS NULL RETURNING id`, [dup.id, originalId]);
      await em.query(`UPDATE comments SET thread_id = $2 WHERE thread_id = $1 AND answer_id IS NOT NULL`, [dup.id, originalId]);
      await em.query(
        `UPDATE threads t SET answer_count = (SELECT count(*) FROM answers a WHERE a.thread_id = t.id AND a.deleted_at IS NULL),
                has_expert_answer = EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = t.id AND a.is_expert AND a.deleted_at IS NULL),
                status = CASE WHEN t.status = 'OPEN' AND EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = t.id AND a.deleted_at IS NULL) THEN 'ANSWERED'::thread_status ELSE t.status END,
                last_activity_at = $2
          WHERE t.id = ANY($1::uuid[])`,
        [[dup.id, originalId], this.clock.now()],
      );
      await em.query(`UPDATE threads SET status = 'DUPLICATE', duplicate_of_id = $2, closed_at = $3, close_reason = $4 WHERE id = $1`, [dup.id, originalId, this.clock.now(), reason]);
      await this.outbox.add(em, { type: 'forum.thread.moderated', payload: { threadId: originalId, action: 'merged_into', actorId: actor.id, answers: moved.length } });
    });
  }

  /** Moves a thread to another category; experts only between categories they moderate. */
  move(actor: Actor, threadId: string, categoryId: string, reason: string): Promise<ThreadRow> {
    return this.onThread(actor, threadId, 'move', reason, async (em, t) => {
      if (t.categoryId === categoryId) throw BadInputError.field('categoryId', 'the thread is already in this category');
      const [target] = await em.query(`SELECT id, archived_at FROM categories WHERE id = $1`, [categoryId]);
      if (!target) throw new NotFoundError('category', categoryId);
      if (target.archived_at) throw new ConflictError('category_archived', 'cannot move into an archived category');
      if (!isStaff(actor) && !(await this.scope.moderates(em, actor, categoryId))) {
        throw new ForbiddenError('move_out_of_scope', 'only staff can move a thread out of your categories');
      }
      await em.query(`UPDATE threads SET category_id = $2 WHERE id = $1`, [t.id, categoryId]);
      // The expert mark follows the category: it says the author is certified where the thread now is.
      await em.query(
        `UPDATE answers a SET is_expert = EXISTS (
           SELECT 1 FROM expert_certifications c WHERE c.user_id = a.author_id AND c.category_id = $2 AND c.revoked_at IS NULL AND (c.expires_at IS NULL OR c.expires_at > $3))
          WHERE a.thread_id = $1`,
        [t.id, categoryId, this.clock.now()],
      );
      await em.query(`UPDATE threads t SET has_expert_answer = EXISTS (SELECT 1 FROM answers a WHERE a.thread_id = t.id AND a.is_expert AND a.deleted_at IS NULL) WHERE t.id = $1`, [t.id]);
      return { categoryId };
    });
  }

  /** Hides a question, answer or comment: members see a placeholder, moderators the full text. */
  async hidePost(actor: Actor, postId: string, hidden: boolean, reason: string, em?: EntityManager): Promise<void> {
    const work = async (m: EntityManager) => {
      const post = await this.scope.post(m, postId, true);
      if (post.deletedAt && !isStaff(actor)) throw new NotFoundError('post', postId);
      await this.scope.require(m, actor, post.categoryId);
      if (!!post.hiddenAt === hidden) throw new ConflictError(hidden ? 'already_hidden' : 'not_hidden', `this post is ${hidden ? 'already' : 'not'} hidden`);
      await m.query(`UPDATE ${tableOf(post.kind)} SET hidden_at = $2 WHERE id = $1`, [post.id, hidden ? this.clock.now() : null]);
      await this.audit.write(m, {
        actorId: actor.id, action: hidden ? 'hide' : 'unhide', targetKind: post.kind === 'QUESTION' ? 'thread' : post.kind === 'ANSWER' ? 'answer' : 'comment',
        targetId: post.id, threadId: post.threadId, categoryId: post.categoryId, reason, before: { hidden: !hidden }, after: { hidden },
      });
      await this.outbox.add(m, { type: hidden ? 'forum.post.hidden' : 'forum.post.unhidden', payload: { postId: post.id, postKind: post.kind, threadId: post.threadId, authorId: post.authorId, actorId: actor.id, reason } });
    };
    if (em) await work(em);
    else await this.tx.run(work);
  }

  /**
   * A close (or reopen) vote by a member with the privilege; the third vote acts, on behalf of
   * the community. Returns the thread and how many votes are in.
   */
  async voteClose(actor: Actor, threadId: string, kind: 'CLOSE' | 'REOPEN', reason?: string): Promise<{ thread: ThreadRow; votes: number }> {
    await this.rules.require(actor, 'voteClose');
    return this.tx.run(async (em) => {
      const thread = await this.lockThread(em, threadId, actor);
      const closed = thread.status === 'CLOSED' || thread.status === 'DUPLICATE';
      if (kind === 'CLOSE' && closed) throw new ConflictError('already_closed', 'this thread is already closed');
      if (kind === 'REOPEN' && !closed) throw new ConflictError('not_closed', 'this thread is not closed');
      const [inserted] = await em.query(
        `INSERT INTO close_votes (thread_id, voter_id, kind, reason, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING voter_id`,
        [thread.id, actor.id, kind, reason ?? null, this.clock.now()],
      );
      if (!inserted) throw new ConflictError('already_voted', `you already voted to ${kind.toLowerCase()} this thread`);
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM close_votes WHERE thread_id = $1 AND kind = $2`, [thread.id, kind]);
      if (n < CLOSE_VOTES_TO_ACT) return { thread, votes: n };
      const reasons: Array<{ reason: string | null }> = await em.query(`SELECT reason FROM close_votes WHERE thread_id = $1 AND kind = $2 ORDER BY created_at`, [thread.id, kind]);
      const because = reasons.map((r) => r.reason).filter(Boolean).join('; ') || (kind === 'CLOSE' ? 'closed by community vote' : 'reopened by community vote');
      if (kind === 'CLOSE') await em.query(`UPDATE threads SET status = 'CLOSED', closed_at = $2, close_reason = $3 WHERE id = $1`, [thread.id, this.clock.now(), because]);
      else await this.reopenRow(em, thread);
      await em.query(`DELETE FROM close_votes WHERE thread_id = $1`, [thread.id]);
      const action = kind === 'CLOSE' ? 'community_close' : 'community_reopen';
      await this.audit.write(em, { actorId: null, action, targetKind: 'thread', targetId: thread.id, threadId: thread.id, categoryId: thread.categoryId, reason: because, before: { status: thread.status }, after: { status: kind === 'CLOSE' ? 'CLOSED' : 'reopened' } });
      await this.outbox.add(em, { type: 'forum.thread.moderated', payload: { threadId: thread.id, action, actorId: null } });
      return { thread: (await ThreadsRepository.findOne(em, { id: thread.id }))!, votes: n };
    });
  }

  /** Suspends a member (staff only); their tokens stop working at once. */
  async suspend(actor: Actor, userId: string, until: Date, reason: string): Promise<User> {
    const user = await this.users.suspend(actor, userId, until, reason);
    await this.tx.run(async (em) => {
      await this.audit.write(em, { actorId: actor.id, action: 'suspend', targetKind: 'user', targetId: userId, reason, after: { until } });
      await this.outbox.add(em, { type: 'moderation.user.suspended', payload: { userId, until, reason, actorId: actor.id } });
    });
    return user;
  }

  async unsuspend(actor: Actor, userId: string): Promise<User> {
    const user = await this.users.unsuspend(userId);
    await this.tx.run((em) => this.audit.write(em, { actorId: actor.id, action: 'unsuspend', targetKind: 'user', targetId: userId }));
    return user;
  }

  private async reopenRow(em: EntityManager, t: ThreadRow): Promise<void> {
    if (t.status !== 'CLOSED' && t.status !== 'DUPLICATE') throw new ConflictError('not_closed', 'this thread is not closed');
    await em.query(`UPDATE threads SET status = ${OPEN_STATUS}, closed_at = NULL, close_reason = NULL, duplicate_of_id = NULL WHERE id = $1`, [t.id]);
  }

  private async requireOriginal(em: EntityManager, t: ThreadRow, originalId: string): Promise<ThreadRow> {
    if (originalId === t.id) throw BadInputError.field('originalId', 'a thread cannot duplicate itself');
    const original = await ThreadsRepository.findOne(em, { id: originalId });
    if (!original || original.deletedAt) throw new NotFoundError('thread', originalId);
    if (original.duplicateOfId) throw BadInputError.field('originalId', 'the original is itself a duplicate; link to its original');
    return original;
  }

  private async lockThread(em: EntityManager, threadId: string, actor: Actor): Promise<ThreadRow> {
    const thread = await ThreadsRepository.findOne(em, { id: threadId }, true);
    if (!thread || (thread.deletedAt && !isStaff(actor))) throw new NotFoundError('thread', threadId);
    return thread;
  }

  // Runs one moderation action on a thread: scope check, change, audit (before/after), event.
  private onThread(
    actor: Actor,
    threadId: string,
    action: string,
    reason: string | null,
    change: (em: EntityManager, thread: ThreadRow) => Promise<unknown>,
  ): Promise<ThreadRow> {
    return this.tx.run(async (em) => {
      const before = await this.lockThread(em, threadId, actor);
      await this.scope.require(em, actor, before.categoryId);
      await change(em, before);
      const after = (await ThreadsRepository.findOne(em, { id: threadId }))!;
      const snapshot = (t: ThreadRow) => ({ status: t.status, categoryId: t.categoryId, locked: !!t.lockedAt, pinned: !!t.pinnedAt, duplicateOfId: t.duplicateOfId });
      await this.audit.write(em, { actorId: actor.id, action, targetKind: 'thread', targetId: threadId, threadId, categoryId: before.categoryId, reason, before: snapshot(before), after: snapshot(after) });
      await this.outbox.add(em, { type: 'forum.thread.moderated', payload: { threadId, action, actorId: actor.id, authorId: before.authorId, reason } });
      return after;
    });
  }
}
