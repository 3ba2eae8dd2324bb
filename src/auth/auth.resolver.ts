import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../common/auth/actor.js';
import { Auth, CurrentActor, RequestInfo } from '../common/auth/auth.guard.js';
import { UserType } from '../users/user.type.js';
import { UsersService, toUserType } from '../users/users.service.js';
import { AuthPayload, LoginInput, RegisterInput } from './auth.inputs.js';
import { AuthService, Session } from './auth.service.js';

const toPayload = (s: Session): AuthPayload => ({ ...s, user: toUserType(s.user, { ...s.user }) });

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayload)
  async register(@Args('input') input: RegisterInput): Promise<AuthPayload> {
    return toPayload(await this.auth.register(input));
  }

  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @RequestInfo() info: { ip: string }): Promise<AuthPayload> {
    return toPayload(await this.auth.login(input, info.ip));
  }

  @Mutation(() => AuthPayload)
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return toPayload(await this.auth.refresh(refreshToken));
  }

  @Mutation(() => Boolean)
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Query(() => UserType)
  @Auth()
  async me(@CurrentActor() actor: Actor): Promise<UserType> {
    return toUserType(await this.users.get(actor.id), actor);
  }
}
