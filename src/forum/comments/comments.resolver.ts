import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { ForumLoaders } from '../forum.loaders.js';
import { HIDDEN_HTML, HIDDEN_TEXT } from '../hidden-content.js';
import { AddCommentInput, type CommentRow, CommentType } from './comment.type.js';
import { CommentsService } from './comments.service.js';

@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Mutation(() => CommentType)
  @Auth()
  addComment(@CurrentActor() actor: Actor, @Args('input') input: AddCommentInput): Promise<CommentRow> {
    return this.comments.add(actor, input);
  }

  @Mutation(() => CommentType)
  @Auth()
  deleteComment(@CurrentActor() actor: Actor, @Args('commentId', { type: () => ID }, UuidPipe) commentId: string): Promise<CommentRow> {
    return this.comments.delete(actor, commentId);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() c: CommentRow): boolean {
    return !!c.deletedAt;
  }

  @ResolveField(() => Boolean)
  hidden(@Parent() c: CommentRow): boolean {
    return !!c.hiddenAt;
  }

  @ResolveField(() => String)
  async body(@Parent() c: CommentRow, @Context() ctx: GqlContext): Promise<string> {
    return (await this.shows(c, ctx)) ? c.body : HIDDEN_TEXT;
  }

  @ResolveField(() => String)
  async bodyHtml(@Parent() c: CommentRow, @Context() ctx: GqlContext): Promise<string> {
    return (await this.shows(c, ctx)) ? c.bodyHtml : HIDDEN_HTML;
  }

  private async shows(c: CommentRow, ctx: GqlContext): Promise<boolean> {
    if (!c.hiddenAt) return true;
    const thread = await this.loaders.thread(ctx, c.threadId);
    return !!thread && this.loaders.seesHidden(ctx, thread.categoryId, c.authorId);
  }

  @ResolveField(() => UserType)
  async author(@Parent() c: CommentRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, c.authorId))!, ctx.actor);
  }
}
