import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { BadInputError } from '../../common/errors/domain-errors.js';
import { Page, PageArgs } from '../../common/pagination/connection.js';
import { cacheTag } from '../../common/response-cache/cache-tag.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { AnswerConnection, type AnswerRow, AnswerType } from '../answers/answer.type.js';
import { AnswersService } from '../answers/answers.service.js';
import { CategoryType } from '../categories/category.type.js';
import { CommentType } from '../comments/comment.type.js';
import { ForumLoaders } from '../forum.loaders.js';
import { VoteValue } from '../forum.types.js';
import { RevisionType } from '../revisions/revision.type.js';
import { RevisionsService } from '../revisions/revisions.service.js';
import { TagType } from '../tags/tag.type.js';
import { VotesService } from '../votes/votes.service.js';
import { AskQuestionInput, EditQuestionInput, ThreadConnection, type ThreadRow, ThreadType, ThreadsArgs } from './thread.type.js';
import { HIDDEN_HTML, HIDDEN_TEXT } from '../hidden-content.js';
import { ThreadViewsService } from './thread-views.service.js';
import { ThreadsService } from './threads.service.js';

@Resolver(() => ThreadType)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly answersService: AnswersService,
    private readonly revisionsService: RevisionsService,
    private readonly loaders: ForumLoaders,
    private readonly views: ThreadViewsService,
  ) {}

  @Query(() => ThreadConnection)
  threads(@CurrentActor() viewer: Actor | null, @Args() args: ThreadsArgs, @Context() ctx: GqlContext): Promise<Page<ThreadRow>> {
    cacheTag(ctx, 'lists');
    return this.threadsService.list(viewer, args);
  }

  @Query(() => ThreadType, { description: 'A thread by id or by slug' })
  async thread(
    @CurrentActor() viewer: Actor | null,
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
    @Context() ctx?: GqlContext,
  ): Promise<ThreadRow> {
    if (!id === !slug) throw BadInputError.field('id', 'give either id or slug');
    const thread = await this.threadsService.get(viewer, id ? { id } : { slug });
    this.views.record(thread.id);
    cacheTag(ctx!, `id:${thread.id}`);
    return thread;
  }

  @Mutation(() => ThreadType)
  @Auth()
  askQuestion(@CurrentActor() actor: Actor, @Args('input') input: AskQuestionInput): Promise<ThreadRow> {
    return this.threadsService.ask(actor, input);
  }

  @Mutation(() => ThreadType)
  @Auth()
  editQuestion(@CurrentActor() actor: Actor, @Args('input') input: EditQuestionInput): Promise<ThreadRow> {
    return this.threadsService.edit(actor, input);
  }

  @Mutation(() => ThreadType)
  @Auth()
  deleteQuestion(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string): Promise<ThreadRow> {
    return this.threadsService.delete(actor, threadId);
  }

  @Mutation(() => ThreadType)
  @Auth()
  acceptAnswer(@CurrentActor() actor: Actor, @Args('answerId', { type: () => ID }, UuidPipe) answerId: string): Promise<ThreadRow> {
    return this.answersService.accept(actor, answerId);
  }

  @Mutation(() => ThreadType)
  @Auth()
  unacceptAnswer(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string): Promise<ThreadRow> {
    return this.answersService.unaccept(actor, threadId);
  }

  @ResolveField(() => Boolean)
  deleted(@Parent() t: ThreadRow): boolean {
    return !!t.deletedAt;
  }

  @ResolveField(() => Boolean, { description: 'Hidden by flags or a moderator: members see a placeholder' })
  hidden(@Parent() t: ThreadRow): boolean {
    return !!t.hiddenAt;
  }

  @ResolveField(() => Boolean)
  locked(@Parent() t: ThreadRow): boolean {
    return !!t.lockedAt;
  }

  @ResolveField(() => String)
  async title(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<string> {
    return !t.hiddenAt || (await this.loaders.seesHidden(ctx, t.categoryId, t.authorId)) ? t.title : HIDDEN_TEXT;
  }

  @ResolveField(() => String, { description: 'Markdown source' })
  async body(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<string> {
    return !t.hiddenAt || (await this.loaders.seesHidden(ctx, t.categoryId, t.authorId)) ? t.body : HIDDEN_TEXT;
  }

  @ResolveField(() => String, { description: 'Rendered, sanitized HTML' })
  async bodyHtml(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<string> {
    return !t.hiddenAt || (await this.loaders.seesHidden(ctx, t.categoryId, t.authorId)) ? t.bodyHtml : HIDDEN_HTML;
  }

  @ResolveField(() => ThreadType, { nullable: true, description: 'The original, when this thread is a duplicate' })
  duplicateOf(@Parent() t: ThreadRow, @Context() ctx: GqlContext) {
    return t.duplicateOfId ? this.loaders.thread(ctx, t.duplicateOfId) : null;
  }

  @ResolveField(() => CategoryType)
  category(@Parent() t: ThreadRow, @Context() ctx: GqlContext) {
    return this.loaders.category(ctx, t.categoryId);
  }

  @ResolveField(() => [TagType])
  tags(@Parent() t: ThreadRow, @Context() ctx: GqlContext) {
    return this.loaders.tagsOf(ctx, t.id);
  }

  @ResolveField(() => UserType)
  async author(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, t.authorId))!, ctx.actor);
  }

  @ResolveField(() => AnswerType, { nullable: true })
  acceptedAnswer(@Parent() t: ThreadRow, @Context() ctx: GqlContext) {
    return t.acceptedAnswerId ? this.loaders.answer(ctx, t.acceptedAnswerId) : null;
  }

  @ResolveField(() => AnswerConnection, { description: 'Accepted first, then expert answers, then by score' })
  answers(@Parent() t: ThreadRow, @Context() ctx: GqlContext, @Args() page: PageArgs): Promise<Page<AnswerRow>> {
    return this.answersService.page(ctx.actor, t.id, page.first, page.after);
  }

  @ResolveField(() => [CommentType], { description: 'Comments on the question' })
  comments(@Parent() t: ThreadRow, @Context() ctx: GqlContext) {
    return this.loaders.commentsOf(ctx, t.id);
  }

  @ResolveField(() => VoteValue, { description: "The signed-in viewer's vote; NONE for visitors" })
  async myVote(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<VoteValue> {
    return VotesService.toValue(await this.loaders.myVote(ctx, t.id));
  }

  @ResolveField(() => [RevisionType])
  revisions(@Parent() t: ThreadRow): Promise<RevisionType[]> {
    return this.revisionsService.list(t.id);
  }
}
