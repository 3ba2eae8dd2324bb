import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, isStaff } from '../common/auth/actor.js';
import { Clock } from '../common/clock.js';
import { ForbiddenError, RateLimitedError } from '../common/errors/domain-errors.js';
import { ExpertsService } from '../experts/experts.service.js';
import { ReputationRulesService } from '../reputation/reputation-rules.service.js';

/** Who may edit or remove which post, and how fast new members may post. */
@Injectable()
export class PostAccessService {
  constructor(
    private readonly clock: Clock,
    private readonly rules: ReputationRulesService,
    private readonly experts: ExpertsService,
  ) {}

  /** Moderators of a category: staff everywhere, experts in their certified categories. */
  async isModerator(em: EntityManager, actor: Actor, categoryId: string): Promise<boolean> {
    return isStaff(actor) || this.experts.isExpert(em, actor.id, categoryId);
  }

  /** Authors edit their own posts; moderators and members with the edit privilege edit any. */
  async requireEdit(em: EntityManager, actor: Actor, post: { authorId: string; categoryId: string }): Promise<void> {
    if (post.authorId === actor.id || (await this.isModerator(em, actor, post.categoryId))) return;
    await this.rules.require(actor, 'editOthers');
  }

  /** Authors and moderators delete posts. */
  async requireDelete(em: EntityManager, actor: Actor, post: { authorId: string; categoryId: string }): Promise<void> {
    if (post.authorId === actor.id || (await this.isModerator(em, actor, post.categoryId))) return;
    throw new ForbiddenError('not_allowed', 'only the author or a moderator of this category can delete this post');
  }

  /** New members (below the configured reputation) may post only a few questions and answers an hour. */
  async requirePostingRate(em: EntityManager, actor: Actor, kind: 'question' | 'answer'): Promise<void> {
    if (isStaff(actor)) return;
    const { newMemberLimits: limits } = await this.rules.get(em);
    if ((await this.rules.reputationFor(actor, limits.belowReputation)) >= limits.belowReputation) return;
    const table = kind === 'question' ? 'threads' : 'answers';
    const limit = kind === 'question' ? limits.questionsPerHour : limits.answersPerHour;
    const since = new Date(this.clock.now().getTime() - 3600_000);
    const [row] = await em.query(`SELECT count(*)::int AS n, min(created_at) AS oldest FROM ${table} WHERE author_id = $1 AND created_at > $2`, [actor.id, since]);
    if (row.n >= limit) {
      const retryAfter = Math.max(1, Math.ceil((new Date(row.oldest).getTime() + 3600_000 - this.clock.now().getTime()) / 1000));
      throw new RateLimitedError(`new_member_${kind}_limit`, retryAfter, `new members can post ${limit} ${kind}s an hour; retry in ${retryAfter} s`);
    }
  }
}
