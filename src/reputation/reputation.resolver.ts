import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Auth } from '../common/auth/auth.guard.js';
import { Page, PageArgs } from '../common/pagination/connection.js';
import { UserType } from '../users/user.type.js';
import { ReputationRulesService } from './reputation-rules.service.js';
import { ReputationRules } from './reputation.rules.js';
import { ReputationService } from './reputation.service.js';
import { ReputationEventConnection, ReputationEventType, ReputationRulesType, UpdateReputationRulesInput } from './reputation.types.js';

@Resolver(() => UserType)
export class ReputationResolver {
  constructor(
    private readonly reputation: ReputationService,
    private readonly rules: ReputationRulesService,
  ) {}

  @ResolveField(() => ReputationEventConnection, { description: 'The ledger events behind this reputation, newest first' })
  reputationHistory(@Parent() user: UserType, @Args() page: PageArgs): Promise<Page<ReputationEventType>> {
    return this.reputation.history(user.id, page.first, page.after);
  }

  @Query(() => ReputationRulesType)
  reputationRules(): Promise<ReputationRules> {
    return this.rules.get();
  }

  @Mutation(() => ReputationRulesType)
  @Auth('ADMIN')
  updateReputationRules(@Args('input') input: UpdateReputationRulesInput): Promise<ReputationRules> {
    return this.rules.update(input as Partial<ReputationRules>);
  }
}
