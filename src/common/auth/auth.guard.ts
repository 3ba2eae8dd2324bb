import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors.js';
import { Actor, Role, hasRole } from './actor.js';
import type { GqlContext } from './gql-context.js';

const ROLE_KEY = 'peerdesk:role';

export function gqlContext(ctx: ExecutionContext): GqlContext {
  return GqlExecutionContext.create(ctx).getContext<GqlContext>();
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const role = this.reflector.getAllAndOverride<Role>(ROLE_KEY, [ctx.getHandler(), ctx.getClass()]) ?? 'MEMBER';
    const { actor } = gqlContext(ctx);
    if (!actor) throw new UnauthenticatedError();
    if (!hasRole(actor, role)) throw new ForbiddenError('role_required', `requires role ${role}`, { role });
    return true;
  }
}

/** Declares that a resolver needs a signed-in actor with at least `role` (default MEMBER). */
export const Auth = (role: Role = 'MEMBER') => applyDecorators(SetMetadata(ROLE_KEY, role), UseGuards(AuthGuard));

/** The signed-in actor, or null for visitors on resolvers without @Auth. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => gqlContext(ctx).actor);

export const RequestInfo = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const c = gqlContext(ctx);
  return { ip: c.ip, requestId: c.requestId };
});
