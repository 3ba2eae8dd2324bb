import { Injectable } from '@nestjs/common';
import { Actor, isStaff } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/errors/domain-errors.js';
import { decodeCursor, Page, toPage } from '../common/pagination/connection.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { ExpertsService } from '../experts/experts.service.js';
import { AnswersService } from '../forum/answers/answers.service.js';
import { CommentsService } from '../forum/comments/comments.service.js';
import { ThreadsService } from '../forum/threads/threads.service.js';
import { AuditService } from './audit.service.js';
import { ModerationScope, tableOf } from './moderation-scope.service.js';
import { ModerationService } from './moderation.service.js';
import { AuthorRecordType, ResolveReviewInput, ReviewAction, ReviewDecision, ReviewHistoryEntryType, ReviewItemType, ReviewStatus } from './moderation.types.js';

const ITEM_COLUMNS = `id, post_kind AS "postKind", post_id AS "postId", status, weight::float AS weight, auto_hidden AS "autoHidden", version,
  created_at AS "createdAt", thread_id AS "threadId", category_id AS "categoryId", author_id AS "authorId"`;

/** The review queue: flagged posts for moderators of their categories, and their decisions. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly scope: ModerationScope,
    private readonly experts: ExpertsService,
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly comments: CommentsService,
  ) {}

  /** Pending items, oldest first: all for staff, an expert's categories for experts. */
  async queue(actor: Actor, status: ReviewStatus, first: number, after?: string): Promise<Page<ReviewItemType>> {
    const categories = isStaff(actor) ? null : await this.experts.categoriesOf(this.tx.em, actor.id);
    const params: unknown[] = [status, categories, first + 1];
    let keyset = '';
    if (after) {
      const [createdAt, id] = decodeCursor(after, 2);
      params.push(createdAt, id);
      keyset = `AND (created_at, id) > ($4::timestamptz, $5::uuid)`;
    }
    const scope = `status = $1 AND ($2::uuid[] IS NULL OR category_id = ANY($2::uuid[]))`;
    const rows = await this.tx.em.query(`SELECT ${ITEM_COLUMNS} FROM review_items WHERE ${scope} ${keyset} ORDER BY created_at, id LIMIT $3`, params);
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM review_items WHERE ${scope}`, params.slice(0, 2));
    return toPage(rows, first, n, (r: ReviewItemType) => [r.createdAt, r.id]);
  }

  /**
   * Agree (flags helpful, then hide / delete / close / mark duplicate) or dismiss (flags declined,
   * an auto-hidden post shown again). The version must match: two moderators never both decide.
   */
  async resolve(actor: Actor, input: ResolveReviewInput): Promise<ReviewItemType> {
    return this.tx.run(async (em) => {
      const [item] = await em.query(`SELECT ${ITEM_COLUMNS} FROM review_items WHERE id = $1 FOR UPDATE`, [input.reviewItemId]);
      if (!item) throw new NotFoundError('review_item', input.reviewItemId);
      await this.scope.require(em, actor, item.categoryId);
      if (item.status !== ReviewStatus.PENDING) throw new ConflictError('already_resolved', 'this review item was already decided');
      if (item.version !== input.version) throw new ConflictError('stale_review_item', 'this item changed since you loaded it; reload and decide again', { version: item.version });
      const agree = input.decision === ReviewDecision.AGREE;
      const now = this.clock.now();
      const reason = input.note ?? `flags ${agree ? 'upheld' : 'dismissed'}`;

      if (agree) await this.act(actor, item, input, reason);
      else if (item.autoHidden) {
        const post = await this.scope.post(em, item.postId);
        if (post.hiddenAt) await em.query(`UPDATE ${tableOf(post.kind)} SET hidden_at = NULL WHERE id = $1`, [post.id]);
        await this.outbox.add(em, { type: 'forum.post.unhidden', payload: { postId: post.id, postKind: post.kind, threadId: post.threadId, authorId: post.authorId, actorId: actor.id, reason } });
      }

      const [flags]: [Array<{ id: string; flagger_id: string }>] = await em.query(
        `UPDATE flags SET status = $2, resolved_at = $3 WHERE review_item_id = $1 AND status = 'PENDING' RETURNING id, flagger_id`,
        [item.id, agree ? 'HELPFUL' : 'DECLINED', now],
      );
      await em.query(
        `UPDATE users u SET ${agree ? 'flags_helpful = flags_helpful' : 'flags_declined = flags_declined'} + c.n
           FROM (SELECT flagger_id, count(*)::int AS n FROM flags WHERE id = ANY($1::uuid[]) GROUP BY flagger_id) c WHERE u.id = c.flagger_id`,
        [flags.map((f) => f.id)],
      );
      const status = agree ? ReviewStatus.APPROVED : ReviewStatus.REJECTED;
      await em.query(`UPDATE review_items SET status = $2, version = version + 1, resolved_at = $3, resolved_by = $4, updated_at = $3 WHERE id = $1`, [item.id, status, now, actor.id]);
      await em.query(`INSERT INTO review_item_history (review_item_id, status, action, actor_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
        item.id, status, agree ? `agree:${input.action.toLowerCase()}` : 'dismiss', actor.id, input.note ?? null, now,
      ]);
      await this.audit.write(em, { actorId: actor.id, action: agree ? 'review_agree' : 'review_dismiss', targetKind: 'review_item', targetId: item.id, threadId: item.threadId, categoryId: item.categoryId, reason, after: { action: input.action, flags: flags.length } });
      await this.outbox.add(em, {
        type: 'moderation.flag.resolved',
        payload: { reviewItemId: item.id, outcome: agree ? 'HELPFUL' : 'DECLINED', flagIds: flags.map((f) => f.id), flaggerIds: [...new Set(flags.map((f) => f.flagger_id))], postId: item.postId, threadId: item.threadId, action: input.action },
      });
      const [updated] = await em.query(`SELECT ${ITEM_COLUMNS} FROM review_items WHERE id = $1`, [item.id]);
      return updated;
    });
  }

  history(reviewItemIds: readonly string[]): Promise<Array<ReviewHistoryEntryType & { reviewItemId: string }>> {
    return this.tx.em.query(
      `SELECT review_item_id AS "reviewItemId", status, action, note, actor_id AS "actorId", created_at AS "createdAt" FROM review_item_history WHERE review_item_id = ANY($1::uuid[]) ORDER BY id`,
      [reviewItemIds],
    );
  }

  /** What the reviewer needs to know about the author: reputation, hidden posts, upheld flags. */
  async authorRecord(authorId: string): Promise<AuthorRecordType> {
    const [row] = await this.tx.em.query(
      `SELECT u.reputation, u.suspended_until AS "suspendedUntil",
              (SELECT count(*)::int FROM threads WHERE author_id = u.id AND hidden_at IS NOT NULL)
            + (SELECT count(*)::int FROM answers WHERE author_id = u.id AND hidden_at IS NOT NULL)
            + (SELECT count(*)::int FROM comments WHERE author_id = u.id AND hidden_at IS NOT NULL) AS "hiddenPosts",
              (SELECT count(*)::int FROM flags f JOIN review_items r ON r.id = f.review_item_id WHERE r.author_id = u.id AND f.status = 'HELPFUL') AS "helpfulFlagsAgainst"
         FROM users u WHERE u.id = $1`,
      [authorId],
    );
    return row;
  }

  // Nested services join this transaction (Tx.run), so the decision and its action are one unit.
  private async act(actor: Actor, item: ReviewItemType, input: ResolveReviewInput, reason: string): Promise<void> {
    switch (input.action) {
      case ReviewAction.NONE:
        return;
      case ReviewAction.HIDE: {
        const post = await this.scope.post(this.tx.em, item.postId);
        if (!post.hiddenAt) await this.moderation.hidePost(actor, item.postId, true, reason);
        return;
      }
      case ReviewAction.DELETE:
        if (item.postKind === 'QUESTION') await this.threads.delete(actor, item.postId);
        else if (item.postKind === 'ANSWER') await this.answers.delete(actor, item.postId);
        else await this.comments.delete(actor, item.postId);
        return;
      case ReviewAction.CLOSE:
        await this.moderation.close(actor, item.threadId, reason);
        return;
      case ReviewAction.MARK_DUPLICATE: {
        const [flagged] = await this.tx.em.query(`SELECT duplicate_of_id FROM flags WHERE review_item_id = $1 AND duplicate_of_id IS NOT NULL ORDER BY created_at LIMIT 1`, [item.id]);
        const originalId = input.duplicateOfId ?? flagged?.duplicate_of_id;
        if (!originalId) throw BadInputError.field('duplicateOfId', 'name the original thread');
        await this.moderation.markDuplicate(actor, item.threadId, originalId, reason);
        return;
      }
    }
  }
}
