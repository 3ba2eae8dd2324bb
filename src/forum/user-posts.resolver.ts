import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth/gql-context.js';
import { Page, PageArgs } from '../common/pagination/connection.js';
import { UserType } from '../users/user.type.js';
import { AnswerConnection, type AnswerRow } from './answers/answer.type.js';
import { AnswersService } from './answers/answers.service.js';
import { ThreadSort } from './forum.types.js';
import { ThreadConnection, type ThreadRow } from './threads/thread.type.js';
import { ThreadsService } from './threads/threads.service.js';

/** A member's questions and answers on their profile. */
@Resolver(() => UserType)
export class UserPostsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly answersService: AnswersService,
  ) {}

  @ResolveField(() => ThreadConnection)
  questions(@Parent() user: UserType, @Context() ctx: GqlContext, @Args() page: PageArgs): Promise<Page<ThreadRow>> {
    return this.threadsService.list(ctx.actor, { filter: { authorId: user.id }, sort: ThreadSort.NEWEST, first: page.first, after: page.after });
  }

  @ResolveField(() => AnswerConnection)
  answers(@Parent() user: UserType, @Context() ctx: GqlContext, @Args() page: PageArgs): Promise<Page<AnswerRow>> {
    return this.answersService.byAuthor(ctx.actor, user.id, page.first, page.after);
  }
}
