import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/auth/actor.js';
import { Auth, CurrentActor } from '../common/auth/auth.guard.js';
import type { GqlContext } from '../common/auth/gql-context.js';
import { groupByKey, loader } from '../common/loaders.js';
import { Page, PageArgs } from '../common/pagination/connection.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { AnswerType } from '../forum/answers/answer.type.js';
import { CategoryType } from '../forum/categories/category.type.js';
import { CommentType } from '../forum/comments/comment.type.js';
import { CommentsService } from '../forum/comments/comments.service.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { ThreadType, type ThreadRow } from '../forum/threads/thread.type.js';
import { ThreadsRepository } from '../forum/threads/threads.repository.js';
import { Tx } from '../database/tx.js';
import { UserType } from '../users/user.type.js';
import { toUserType } from '../users/users.service.js';
import { AuditService } from './audit.service.js';
import { FlagsService } from './flags.service.js';
import { ModerationService } from './moderation.service.js';
import {
  AuditEntryConnection, AuditEntryType, AuditFilter, AuthorRecordType, CloseVoteInput, FlagPostInput, FlagType, HidePostInput, MarkDuplicateInput,
  ModerateThreadInput, MoveThreadInput, ResolveReviewInput, ReviewHistoryEntryType, ReviewItemConnection, ReviewItemType, ReviewStatus, SuspendMemberInput,
} from './moderation.types.js';
import { ReviewService } from './review.service.js';

@ObjectType('CloseVoteResult')
class CloseVoteResultType {
  @Field(() => ThreadType) thread: ThreadRow;
  @Field(() => Int, { description: 'Votes in so far; the third acts' }) votes: number;
}

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly flagsService: FlagsService,
    private readonly review: ReviewService,
    private readonly audit: AuditService,
  ) {}

  @Mutation(() => FlagType)
  @Auth()
  flagPost(@CurrentActor() actor: Actor, @Args('input') input: FlagPostInput) {
    return this.flagsService.flag(actor, input);
  }

  @Query(() => ReviewItemConnection, { description: 'Flagged posts to review: staff see all, experts their categories' })
  @Auth()
  reviewQueue(@CurrentActor() actor: Actor, @Args() page: PageArgs, @Args('status', { type: () => ReviewStatus, defaultValue: ReviewStatus.PENDING }) status: ReviewStatus): Promise<Page<ReviewItemType>> {
    return this.review.queue(actor, status, page.first, page.after);
  }

  @Mutation(() => ReviewItemType)
  @Auth()
  resolveReviewItem(@CurrentActor() actor: Actor, @Args('input') input: ResolveReviewInput) {
    return this.review.resolve(actor, input);
  }

  @Mutation(() => ThreadType)
  @Auth()
  closeThread(@CurrentActor() actor: Actor, @Args('input') input: ModerateThreadInput) {
    return this.moderation.close(actor, input.threadId, input.reason);
  }

  @Mutation(() => ThreadType)
  @Auth()
  reopenThread(@CurrentActor() actor: Actor, @Args('input') input: ModerateThreadInput) {
    return this.moderation.reopen(actor, input.threadId, input.reason);
  }

  @Mutation(() => ThreadType)
  @Auth()
  lockThread(@CurrentActor() actor: Actor, @Args('input') input: ModerateThreadInput) {
    return this.moderation.lock(actor, input.threadId, input.reason);
  }

  @Mutation(() => ThreadType)
  @Auth()
  unlockThread(@CurrentActor() actor: Actor, @Args('input') input: ModerateThreadInput) {
    return this.moderation.unlock(actor, input.threadId, input.reason);
  }

  @Mutation(() => ThreadType)
  @Auth()
  pinThread(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string, @Args('pinned', { defaultValue: true }) pinned: boolean) {
    return this.moderation.pin(actor, threadId, pinned);
  }

  @Mutation(() => ThreadType)
  @Auth()
  markDuplicate(@CurrentActor() actor: Actor, @Args('input') input: MarkDuplicateInput) {
    return this.moderation.markDuplicate(actor, input.threadId, input.originalId, input.reason);
  }

  @Mutation(() => ThreadType, { description: "Moves a duplicate's answers into the original and marks it duplicate" })
  @Auth()
  mergeThread(@CurrentActor() actor: Actor, @Args('input') input: MarkDuplicateInput) {
    return this.moderation.merge(actor, input.threadId, input.originalId, input.reason);
  }

  @Mutation(() => ThreadType)
  @Auth()
  moveThread(@CurrentActor() actor: Actor, @Args('input') input: MoveThreadInput) {
    return this.moderation.move(actor, input.threadId, input.categoryId, input.reason);
  }

  @Mutation(() => Boolean)
  @Auth()
  async hidePost(@CurrentActor() actor: Actor, @Args('input') input: HidePostInput): Promise<boolean> {
    await this.moderation.hidePost(actor, input.postId, true, input.reason);
    return true;
  }

  @Mutation(() => Boolean)
  @Auth()
  async unhidePost(@CurrentActor() actor: Actor, @Args('input') input: HidePostInput): Promise<boolean> {
    await this.moderation.hidePost(actor, input.postId, false, input.reason);
    return true;
  }

  @Mutation(() => CloseVoteResultType)
  @Auth()
  voteToClose(@CurrentActor() actor: Actor, @Args('input') input: CloseVoteInput) {
    return this.moderation.voteClose(actor, input.threadId, 'CLOSE', input.reason);
  }

  @Mutation(() => CloseVoteResultType)
  @Auth()
  voteToReopen(@CurrentActor() actor: Actor, @Args('input') input: CloseVoteInput) {
    return this.moderation.voteClose(actor, input.threadId, 'REOPEN', input.reason);
  }

  @Mutation(() => UserType)
  @Auth('STAFF')
  async suspendUser(@CurrentActor() actor: Actor, @Args('input') input: SuspendMemberInput): Promise<UserType> {
    return toUserType(await this.moderation.suspend(actor, input.userId, input.until, input.reason), actor);
  }

  @Mutation(() => UserType)
  @Auth('STAFF')
  async unsuspendUser(@CurrentActor() actor: Actor, @Args('userId', { type: () => ID }, UuidPipe) userId: string): Promise<UserType> {
    return toUserType(await this.moderation.unsuspend(actor, userId), actor);
  }

  @Query(() => AuditEntryConnection, { description: 'The moderation audit log (staff)' })
  @Auth('STAFF')
  moderationLog(@Args() page: PageArgs, @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter): Promise<Page<AuditEntryType>> {
    return this.audit.list(filter ?? {}, page.first, page.after);
  }
}

@Resolver(() => ReviewItemType)
export class ReviewItemResolver {
  constructor(
    private readonly flagsService: FlagsService,
    private readonly review: ReviewService,
    private readonly loaders: ForumLoaders,
    private readonly comments: CommentsService,
  ) {}

  @ResolveField(() => [FlagType])
  async flags(@Parent() item: ReviewItemType, @Context() ctx: GqlContext) {
    return (await loader<string, FlagType[]>(ctx, 'reviewFlags', async (ids) => groupByKey(ids, await this.flagsService.byReviewItems(ids), (f) => f.reviewItemId)).load(item.id)) ?? [];
  }

  @ResolveField(() => [ReviewHistoryEntryType])
  async history(@Parent() item: ReviewItemType, @Context() ctx: GqlContext) {
    return (await loader<string, ReviewHistoryEntryType[]>(ctx, 'reviewHistory', async (ids) => groupByKey(ids, await this.review.history(ids), (h) => h.reviewItemId)).load(item.id)) ?? [];
  }

  @ResolveField(() => ThreadType)
  thread(@Parent() item: ReviewItemType, @Context() ctx: GqlContext) {
    return this.loaders.thread(ctx, item.threadId);
  }

  @ResolveField(() => AnswerType, { nullable: true })
  answer(@Parent() item: ReviewItemType, @Context() ctx: GqlContext) {
    return item.postKind === 'ANSWER' ? this.loaders.answer(ctx, item.postId) : null;
  }

  @ResolveField(() => CommentType, { nullable: true })
  comment(@Parent() item: ReviewItemType) {
    return item.postKind === 'COMMENT' ? this.comments.byId(item.postId) : null;
  }

  @ResolveField(() => UserType)
  async author(@Parent() item: ReviewItemType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, item.authorId))!, ctx.actor);
  }

  @ResolveField(() => AuthorRecordType)
  authorRecord(@Parent() item: ReviewItemType): Promise<AuthorRecordType> {
    return this.review.authorRecord(item.authorId);
  }

  @ResolveField(() => CategoryType)
  category(@Parent() item: ReviewItemType, @Context() ctx: GqlContext) {
    return this.loaders.category(ctx, item.categoryId);
  }
}

@Resolver(() => FlagType)
export class FlagResolver {
  constructor(private readonly loaders: ForumLoaders) {}

  @ResolveField(() => UserType)
  async flagger(@Parent() f: FlagType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, f.flaggerId))!, ctx.actor);
  }
}

/** What members see on a thread: that it was closed or moved, by whom and why. */
@Resolver(() => ThreadType)
export class ThreadModerationResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly tx: Tx,
  ) {}

  @ResolveField(() => [AuditEntryType], { description: 'Public moderation history: closed, reopened, moved, locked, duplicate, merged' })
  moderationHistory(@Parent() t: ThreadRow): Promise<AuditEntryType[]> {
    return this.audit.publicForThread(t.id);
  }

  @ResolveField(() => Int, { description: 'Open votes to close (or reopen, when closed)' })
  async closeVotes(@Parent() t: ThreadRow): Promise<number> {
    const kind = t.status === 'CLOSED' || t.status === 'DUPLICATE' ? 'REOPEN' : 'CLOSE';
    const [{ n }] = await this.tx.em.query(`SELECT count(*)::int AS n FROM close_votes WHERE thread_id = $1 AND kind = $2`, [t.id, kind]);
    return n;
  }
}

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  constructor(private readonly loaders: ForumLoaders) {}

  @ResolveField(() => UserType, { nullable: true, description: 'Null when the community (close votes) or the system (auto-hide) acted' })
  async actor(@Parent() e: AuditEntryType, @Context() ctx: GqlContext): Promise<UserType | null> {
    return e.actorId ? toUserType((await this.loaders.user(ctx, e.actorId))!, ctx.actor) : null;
  }
}

@Resolver(() => CategoryType)
export class CategoryPinsResolver {
  constructor(private readonly tx: Tx) {}

  @ResolveField(() => [ThreadType], { description: 'Pinned threads, shown above the list' })
  pinnedThreads(@Parent() c: CategoryType): Promise<ThreadRow[]> {
    return ThreadsRepository.pinned(this.tx.em, c.id);
  }
}

@Resolver(() => UserType)
export class UserFlagsResolver {
  constructor(private readonly tx: Tx) {}

  @ResolveField(() => Int, { description: 'Flags of this member that moderators upheld' })
  async helpfulFlags(@Parent() u: UserType): Promise<number> {
    const [row] = await this.tx.em.query(`SELECT flags_helpful FROM users WHERE id = $1`, [u.id]);
    return row?.flags_helpful ?? 0;
  }
}
