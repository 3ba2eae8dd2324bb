import type { Request, Response } from 'express';
import type { CacheScope } from '../response-cache/response-cache.middleware.js';
import type { Actor } from './actor.js';

/** Per-request GraphQL context; `actor` is resolved from the bearer token before execution. */
export interface GqlContext {
  req?: Request;
  res?: Response;
  requestId: string;
  actor: Actor | null;
  ip: string;
  /** Request-scoped caches (DataLoaders) keyed by name, created on first use. */
  loaders: Map<string, unknown>;
  /** On WebSocket subscriptions: the token given at connection (re-checked per event) and a way to drop the connection. */
  subscription?: { token: string; close(code: number, reason: string): void };
  /** Set for anonymous queries the response cache may store: resolvers add the tags it depends on. */
  cacheScope?: CacheScope;
}
