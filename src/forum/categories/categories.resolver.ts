import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
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
