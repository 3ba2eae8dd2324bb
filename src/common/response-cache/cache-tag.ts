import type { GqlContext } from '../auth/gql-context.js';

/** Records that this response depends on `tags` (id:<uuid> of what it shows, or 'lists'). */
export function cacheTag(ctx: GqlContext, ...tags: string[]): void {
  const scope = ctx.cacheScope;
  if (scope?.tags) for (const tag of tags) scope.tags.add(tag);
}

/** Runs `hook` each time the cache serves this response again instead of computing it. */
export function onCacheHit(ctx: GqlContext, hook: () => void): void {
  if (ctx.cacheScope?.tags) ctx.cacheScope.onHit = hook;
}

/** This response must not be cached (e.g. it depends on something no event announces). */
export function noCache(ctx: GqlContext): void {
  if (ctx.cacheScope) ctx.cacheScope.tags = null;
}
