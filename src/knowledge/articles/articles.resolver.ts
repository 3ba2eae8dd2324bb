import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { BadInputError } from '../../common/errors/domain-errors.js';
import { byKey, loader } from '../../common/loaders.js';
import type { Page } from '../../common/pagination/connection.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { CategoryType } from '../../forum/categories/category.type.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { type ThreadRow, ThreadType } from '../../forum/threads/thread.type.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { ArticleConnection, type ArticleRow, ArticlesArgs, ArticleType, ArticleVersionType, CreateArticleInput, EditArticleInput, PromoteArgs } from './article.types.js';
import { ArticlesService } from './articles.service.js';

@Resolver(() => ArticleType)
export class ArticlesResolver {
  constructor(
    private readonly articlesService: ArticlesService,
    private readonly loaders: ForumLoaders,
  ) {}

  @Query(() => ArticleType, { description: 'A knowledge article by id or by slug' })
  article(
    @CurrentActor() viewer: Actor | null,
    @Args('id', { type: () => ID, nullable: true }, UuidPipe) id?: string,
    @Args('slug', { nullable: true }) slug?: string,
  ): Promise<ArticleRow> {
    if (!id === !slug) throw BadInputError.field('id', 'give either id or slug');
    return this.articlesService.get(viewer, id ? { id } : { slug });
  }

  @Query(() => ArticleConnection, { description: 'Knowledge articles, newest first' })
  articles(@CurrentActor() viewer: Actor | null, @Args() args: ArticlesArgs): Promise<Page<ArticleRow>> {
    return this.articlesService.list(viewer, args);
  }

  @Mutation(() => ArticleType, { description: 'Staff, or experts of the thread category: a solved thread becomes an article' })
  @Auth()
  promoteToArticle(@CurrentActor() actor: Actor, @Args() args: PromoteArgs): Promise<ArticleRow> {
    return this.articlesService.promote(actor, args);
  }

  @Mutation(() => ArticleType, { description: 'Staff, or experts of the category' })
  @Auth()
  createArticle(@CurrentActor() actor: Actor, @Args('input') input: CreateArticleInput): Promise<ArticleRow> {
    return this.articlesService.create(actor, input);
  }

  @Mutation(() => ArticleType, { description: 'Saves a new version' })
  @Auth()
  editArticle(@CurrentActor() actor: Actor, @Args('input') input: EditArticleInput): Promise<ArticleRow> {
    return this.articlesService.edit(actor, input);
  }

  @Mutation(() => ArticleType)
  @Auth()
  setArticleHidden(
    @CurrentActor() actor: Actor,
    @Args('articleId', { type: () => ID }, UuidPipe) articleId: string,
    @Args('hidden') hidden: boolean,
  ): Promise<ArticleRow> {
    return this.articlesService.setHidden(actor, articleId, hidden);
  }

  @ResolveField(() => CategoryType)
  category(@Parent() a: ArticleRow, @Context() ctx: GqlContext) {
    return this.loaders.category(ctx, a.categoryId);
  }

  @ResolveField(() => ThreadType, { nullable: true, description: 'The thread it was promoted from' })
  async sourceThread(@Parent() a: ArticleRow, @Context() ctx: GqlContext): Promise<ThreadRow | null> {
    if (!a.sourceThreadId) return null;
    const thread = await this.loaders.thread(ctx, a.sourceThreadId);
    return thread && !thread.deletedAt ? thread : null;
  }

  @ResolveField(() => UserType)
  async author(@Parent() a: ArticleRow, @Context() ctx: GqlContext): Promise<UserType> {
    return toUserType((await this.loaders.user(ctx, a.authorId))!, ctx.actor);
  }

  @ResolveField(() => [ArticleVersionType], { description: 'Newest first' })
  versions(@Parent() a: ArticleRow) {
    return this.articlesService.versions(a.id);
  }
}

/** Thread.article: the knowledge article promoted from the thread. */
@Resolver(() => ThreadType)
export class ThreadArticleResolver {
  constructor(private readonly articles: ArticlesService) {}

  @ResolveField(() => ArticleType, { nullable: true, description: 'The knowledge article promoted from this thread' })
  async article(@Parent() t: ThreadRow, @Context() ctx: GqlContext): Promise<ArticleRow | null> {
    const article = await loader<string, ArticleRow>(ctx, 'threadArticles', async (ids) => byKey(ids, await this.articles.bySourceThreads(ids), (a) => a.sourceThreadId!)).load(t.id);
    return article && (await this.articles.canSee(ctx.actor, article)) ? article : null;
  }
}
