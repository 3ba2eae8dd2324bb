import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import { ResponseCacheService } from './response-cache.service.js';

// Operation type per query text, so a query is parsed here once, not on every request.
const kinds = new Map<string, string | null>();

function operationKind(query: string, operationName: unknown): string | null {
  const cacheKey = `${String(operationName ?? '')}\0${query}`;
  let kind = kinds.get(cacheKey);
  if (kind === undefined) {
    try {
      kind = getOperationAST(parse(query, { maxTokens: 5000 }), typeof operationName === 'string' ? operationName : undefined)?.operation ?? null;
    } catch {
      kind = null;
    }
    if (kinds.size > 5000) kinds.clear();
    kinds.set(cacheKey, kind);
  }
  return kind;
}

/** Where resolvers record what a response depends on; `null` means "do not cache this one". */
export interface CacheScope {
  tags: Set<string> | null;
  /** Runs whenever the stored response is served again (say, to count a search that the cache answered). */
  onHit?: () => void;
}

/**
 * Serves anonymous GraphQL queries from the response cache, and stores the successful ones that
 * resolvers tagged. Anything signed in, mutating or failing goes through untouched.
 */
@Injectable()
export class ResponseCacheMiddleware implements NestMiddleware {
  constructor(private readonly cache: ResponseCacheService) {}

  use(req: Request & { cacheScope?: CacheScope; cacheKey?: string }, res: Response, next: NextFunction): void {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (!this.cache.enabled || req.method !== 'POST' || req.headers.authorization || !body || typeof body.query !== 'string' || Array.isArray(body)) return next();
    if (operationKind(body.query, body.operationName) !== 'query') return next();
    // The front door (cache-front-door.ts) answers most hits and hands its misses on with their key.
    const key = req.cacheKey ?? ResponseCacheService.key(body.query, body.operationName, body.variables);
    const hit = req.cacheKey ? undefined : this.cache.get(key);
    if (hit !== undefined) {
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('x-cache', 'hit');
      res.end(hit.body);
      hit.onHit?.();
      return;
    }
    const scope: CacheScope = { tags: new Set() };
    const since = this.cache.now;
    req.cacheScope = scope;
    const send = res.send.bind(res);
    res.send = (payload?: unknown) => {
      if (res.statusCode === 200 && typeof payload === 'string' && scope.tags?.size && !payload.includes('"errors"')) this.cache.set(key, payload, scope.tags, scope.onHit, since);
      return send(payload);
    };
    res.setHeader('x-cache', 'miss');
    next();
  }
}
