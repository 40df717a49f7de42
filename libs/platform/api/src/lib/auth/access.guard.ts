import { ExecutionContext, Injectable } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { roleHasPermission } from '@assoc/platform-domain';
import type { Request } from 'express';
import { AppError } from '../graphql/app-error';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import { MembershipLookup } from './ports';
import { ASSOCIATION_HEADER, AuthUser, httpOf, requestState } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The global guard. Deny by default: an operation without @Public, @Authenticated or @Allow is
 * refused. It authenticates the session cookie through passport, then checks the caller's membership
 * of the association named by the `x-association-id` header and the permission the operation names.
 */
@Injectable()
export class AccessGuard extends AuthGuard('session') {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {
    super();
  }

  /** Provided by the associations domain; looked up lazily so the platform does not import it. */
  private get memberships(): MembershipLookup {
    return this.moduleRef.get(MembershipLookup, { strict: false });
  }

  override getRequest(context: ExecutionContext): Request {
    return httpOf(context).req;
  }

  /**
   * No session is an anonymous caller, decided on below. A session lookup that failed (the database
   * is down) is not: it goes to the error filter (SERVICE_UNAVAILABLE), never UNAUTHENTICATED.
   */
  override handleRequest<TUser = AuthUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    return (user || null) as TUser;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = this.getRequest(context);
    const state = requestState(req);
    if (policy?.kind === 'probe') return true;
    await super.canActivate(context);
    state.user = (req.user as AuthUser | undefined) ?? null;
    if (state.user) state.locale = state.user.locale;

    if (!policy) throw AppError.forbidden();
    if (policy.kind === 'public') return true;
    if (!state.user) throw AppError.unauthenticated();
    if (policy.kind === 'authenticated') return true;

    const associationId = req.headers[ASSOCIATION_HEADER];
    if (typeof associationId !== 'string' || !UUID.test(associationId)) throw AppError.forbidden('noAssociation');
    const member = await this.memberships.activeMembership(state.user.id, associationId);
    if (!member) throw AppError.forbidden();
    if (!roleHasPermission(member.role, policy.permission)) throw AppError.forbidden();
    state.member = member;
    return true;
  }
}
