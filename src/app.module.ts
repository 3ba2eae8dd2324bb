import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { Clock } from './common/clock.js';
import { graphqlOptions } from './common/graphql.config.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { DatabaseModule } from './database/database.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { ForumModule } from './forum/forum.module.js';
import { HealthModule } from './health/health.module.js';
import { ResponseCacheModule } from './common/response-cache/response-cache.module.js';
import { KnowledgeModule } from './knowledge/knowledge.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { UsersModule } from './users/users.module.js';
import { WebcareModule } from './webcare/webcare.module.js';

export const PINO = Symbol('PINO');

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  clock: Clock;
  logger: Logger;
}

@Global()
@Module({})
class CoreModule {
  static register(opts: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: opts.config },
        { provide: Clock, useValue: opts.clock },
        { provide: PINO, useValue: opts.logger },
      ],
      exports: [APP_CONFIG, Clock, PINO],
    };
  }
}

@Module({})
export class AppModule {
  static register(opts: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(opts),
        TypeOrmModule.forRoot(dataSourceOptions(opts.databaseUrl, opts.config.database.poolSize)),
        DatabaseModule,
        ResponseCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [AuthService],
          useFactory: (auth: AuthService) => graphqlOptions(opts.config, auth, opts.logger),
        }),
        HealthModule,
        UsersModule,
        AuthModule,
        ForumModule,
        KnowledgeModule,
        ModerationModule,
        NotificationsModule,
        WebcareModule,
        AnalyticsModule,
      ],
    };
  }
}
