import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { CommentType } from '../comments/comment.type.js';
import { ForumLoaders } from '../forum.loaders.js';
import { HIDDEN_HTML, HIDDEN_TEXT } from '../hidden-content.js';
import { VoteValue } from '../forum.types.js';
import { RevisionType } from '../revisions/revision.type.js';
import { RevisionsService } from '../revisions/revisions.service.js';
import { ThreadType } from '../threads/thread.type.js';
import { VotesService } from '../votes/votes.service.js';
import { AnswerQuestionInput, type AnswerRow, AnswerType, EditAnswerInput } from './answer.type.js';
import { AnswersService } from './answers.service.js';

@Resolver(() => AnswerType)
export class AnswersResolver {
  constructor(
    private readonly answersService: AnswersService,
    private readonly revisionsService: RevisionsService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Mutation(() => AnswerType)
  @Auth()
  answerQuestion(@CurrentActor() actor: Actor, @Args('input') input: AnswerQuestionInput): Promise<AnswerRow> {
    return this.answersService.answer(actor, input);
  }

  @Mutation(() => AnswerType)
  @Auth()
  editAnswer(@CurrentActor() actor: Actor, @Args('input') input: EditAnswerInput): Promise<AnswerRow> {
    return this.answersService.edit(actor, input);
  }

  @Mutation(() => AnswerType)
  @Auth()
  deleteAnswer(@CurrentActor() actor: Actor, @Args('answerId', { type: () => ID }, UuidPipe) answerId: string): Promise<AnswerRow> {
    return this.answersService.delete(actor, answerId);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() a: AnswerRow): boolean {
    return !!a.deletedAt;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by flags or a moderator: members see a placeholder' })
  hidden(@Parent() a: AnswerRow): boolean {
    return !!a.hiddenAt;
  }

  @ResolveField(() => String, { description: 'Markdown source' })
  async body(@Parent() a: AnswerRow, @Context() ctx: GqlContext): Promise<string> {
    return (await this.shows(a, ctx)) ? a.body : HIDDEN_TEXT;
  }

  @ResolveField(() => String, { description: 'Rendered, sanitized HTML' })
  async bodyHtml(@Parent() a: AnswerRow, @Context() ctx: GqlContext): Promise<string> {
    return (await this.shows(a, ctx)) ? a.bodyHtml : HIDDEN_HTML;
  }

  private async shows(a: AnswerRow, ctx: GqlContext): Promise<boolean> {
    if (!a.hiddenAt) return true;
    const thread = await this.loaders.thread(ctx, a.threadId);
    return !!thread && this.loaders.seesHidden(ctx, thread.categoryId, a.authorId);
  }

  @ResolveField(() => UserType)
  async author(@Parent() a: AnswerRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, a.authorId))!, ctx.actor);
  }

  @ResolveField(() => ThreadType)
  thread(@Parent() a: AnswerRow, @Context() ctx: GqlContext) {
    return this.loaders.thread(ctx, a.threadId);
  }

  @ResolveField(() => [CommentType])
  comments(@Parent() a: AnswerRow, @Context() ctx: GqlContext) {
    return this.loaders.commentsOf(ctx, a.id);
  }

  @ResolveField(() => VoteValue)
  async myVote(@Parent() a: AnswerRow, @Context() ctx: GqlContext): Promise<VoteValue> {
    return VotesService.toValue(await this.loaders.myVote(ctx, a.id));
  }

  @ResolveField(() => [RevisionType])
  revisions(@Parent() a: AnswerRow): Promise<RevisionType[]> {
    return this.revisionsService.list(a.id);
  }
}
