import { SetMetadata } from '@nestjs/common';
import { Permission } from '@assoc/platform-domain';

export const ACCESS_POLICY = 'assoc:access-policy';

export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'member'; permission: Permission };

/** Anyone, logged in or not. The only way out of the deny-by-default guard. */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any logged-in person, whatever association (e.g. creating an association, logging out). */
export const Authenticated = () => SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy);

/** A member of the current association whose role grants `permission`. */
export const Allow = (permission: Permission) =>
  SetMetadata(ACCESS_POLICY, { kind: 'member', permission } satisfies AccessPolicy);
