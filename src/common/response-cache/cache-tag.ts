import type { GqlContext } from '../auth/gql-context.js';

/** Records that this response depends on `tags` (id:<uuid> of what it shows, or 'lists'). */
export function cacheTag(ctx: GqlContext, ...tags: string[]): void {
  const scope = ctx.cacheScope;
  if (scope?.tags) for (const tag of tags) scope.tags.add(tag);
}

/** This response must not be cached (e.g. it depends on something no event announces). */
export function noCache(ctx: GqlContext): void {
  if (ctx.cacheScope) ctx.cacheScope.tags = null;
}
