import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/auth/actor.js';
import { Auth, CurrentActor } from '../common/auth/auth.guard.js';
import type { GqlContext } from '../common/auth/gql-context.js';
import { Clock } from '../common/clock.js';
import { groupByKey, loader } from '../common/loaders.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { CategoryType } from '../forum/categories/category.type.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { UserType } from '../users/user.type.js';
import { toUserType } from '../users/users.service.js';
import { CertificationType, CertifyExpertInput } from './certification.type.js';
import { type CertificationRow, ExpertsService } from './experts.service.js';

@Resolver(() => CertificationType)
export class ExpertsResolver {
  constructor(
    private readonly experts: ExpertsService,
    private readonly loaders: ForumLoaders,
    private readonly clock: Clock,
  ) {}

  @Mutation(() => CertificationType)
  @Auth('STAFF')
  certifyExpert(@CurrentActor() actor: Actor, @Args('input') input: CertifyExpertInput): Promise<CertificationRow> {
    return this.experts.certify(actor, input);
  }

  @Mutation(() => CertificationType)
  @Auth('STAFF')
  revokeExpert(@CurrentActor() actor: Actor, @Args('certificationId', { type: () => ID }, UuidPipe) id: string): Promise<CertificationRow> {
    return this.experts.revoke(actor, id);
  }

  @ResolveField(() => Boolean)
  active(@Parent() c: CertificationRow): boolean {
    return !c.revokedAt && (!c.expiresAt || new Date(c.expiresAt) > this.clock.now());
  }

  @ResolveField(() => CategoryType)
  category(@Parent() c: CertificationRow, @Context() ctx: GqlContext) {
    return this.loaders.category(ctx, c.categoryId);
  }

  @ResolveField(() => UserType)
  async user(@Parent() c: CertificationRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, c.userId))!, ctx.actor);
  }
}

/** Certifications on member profiles. */
@Resolver(() => UserType)
export class UserCertificationsResolver {
  constructor(private readonly experts: ExpertsService) {}

  @ResolveField(() => [CertificationType], { description: 'Expert certifications, current and past' })
  async certifications(@Parent() user: UserType, @Context() ctx: GqlContext): Promise<CertificationRow[]> {
    return (await loader<string, CertificationRow[]>(ctx, 'certifications', async (ids) => groupByKey(ids, await this.experts.byUserIds(ids), (c) => c.userId)).load(user.id)) ?? [];
  }
}
