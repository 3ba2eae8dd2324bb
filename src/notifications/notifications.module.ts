import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ExpertsModule } from '../experts/experts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { BreachSoonJob } from './breach-soon.job.js';
import { ContentAccess } from './content-access.service.js';
import { FollowsService } from './follows.service.js';
import { LiveEventsConsumer } from './live/live-events.consumer.js';
import { LiveHub } from './live/live-hub.js';
import { LiveResolver } from './live/live.resolver.js';
import { LiveService } from './live/live.service.js';
import { PgPubSub } from './live/pg-pubsub.js';
import { PubSubPort } from './live/pubsub.port.js';
import { RedisPubSub } from './live/redis-pubsub.js';
import { NotificationEventsConsumer } from './notification-events.consumer.js';
import { NotificationWriter } from './notification-writer.service.js';
import { NotificationsResolver, ThreadFollowingResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  imports: [ForumModule, ExpertsModule, AuthModule],
  providers: [
    {
      provide: PubSubPort,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource): PubSubPort => (config.redisUrl ? new RedisPubSub(config.redisUrl) : new PgPubSub(dataSource)),
    },
    LiveHub, LiveService, LiveEventsConsumer, LiveResolver,
    ContentAccess, FollowsService, NotificationWriter, NotificationsService, NotificationEventsConsumer, BreachSoonJob,
    NotificationsResolver, ThreadFollowingResolver,
  ],
  exports: [NotificationsService, FollowsService, LiveHub],
})
export class NotificationsModule {}
