import type { ModuleRef } from '@nestjs/core';
import { AccessReader, MembershipLookup, RequestAccess, SessionAuthenticator } from './ports';

/**
 * A session token's person and their active membership of `associationId` (when one is asked):
 * one statement through the associations domain's AccessReader; an application composed without
 * it (identity alone, in some tests) falls back to the session and membership ports.
 */
export async function readAccess(
  moduleRef: ModuleRef,
  token: string,
  associationId: string | null,
): Promise<RequestAccess | null> {
  const reader = optional(moduleRef, AccessReader);
  if (reader) return reader.read(token, associationId);
  const user = await moduleRef.get(SessionAuthenticator, { strict: false }).authenticate(token);
  if (!user) return null;
  const memberships = associationId ? optional(moduleRef, MembershipLookup) : null;
  const member = memberships && associationId ? await memberships.activeMembership(user.id, associationId) : null;
  return { user, member };
}

function optional<T>(moduleRef: ModuleRef, token: abstract new (...args: never[]) => T): T | null {
  try {
    return moduleRef.get(token, { strict: false });
  } catch {
    return null;
  }
}
