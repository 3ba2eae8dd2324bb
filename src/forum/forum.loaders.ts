import { Injectable } from '@nestjs/common';
import { isStaff } from '../common/auth/actor.js';
import type { GqlContext } from '../common/auth/gql-context.js';
import { byKey, groupByKey, loader } from '../common/loaders.js';
import { Tx } from '../database/tx.js';
import { ExpertsService } from '../experts/experts.service.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { AnswerRow } from './answers/answer.type.js';
import { AnswersService } from './answers/answers.service.js';
import { CategoriesService } from './categories/categories.service.js';
import { CategoryType } from './categories/category.type.js';
import { CommentRow } from './comments/comment.type.js';
import { CommentsService } from './comments/comments.service.js';
import { TagType } from './tags/tag.type.js';
import { TagsService } from './tags/tags.service.js';
import { ThreadRow } from './threads/thread.type.js';
import { ThreadsRepository } from './threads/threads.repository.js';
import { VotesService } from './votes/votes.service.js';

/** The forum's request-scoped DataLoaders: one query per kind of thing on a page. */
@Injectable()
export class ForumLoaders {
  constructor(
    private readonly tx: Tx,
    private readonly users: UsersService,
    private readonly categories: CategoriesService,
    private readonly tags: TagsService,
    private readonly comments: CommentsService,
    private readonly votes: VotesService,
    private readonly answers: AnswersService,
    private readonly experts: ExpertsService,
  ) {}

  user(ctx: GqlContext, id: string) {
    return loader<string, User>(ctx, 'users', async (ids) => byKey(ids, await this.users.findByIds(this.tx.em, ids), (u) => u.id)).load(id);
  }

  category(ctx: GqlContext, id: string) {
    return loader<string, CategoryType>(ctx, 'categories', async (ids) => byKey(ids, await this.categories.byIds(ids), (c) => c.id)).load(id);
  }

  thread(ctx: GqlContext, id: string) {
    return loader<string, ThreadRow>(ctx, 'threads', async (ids) => byKey(ids, await ThreadsRepository.byIds(this.tx.em, ids), (t) => t.id)).load(id);
  }

  answer(ctx: GqlContext, id: string) {
    return loader<string, AnswerRow>(ctx, 'answers', async (ids) => byKey(ids, await this.answers.byIds(ids), (a) => a.id)).load(id);
  }

  async tagsOf(ctx: GqlContext, threadId: string): Promise<TagType[]> {
    return (await loader<string, TagType[]>(ctx, 'threadTags', async (ids) => groupByKey(ids, await this.tags.byThreadIds(ids), (t) => t.threadId)).load(threadId)) ?? [];
  }

  /** Comments of a post: key is the answer id, or the thread id for comments on the question. */
  async commentsOf(ctx: GqlContext, postId: string): Promise<CommentRow[]> {
    const staff = isStaff(ctx.actor);
    return (await loader<string, CommentRow[]>(ctx, 'comments', async (ids) => groupByKey(ids, await this.comments.byPosts(ids, staff), (c) => c.postId)).load(postId)) ?? [];
  }

  /**
   * Whether the viewer sees hidden content of a post in this category: staff, experts of the
   * category, and the post's author. One query per request for an expert's categories.
   */
  async seesHidden(ctx: GqlContext, categoryId: string, authorId: string): Promise<boolean> {
    const actor = ctx.actor;
    if (!actor) return false;
    if (isStaff(actor) || actor.id === authorId) return true;
    let mine = ctx.loaders.get('expertCategories') as Promise<string[]> | undefined;
    if (!mine) {
      mine = this.experts.categoriesOf(this.tx.em, actor.id);
      ctx.loaders.set('expertCategories', mine);
    }
    return (await mine).includes(categoryId);
  }

  /** The signed-in viewer's vote on a post: 1, -1 or 0. */
  async myVote(ctx: GqlContext, postId: string): Promise<number> {
    const actor = ctx.actor;
    if (!actor) return 0;
    const row = await loader<string, { postId: string; value: number }>(ctx, 'myVotes', async (ids) => byKey(ids, await this.votes.myVotes(actor.id, ids), (v) => v.postId)).load(postId);
    return row?.value ?? 0;
  }
}
