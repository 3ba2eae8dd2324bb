import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../common/auth/actor.js';
import { Auth, CurrentActor } from '../../common/auth/auth.guard.js';
import type { GqlContext } from '../../common/auth/gql-context.js';
import { UuidPipe } from '../../common/uuid.pipe.js';
import { CategoryType } from '../../forum/categories/category.type.js';
import { ForumLoaders } from '../../forum/forum.loaders.js';
import { UserType } from '../../users/user.type.js';
import { toUserType } from '../../users/users.service.js';
import { WebcareLoaders } from '../webcare.loaders.js';
import { toPolicyType, WebcareAdminService } from './webcare-admin.service.js';
import {
  CategoryRoutingType,
  CreateTeamInput,
  type RoutingRow,
  SetCategoryRoutingInput,
  SlaPolicyInput,
  SlaPolicyType,
  type TeamRow,
  TeamType,
  UpdateTeamInput,
} from './webcare-admin.types.js';

@Resolver(() => TeamType)
export class TeamsResolver {
  constructor(
    private readonly admin: WebcareAdminService,
    private readonly forum: ForumLoaders,
    private readonly loaders: WebcareLoaders,
  ) {}

  @Query(() => [TeamType])
  @Auth('STAFF')
  webcareTeams(): Promise<TeamRow[]> {
    return this.admin.teams();
  }

  @Mutation(() => TeamType)
  @Auth('ADMIN')
  createWebcareTeam(@Args('input') input: CreateTeamInput): Promise<TeamRow> {
    return this.admin.createTeam(input);
  }

  @Mutation(() => TeamType)
  @Auth('ADMIN')
  updateWebcareTeam(@Args('input') input: UpdateTeamInput): Promise<TeamRow> {
    return this.admin.updateTeam(input);
  }

  @ResolveField(() => [UserType])
  async members(@Parent() team: TeamRow, @Context() ctx: GqlContext): Promise<UserType[]> {
    const ids = await this.loaders.teamMembers(ctx, team.id);
    const users = await Promise.all(ids.map((id) => this.forum.user(ctx, id)));
    return users.filter((u) => !!u).map((u) => toUserType(u!, ctx.actor));
  }
}

@Resolver(() => SlaPolicyType)
export class SlaPoliciesResolver {
  constructor(private readonly admin: WebcareAdminService) {}

  @Query(() => [SlaPolicyType], { description: 'The built-in default (id null) first, then the stored policies' })
  @Auth('STAFF')
  async slaPolicies(): Promise<SlaPolicyType[]> {
    return [toPolicyType(null), ...(await this.admin.policies()).map(toPolicyType)];
  }

  @Mutation(() => SlaPolicyType, { description: 'Creates a policy, or updates the one with `id`' })
  @Auth('ADMIN')
  async saveSlaPolicy(@Args('input') input: SlaPolicyInput): Promise<SlaPolicyType> {
    return toPolicyType(await this.admin.savePolicy(input));
  }
}

@Resolver(() => CategoryRoutingType)
export class CategoryRoutingResolver {
  constructor(
    private readonly admin: WebcareAdminService,
    private readonly forum: ForumLoaders,
    private readonly loaders: WebcareLoaders,
  ) {}

  @Query(() => [CategoryRoutingType], { description: 'Categories with a routing; the others go to no team under the default policy' })
  @Auth('STAFF')
  categoryRoutings(): Promise<RoutingRow[]> {
    return this.admin.routings();
  }

  @Query(() => CategoryRoutingType)
  @Auth('STAFF')
  categoryRouting(@Args('categoryId', { type: () => ID }, UuidPipe) categoryId: string): Promise<RoutingRow> {
    return this.admin.routingOf(categoryId);
  }

  @Mutation(() => CategoryRoutingType)
  @Auth('ADMIN')
  setCategoryRouting(@CurrentActor() actor: Actor, @Args('input') input: SetCategoryRoutingInput): Promise<RoutingRow> {
    return this.admin.setRouting(actor, input);
  }

  @ResolveField(() => CategoryType)
  category(@Parent() r: RoutingRow, @Context() ctx: GqlContext) {
    return this.forum.category(ctx, r.categoryId);
  }

  @ResolveField(() => TeamType, { nullable: true })
  team(@Parent() r: RoutingRow, @Context() ctx: GqlContext) {
    return r.teamId ? this.loaders.team(ctx, r.teamId) : null;
  }

  @ResolveField(() => SlaPolicyType)
  async policy(@Parent() r: RoutingRow, @Context() ctx: GqlContext): Promise<SlaPolicyType> {
    return toPolicyType(r.policyId ? await this.loaders.policy(ctx, r.policyId) : null);
  }
}
