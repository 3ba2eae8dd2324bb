import { Args, Context, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Auth } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { NotificationType } from '../notification.types.js';
import { LiveService } from './live.service.js';
import { QueueChangeType, ThreadUpdateType } from './live.types.js';

@Resolver()
export class LiveResolver {
  constructor(private readonly live: LiveService) {}

  @Subscription(() => ThreadUpdateType, { description: 'New answers, comments, scores, acceptance and moderation on a thread, as you may see them' })
  @Auth()
  threadUpdated(@Context() ctx: GqlContext, @Args('threadId', { type: () => ID }, UuidPipe) threadId: string) {
    return this.live.threadUpdates(ctx, threadId);
  }

  @Subscription(() => NotificationType, { description: 'Your own new (or grown) notifications' })
  @Auth()
  notificationAdded(@Context() ctx: GqlContext) {
    return this.live.notificationsOf(ctx);
  }

  @Subscription(() => QueueChangeType, { description: 'Staff: webcare cases of your teams changed' })
  @Auth('STAFF')
  queueChanged(@Context() ctx: GqlContext) {
    return this.live.queueChanges(ctx);
  }
}
