import { SetMetadata } from '@nestjs/common';
import { Permission } from '@assoc/platform-domain';

export const ACCESS_POLICY = 'assoc:access-policy';

export type AccessPolicy =
  { kind: 'public' } | { kind: 'probe' } | { kind: 'authenticated' } | { kind: 'member'; permission: Permission };

/** Anyone, logged in or not. The only way out of the deny-by-default guard. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/**
 * Anyone, without even reading the session cookie: the health probes (REST only), which must answer
 * while the database is down.
 */
export const Probe = () => SetMetadata(ACCESS_POLICY, { kind: 'probe' } satisfies AccessPolicy);

/** Any logged-in person, whatever association (e.g. creating an association, logging out). */
export const Authenticated = () => SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);

/** A member of the current association whose role grants `permission`. */
export const Allow = (permission: Permission) =>
  SetMetadata(ACCESS_POLICY, { kind: 'member', permission } satisfies AccessPolicy);
