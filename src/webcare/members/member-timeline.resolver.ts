import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { Page } from '../../common/pagination/connection.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { MemberTimelineService } from './member-timeline.service.js';
import { type ContactRow, ContactType, LogContactInput, TimelineArgs, TimelineConnection, type TimelineRow, WebcareMemberType } from './member-timeline.types.js';

@Resolver(() => WebcareMemberType)
@Auth('STAFF')
export class MemberTimelineResolver {
  constructor(
    private readonly timeline: MemberTimelineService,
    private readonly forum: ForumLoaders,
  ) {}

  @Query(() => WebcareMemberType, { description: "A member's history for staff" })
  webcareMember(@Args('memberId', { type: () => ID }, UuidPipe) memberId: string): Promise<WebcareMemberType> {
    return this.timeline.summary(memberId);
  }

  @Mutation(() => ContactType, { description: 'Logs a contact with the member on another channel' })
  logContact(@CurrentActor() actor: Actor, @Args('input') input: LogContactInput): Promise<ContactRow> {
    return this.timeline.logContact(actor, input);
  }

  @ResolveField(() => UserType)
  async user(@Parent() m: WebcareMemberType, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, m.id))!, ctx.actor);
  }

  @ResolveField(() => TimelineConnection, { description: 'Threads, cases, ratings and logged contacts, newest first' })
  entries(@Parent() m: WebcareMemberType, @Args() page: TimelineArgs): Promise<Page<TimelineRow>> {
    return this.timeline.timeline(m.id, page.first, page.after);
  }
}

@Resolver(() => ContactType)
export class ContactsResolver {
  constructor(private readonly forum: ForumLoaders) {}

  @ResolveField(() => UserType)
  async loggedBy(@Parent() c: ContactRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.forum.user(ctx, c.loggedBy))!, ctx.actor);
  }
}
