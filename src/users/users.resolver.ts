import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/auth/gql-context.js';
import { cacheTag } from '../common/response-cache/cache-tag.js';
import type { Actor } from '../common/auth/actor.js';
import { Auth, CurrentActor } from '../common/auth/auth.guard.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import { SetUserRoleInput, UpdateProfileInput } from './users.inputs.js';
import { UserType } from './user.type.js';
import { UsersService, toUserType } from './users.service.js';

@Resolver(() => UserType)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => UserType)
  async user(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, UuidPipe) id: string, @Context() ctx: GqlContext): Promise<UserType> {
    cacheTag(ctx, `id:${id}`);
    return toUserType(await this.users.get(id), actor);
  }

  @Mutation(() => UserType)
  @Auth('ADMIN')
  async setUserRole(@CurrentActor() actor: Actor, @Args('input') input: SetUserRoleInput): Promise<UserType> {
    return toUserType(await this.users.setRole(actor, input.userId, input.role), actor);
  }

  @Mutation(() => UserType)
  @Auth()
  async updateProfile(@CurrentActor() actor: Actor, @Args('input') input: UpdateProfileInput): Promise<UserType> {
    return toUserType(await this.users.updateProfile(actor, input.bio), actor);
  }
}
