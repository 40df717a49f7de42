import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { HttpRequest } from '../http/http-types';
import type { GraphQLResolveInfo } from 'graphql';
import { roleHasPermission, secondFactorKind } from '@assoc/platform-domain';
import { AppError } from '../graphql/app-error';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import { associationOf, httpOf, requestState } from './request-context';
import { SessionAuthentication } from './session.strategy';

/**
 * The global guard. Deny by default: an operation without @Public, @Authenticated or @Allow is
 * refused. It authenticates through passport's "session" strategy ONCE per request: the session
 * cookie's person and their membership of the association named by the `x-association-id` header,
 * in one statement (a promise kept on the request, which every field's guard awaits), then checks
 * the permission the operation names, and the second factor where the association requires one for that
 * permission (issue 25). No cookie, no query. A failed read (the database is down)
 * goes to the error filter (SERVICE_UNAVAILABLE), never UNAUTHENTICATED.
 */
/** A GraphQL mutation, or an HTTP request other than GET and HEAD (an upload). */
function changesSomething(context: ExecutionContext): boolean {
  if (context.getType<string>() === 'graphql')
    return GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().operation.operation === 'mutation';
  const method = context.switchToHttp().getRequest<HttpRequest>().method;
  return method !== 'GET' && method !== 'HEAD';
}

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionAuthentication,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'probe') return true;
    const { req, res } = httpOf(context);
    const state = requestState(req);
    state.access ??= this.sessions.authenticate(req, res);
    const access = await state.access;
    state.user = access?.user ?? null;
    if (state.user) state.locale = state.user.locale;

    if (!policy) throw AppError.forbidden();
    if (policy.kind === 'public') return true;
    if (!state.user) throw AppError.unauthenticated();
    if (policy.kind === 'authenticated') return true;

    if (!associationOf(req)) throw AppError.forbidden('noAssociation');
    const member = access?.member;
    if (!member) throw AppError.forbidden();
    if (!roleHasPermission(member.role, policy.permission)) throw AppError.forbidden();
    // A property the permission's domain declared (registerSecondFactorPermissions), not a list here; it
    // guards what changes something (a mutation, an HTTP write), not the reads the same permission opens.
    if (
      member.secondFactorRequired &&
      !state.user.secondFactor &&
      secondFactorKind(policy.permission) &&
      changesSomething(context)
    )
      throw AppError.forbidden('secondFactorRequired');
    state.member = member;
    return true;
  }
}
