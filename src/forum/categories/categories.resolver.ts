import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKey, loader } from '../../common/loaders.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { cacheTag } from '../../common/response-cache/cache-tag.js';
import { Auth } from '../../common/auth/auth.guard.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { CategoriesService } from './categories.service.js';
import { CategoryType, CreateCategoryInput, ReorderCategoriesInput, UpdateCategoryInput } from './category.type.js';

@Resolver(() => CategoryType)
export class CategoriesResolver {
  constructor(private readonly categoriesService: CategoriesService) {}

  @Query(() => [CategoryType])
  categories(@Args('includeArchived', { defaultValue: false }) includeArchived: boolean, @Context() ctx: GqlContext): Promise<CategoryType[]> {
    cacheTag(ctx, 'lists');
    return this.categoriesService.list(includeArchived);
  }

  @Query(() => CategoryType)
  category(@Args('slug') slug: string, @Context() ctx: GqlContext): Promise<CategoryType> {
    cacheTag(ctx, 'lists');
    return this.categoriesService.bySlug(slug);
  }

  @ResolveField(() => Int, { description: 'Threads in the category (not deleted)' })
  async threadCount(@Parent() c: CategoryType, @Context() ctx: GqlContext): Promise<number> {
    const row = await loader<string, { id: string; n: number }>(ctx, 'categoryThreadCounts', async (ids) =>
      byKey(ids, await this.categoriesService.threadCounts(ids), (r) => r.id),
    ).load(c.id);
    return row?.n ?? 0;
  }

  @Mutation(() => CategoryType)
  @Auth('ADMIN')
  createCategory(@Args('input') input: CreateCategoryInput): Promise<CategoryType> {
    return this.categoriesService.create(input);
  }

  @Mutation(() => CategoryType)
  @Auth('ADMIN')
  updateCategory(@Args('input') input: UpdateCategoryInput): Promise<CategoryType> {
    return this.categoriesService.update(input);
  }

  @Mutation(() => [CategoryType])
  @Auth('ADMIN')
  reorderCategories(@Args('input') input: ReorderCategoriesInput): Promise<CategoryType[]> {
    return this.categoriesService.reorder(input.ids);
  }

  @Mutation(() => CategoryType)
  @Auth('ADMIN')
  archiveCategory(@Args('id', { type: () => ID }, UuidPipe) id: string, @Args('archived', { defaultValue: true }) archived: boolean): Promise<CategoryType> {
    return this.categoriesService.setArchived(id, archived);
  }
}
