import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { CategoryType } from '../../forum/categories/category.type.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { KnowledgeSearchService } from './knowledge-search.service.js';
import { SearchArgs, SearchHitType, SearchResultType, SimilarQuestionsArgs, SuggestionEventInput } from './search.types.js';

@Resolver(() => SearchHitType)
export class KnowledgeSearchResolver {
  constructor(
    private readonly searchService: KnowledgeSearchService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => SearchResultType, { description: 'Knowledge search over threads and articles the viewer may see' })
  search(@CurrentActor() viewer: Actor | null, @Args() args: SearchArgs): Promise<SearchResultType> {
    return this.searchService.search(viewer, args);
  }

  @Query(() => [SearchHitType], { description: 'Public threads and articles like a question being asked, solved first; empty when none is close' })
  similarQuestions(@CurrentActor() viewer: Actor | null, @Args() args: SimilarQuestionsArgs): Promise<SearchHitType[]> {
    return this.searchService.similarQuestions(viewer, args);
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
