import { Global, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ResponseCacheMiddleware } from './response-cache.middleware.js';
import { ResponseCacheService } from './response-cache.service.js';

@Global()
@Module({ providers: [ResponseCacheService], exports: [ResponseCacheService] })
export class ResponseCacheModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ResponseCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
