import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { CategoryType } from '../../forum/categories/category.type.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { cacheTag, onCacheHit } from '../../common/response-cache/cache-tag.js';
import { SEARCH_TAG } from '../../common/response-cache/response-cache.service.js';
import type { FacetName } from '../search-port.js';
import { KnowledgeSearchService, type SearchCaching } from './knowledge-search.service.js';
import { SearchArgs, SearchHitType, SearchResultType, SimilarQuestionsArgs, SuggestionEventInput } from './search.types.js';

@Resolver(() => SearchHitType)
export class KnowledgeSearchResolver {
  constructor(
    private readonly searchService: KnowledgeSearchService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => SearchResultType, { description: 'Knowledge search over threads and articles the viewer may see' })
  search(
    @CurrentActor() viewer: Actor | null,
    @Args() args: SearchArgs,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchResultType> {
    return this.searchService.search(viewer, args, requestedFacets(info), anonymousCache(ctx, viewer));
  }

  @Query(() => [SearchHitType], { description: 'Public threads and articles like a question being asked, solved first; empty when none is close' })
  similarQuestions(@CurrentActor() viewer: Actor | null, @Args() args: SimilarQuestionsArgs, @Context() ctx: GqlContext): Promise<SearchHitType[]> {
    return this.searchService.similarQuestions(viewer, args, anonymousCache(ctx, viewer));
  }

  @Mutation(() => Boolean, { description: 'Records what happened to ask-form suggestions (visitors and members)' })
  recordSuggestionEvent(@CurrentActor() viewer: Actor | null, @Args('input') input: SuggestionEventInput): Promise<boolean> {
    return this.searchService.recordSuggestionEvent(viewer, input);
  }

  @ResolveField(() => CategoryType, { nullable: true })
  category(@Parent() hit: SearchHitType, @Context() ctx: GqlContext) {
    return this.loaders.category(ctx, hit.categoryId);
  }
}

/**
 * Anonymous search results are cached until the index changes (see IndexSyncService); a search
 * the cache answers is still logged, by the hook.
 */
function anonymousCache(ctx: GqlContext, viewer: Actor | null): SearchCaching | undefined {
  if (viewer) return undefined;
  cacheTag(ctx, SEARCH_TAG);
  return { onHit: (hook) => onCacheHit(ctx, hook) };
}

const FACET_FIELDS: Record<string, FacetName> = { categories: 'categoryId', tags: 'tags', solved: 'solved', hasExpertAnswer: 'hasExpertAnswer' };

/** The facets the query asks for (all of them when fragments make that hard to tell): only those are counted. */
function requestedFacets(info: GraphQLResolveInfo): FacetName[] | undefined {
  const names = new Set<FacetName>();
  for (const node of info.fieldNodes) {
    for (const field of node.selectionSet?.selections ?? []) {
      if (field.kind !== 'Field') return undefined;
      if (field.name.value !== 'facets') continue;
      for (const facet of field.selectionSet?.selections ?? []) {
        if (facet.kind !== 'Field') return undefined;
        if (FACET_FIELDS[facet.name.value]) names.add(FACET_FIELDS[facet.name.value]);
      }
    }
  }
  return [...names];
}
