import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { AnswersService } from '../answers/answers.service.js';
import { ForumLoaders } from '../forum.loaders.js';
import { ThreadsService } from '../threads/threads.service.js';
import { RevisionDiffType, RevisionType } from './revision.type.js';
import { RevisionsService } from './revisions.service.js';

@Resolver(() => RevisionType)
export class RevisionsResolver {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly threads: ThreadsService,
    private readonly answers: AnswersService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => RevisionDiffType, { description: 'Word-level differences between two revisions of one post' })
  async revisionDiff(
    @CurrentActor() viewer: Actor | null,
    @Args('fromRevisionId', { type: () => ID }, UuidPipe) fromRevisionId: string,
    @Args('toRevisionId', { type: () => ID }, UuidPipe) toRevisionId: string,
  ): Promise<RevisionDiffType> {
    const diff = await this.revisions.diff(fromRevisionId, toRevisionId);
    // Revisions are as visible as their post.
    if (diff.from.postKind === 'QUESTION') await this.threads.get(viewer, { id: diff.from.postId });
    else await this.answers.get(viewer, diff.from.postId);
    return diff;
  }

  @ResolveField(() => UserType)
  async editor(@Parent() r: RevisionType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, r.editorId))!, ctx.actor);
  }
}
