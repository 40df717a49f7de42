import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { roleHasPermission } from '@assoc/platform-domain';
import type { Request } from 'express';
import { AppError } from '../graphql/app-error';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import { RequestAccess } from './ports';
import { readAccess } from './read-access';
import { ASSOCIATION_HEADER, httpOf, requestState } from './request-context';
import { readSessionCookie } from './session-cookie';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `x-association-id` header when it is a well-formed id, else null. */
function associationOf(req: Request): string | null {
  const value = req.headers[ASSOCIATION_HEADER];
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/**
 * The global guard. Deny by default: an operation without @Public, @Authenticated or @Allow is
 * refused. It reads the session cookie's person and their membership of the association named by
 * the `x-association-id` header ONCE per request, in one statement (a promise kept on the request,
 * which every field's guard awaits), then checks the permission the operation names. No cookie, no
 * query. A failed read (the database is down) goes to the error filter (SERVICE_UNAVAILABLE), never
 * UNAUTHENTICATED.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy?.kind === 'probe') return true;
    const req = httpOf(context).req;
    const state = requestState(req);
    state.access ??= this.read(req);
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
    state.member = member;
    return true;
  }

  private async read(req: Request): Promise<RequestAccess | null> {
    const token = readSessionCookie(req);
    return token ? readAccess(this.moduleRef, token, associationOf(req)) : null;
  }
}
