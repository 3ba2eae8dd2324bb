import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { AppModule, AppModuleOptions } from './app.module.js';
import { NestPinoLogger } from './common/nest-pino-logger.js';
import { installCacheFrontDoor } from './common/response-cache/cache-front-door.js';
import { ResponseCacheService } from './common/response-cache/response-cache.service.js';
import { createValidationPipe } from './common/validation.pipe.js';

// The project root holds package.json: two levels up when compiled (dist/src), one from src/ under ts-jest.
function projectRoot(dir = import.meta.dirname): string {
  return existsSync(join(dir, 'package.json')) || dirname(dir) === dir ? dir : projectRoot(dirname(dir));
}

export const CLIENT_DIST = join(projectRoot(), 'client', 'dist');

/** Builds the Nest application (not yet listening). Shared by main.ts, tests and the benchmark. */
export async function createApp(opts: AppModuleOptions & { logger: Logger }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(opts), {
    logger: new NestPinoLogger(opts.logger),
    bufferLogs: false,
    abortOnError: false,
  });
  if (opts.config.trustProxy) app.set('trust proxy', true);
  app.use(
    pinoHttp({
      logger: opts.logger,
      genReqId: (req, res) => {
        const id = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  installCacheFrontDoor(app.getHttpServer(), app.get(ResponseCacheService));
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (opts.config.serveClient && existsSync(CLIENT_DIST)) {
    app.useStaticAssets(CLIENT_DIST, { index: false, maxAge: '1h' });
    // Client-side routes: every other GET that accepts HTML gets the app shell.
    app.use((req: any, res: any, next: () => void) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || !req.accepts('html')) return next();
      res.sendFile(join(CLIENT_DIST, 'index.html'));
    });
  }
  return app;
}
