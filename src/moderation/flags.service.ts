import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { OutboxService } from '../database/outbox/outbox.service.js';
import { Tx } from '../database/tx.js';
import { ReputationRulesService } from '../reputation/reputation-rules.service.js';
import { AuditService } from './audit.service.js';
import { ModerationScope, PostRef, tableOf } from './moderation-scope.service.js';
import { FlagPostInput, FlagReason, FlagType } from './moderation.types.js';

/** Flags' total weight at which a post is hidden pending review: 3 member flags, or 1 from a moderator. */
export const AUTO_HIDE_WEIGHT = 3;

/**
 * A member's flag weight: 1 to start, falling towards 0.25 as more of their flags are declined.
 * Moderators' flags weigh the whole threshold.
 */
export function flagWeight(flagger: { helpful: number; declined: number }, isModerator: boolean): number {
  if (isModerator) return AUTO_HIDE_WEIGHT;
  const accuracy = (flagger.helpful + 1) / (flagger.helpful + flagger.declined + 1);
  return Math.round(Math.max(0.25, Math.min(1, accuracy)) * 100) / 100;
}

const FLAG_COLUMNS = `id, reason, comment, duplicate_of_id AS "duplicateOfId", weight::float AS weight, status, created_at AS "createdAt", flagger_id AS "flaggerId"`;

@Injectable()
export class FlagsService {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly rules: ReputationRulesService,
    private readonly scope: ModerationScope,
    private readonly audit: AuditService,
  ) {}

  /**
   * Flags a post. One open flag per member per post. The post's review item collects the flags'
   * weight; reaching AUTO_HIDE_WEIGHT hides the post until a moderator decides. A needs-staff flag
   * weighs nothing towards hiding: it raises an event that webcare turns into a case.
   */
  async flag(actor: Actor, input: FlagPostInput): Promise<FlagType> {
    await this.rules.require(actor, 'flag');
    if (input.reason === FlagReason.DUPLICATE && !input.duplicateOfId) throw BadInputError.field('duplicateOfId', 'name the original thread of a duplicate');
    return this.tx.run(async (em) => {
      const post = await this.scope.post(em, input.postId, true);
      if (post.deletedAt) throw new NotFoundError('post', input.postId);
      if (post.authorId === actor.id) throw new ForbiddenError('own_post', 'you cannot flag your own post');
      if (input.duplicateOfId) {
        const [original] = await em.query(`SELECT id FROM threads WHERE id = $1 AND deleted_at IS NULL`, [input.duplicateOfId]);
        if (!original) throw new NotFoundError('thread', input.duplicateOfId);
      }
      const [record] = await em.query(`SELECT flags_helpful AS helpful, flags_declined AS declined FROM users WHERE id = $1`, [actor.id]);
      const moderator = await this.scope.moderates(em, actor, post.categoryId);
      const weight = input.reason === FlagReason.NEEDS_STAFF ? 0 : flagWeight(record, moderator);
      const now = this.clock.now();
      const item = await this.openReviewItem(em, post);
      const [flag] = await em
        .query(
          `INSERT INTO flags (review_item_id, post_kind, post_id, thread_id, flagger_id, reason, duplicate_of_id, comment, weight, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${FLAG_COLUMNS}`,
          [item.id, post.kind, post.id, post.threadId, actor.id, input.reason, input.duplicateOfId ?? null, input.comment ?? null, weight, now],
        )
        .catch((err: { constraint?: string }) => {
          if (err.constraint === 'flags_one_open_per_member') throw new ConflictError('already_flagged', 'you already have an open flag on this post');
          throw err;
        });
      // UPDATE … RETURNING answers [rows, count] through TypeORM.
      const [[updated]] = await em.query(
        `UPDATE review_items SET weight = weight + $2, updated_at = $3, version = version + 1 WHERE id = $1 RETURNING weight::float AS weight, auto_hidden`,
        [item.id, weight, now],
      );
      if (updated.weight >= AUTO_HIDE_WEIGHT && !post.hiddenAt) {
        await em.query(`UPDATE ${tableOf(post.kind)} SET hidden_at = $2 WHERE id = $1`, [post.id, now]);
        await em.query(`UPDATE review_items SET auto_hidden = true WHERE id = $1`, [item.id]);
        await em.query(`INSERT INTO review_item_history (review_item_id, status, action, actor_id, note, created_at) VALUES ($1, 'PENDING', 'auto_hide', NULL, $2, $3)`, [
          item.id,
          `flag weight ${updated.weight} reached ${AUTO_HIDE_WEIGHT}`,
          now,
        ]);
        await this.audit.write(em, { actorId: null, action: 'auto_hide', targetKind: post.kind === 'QUESTION' ? 'thread' : post.kind === 'ANSWER' ? 'answer' : 'comment', targetId: post.id, threadId: post.threadId, categoryId: post.categoryId, reason: `flag weight ${updated.weight}`, before: { hidden: false }, after: { hidden: true } });
        await this.outbox.add(em, { type: 'forum.post.hidden', payload: { postId: post.id, postKind: post.kind, threadId: post.threadId, authorId: post.authorId, actorId: null, reason: 'flags' } });
      }
      await this.outbox.add(em, { type: 'moderation.flag.raised', payload: { flagId: flag.id, postId: post.id, threadId: post.threadId, categoryId: post.categoryId, reason: input.reason, flaggerId: actor.id } });
      if (input.reason === FlagReason.NEEDS_STAFF) {
        await this.outbox.add(em, { type: 'moderation.thread.needs_staff', payload: { threadId: post.threadId, flagId: flag.id, flaggerId: actor.id, comment: input.comment ?? null, safety: !!input.safety } });
      }
      return flag;
    });
  }

  byReviewItems(ids: readonly string[]): Promise<Array<FlagType & { reviewItemId: string }>> {
    return this.tx.em.query(`SELECT review_item_id AS "reviewItemId", ${FLAG_COLUMNS} FROM flags WHERE review_item_id = ANY($1::uuid[]) ORDER BY created_at`, [ids]);
  }

  // The pending review item of a post, created on its first flag (one per post).
  private async openReviewItem(em: EntityManager, post: PostRef): Promise<{ id: string }> {
    const now = this.clock.now();
    const [created] = await em.query(
      `INSERT INTO review_items (post_kind, post_id, thread_id, category_id, author_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (post_id) WHERE status = 'PENDING' DO NOTHING RETURNING id`,
      [post.kind, post.id, post.threadId, post.categoryId, post.authorId, now],
    );
    if (created) {
      await em.query(`INSERT INTO review_item_history (review_item_id, status, action, created_at) VALUES ($1, 'PENDING', 'created', $2)`, [created.id, now]);
      return created;
    }
    const [existing] = await em.query(`SELECT id FROM review_items WHERE post_id = $1 AND status = 'PENDING' FOR UPDATE`, [post.id]);
    return existing;
  }
}
