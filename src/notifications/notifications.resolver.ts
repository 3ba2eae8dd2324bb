import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ParseArrayPipe } from '@nestjs/common';
import type { Actor } from '../common/auth/actor.js';
import { isStaff } from '../common/auth/actor.js';
import { Auth, CurrentActor } from '../common/auth/auth.guard.js';
import type { GqlContext } from '../common/auth/gql-context.js';
import { byKey, loader } from '../common/loaders.js';
import { UuidPipe, isUuid } from '../common/uuid.pipe.js';
import { BadInputError } from '../common/errors/domain-errors.js';
import { CategoryType } from '../forum/categories/category.type.js';
import { ForumLoaders } from '../forum/forum.loaders.js';
import { HIDDEN_TEXT } from '../forum/hidden-content.js';
import { ThreadType, type ThreadRow } from '../forum/threads/thread.type.js';
import { UserType } from '../users/user.type.js';
import { toUserType } from '../users/users.service.js';
import { FollowsService } from './follows.service.js';
import { summarize } from './notification-summary.js';
import {
  NotificationConnection, NotificationPreferenceType, NotificationType, NotificationsArgs, SetNotificationPreferenceInput, ThreadFollowType, type NotificationRow,
} from './notification.types.js';
import { NotificationsService } from './notifications.service.js';

const MAX_IDS = 100;

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly inbox: NotificationsService,
    private readonly follows: FollowsService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your inbox, latest activity first' })
  @Auth()
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.inbox.list(actor, args);
  }

  @Query(() => Int)
  @Auth()
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor);
  }

  @Query(() => [NotificationPreferenceType], { description: 'Every kind, on unless you turned it off' })
  @Auth()
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.inbox.preferences(actor);
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (or unread with read: false); returns how many changed' })
  @Auth()
  markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('ids', { type: () => [ID] }, new ParseArrayPipe({ items: String })) ids: string[],
    @Args('read', { nullable: true, defaultValue: true }) read: boolean,
  ): Promise<number> {
    if (ids.length > MAX_IDS || !ids.every(isUuid)) throw BadInputError.field('ids', `give at most ${MAX_IDS} valid ids`);
    return this.inbox.markRead(actor, ids, read);
  }

  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many changed' })
  @Auth()
  markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.markAllRead(actor);
  }

  @Mutation(() => NotificationPreferenceType)
  @Auth()
  setNotificationPreference(@CurrentActor() actor: Actor, @Args('input') input: SetNotificationPreferenceInput) {
    return this.inbox.setPreference(actor, input.kind, input.enabled);
  }

  @Mutation(() => ThreadFollowType, { description: 'Follow a thread: new answers on it reach your inbox' })
  @Auth()
  followThread(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string) {
    return this.follows.follow(actor, threadId, true);
  }

  @Mutation(() => ThreadFollowType, { description: 'Stop following a thread, also one you asked or answered' })
  @Auth()
  unfollowThread(@CurrentActor() actor: Actor, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string) {
    return this.follows.follow(actor, threadId, false);
  }

  @ResolveField(() => Boolean)
  read(@Parent() n: NotificationRow): boolean {
    return !!n.readAt;
  }

  @ResolveField(() => Date, { nullable: true })
  readAt(@Parent() n: NotificationRow): Date | null {
    return n.readAt;
  }

  @ResolveField(() => ThreadType, { nullable: true, description: 'null when the thread is gone for you' })
  async thread(@Parent() n: NotificationRow, @Context() ctx: GqlContext): Promise<ThreadRow | null> {
    return this.visibleThread(n, ctx);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'who acted last (null for the community or the system)' })
  async actor(@Parent() n: NotificationRow, @Context() ctx: GqlContext): Promise<UserType | null> {
    const user = n.actorId ? await this.loaders.user(ctx, n.actorId) : null;
    return user ? toUserType(user, ctx.actor) : null;
  }

  @ResolveField(() => [UserType], { description: 'who acted, latest first (at most 5)' })
  async actors(@Parent() n: NotificationRow, @Context() ctx: GqlContext): Promise<UserType[]> {
    const users = await Promise.all(n.actorIds.map((id) => this.loaders.user(ctx, id)));
    return users.filter((u) => !!u).map((u) => toUserType(u!, ctx.actor));
  }

  @ResolveField(() => CategoryType, { nullable: true })
  category(@Parent() n: NotificationRow, @Context() ctx: GqlContext) {
    return n.categoryId ? this.loaders.category(ctx, n.categoryId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'why a moderator acted (POST_MODERATED)' })
  reason(@Parent() n: NotificationRow): string | null {
    return n.data.reason ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'what was done: hidden, unhidden, close, lock, … (POST_MODERATED); the action taken on a flag (FLAG_OUTCOME)' })
  action(@Parent() n: NotificationRow): string | null {
    return n.data.action ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'HELPFUL or DECLINED (FLAG_OUTCOME)' })
  outcome(@Parent() n: NotificationRow): string | null {
    return n.data.outcome ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'the score reached (VOTE_MILESTONE)' })
  milestone(@Parent() n: NotificationRow): number | null {
    return n.data.milestone ?? null;
  }

  @ResolveField('private', () => Boolean, { nullable: true, description: 'STAFF_REPLIED: in the private conversation rather than in public' })
  isPrivate(@Parent() n: NotificationRow): boolean | null {
    return n.data.private ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'FIRST_RESPONSE or RESOLUTION (CASE_BREACHED, CASE_BREACH_SOON)' })
  slaClock(@Parent() n: NotificationRow): string | null {
    return n.data.clock ?? null;
  }

  @ResolveField(() => String, { description: 'One line for the inbox, e.g. "5 new answers on …"' })
  async summary(@Parent() n: NotificationRow, @Context() ctx: GqlContext): Promise<string> {
    const thread = await this.visibleThread(n, ctx);
    const title = !thread ? null : !thread.hiddenAt || (await this.loaders.seesHidden(ctx, thread.categoryId, thread.authorId)) ? thread.title : HIDDEN_TEXT;
    const actor = n.actorId ? await this.loaders.user(ctx, n.actorId) : null;
    const category = n.categoryId ? await this.loaders.category(ctx, n.categoryId) : null;
    return summarize(n, { title, actorName: actor?.displayName ?? null, categoryName: category?.name ?? null });
  }

  // Deleted threads exist only for staff, as everywhere in the forum.
  private async visibleThread(n: NotificationRow, ctx: GqlContext): Promise<ThreadRow | null> {
    const thread = n.threadId ? await this.loaders.thread(ctx, n.threadId) : null;
    return thread && (!thread.deletedAt || isStaff(ctx.actor)) ? thread : null;
  }
}

@Resolver(() => ThreadType)
export class ThreadFollowingResolver {
  constructor(private readonly follows: FollowsService) {}

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether you follow this thread (null for visitors)' })
  async following(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<boolean | null> {
    const actor = ctx.actor;
    if (!actor) return null;
    const row = await loader<string, { threadId: string; following: boolean }>(ctx, 'threadFollowing', async (ids) =>
      byKey(ids, await this.follows.followingOf(actor.id, ids), (r) => r.threadId),
    ).load(t.id);
    return row?.following ?? false;
  }
}
