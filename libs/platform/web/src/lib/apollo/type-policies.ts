import type { TypePolicies } from '@apollo/client';

/**
 * One domain's cache rules (`libs/<domain>/web/src/lib/data-access/<domain>.type-policies.ts`):
 * `keyFields` for objects without an `id`, `merge` for nested objects the cache does not normalise
 * (a project's vote summary), `fields` for paginated lists. Apollo's own type, named for the rule:
 * a domain describes only the types its own queries return.
 */
export type DomainTypePolicies = TypePolicies;

/** Which domain set each piece: `Type` (its keyFields/merge) and `Type.field`. */
export type Owners = Map<string, string>;

function claim(owners: Owners, key: string, domain: string): void {
  const owner = owners.get(key);
  if (owner && owner !== domain) {
    throw new Error(`Type policy ${key} is defined by both ${owner} and ${domain}: one domain owns it.`);
  }
  owners.set(key, domain);
}

/** Records who owns each type and field of `policies`; throws when another domain already set one. */
export function claimAll(owners: Owners, domain: string, policies: DomainTypePolicies): void {
  for (const [typename, policy] of Object.entries(policies)) {
    const { fields, ...own } = policy;
    if (Object.keys(own).length > 0) claim(owners, typename, domain);
    for (const field of Object.keys(fields ?? {})) claim(owners, `${typename}.${field}`, domain);
  }
}

/**
 * Every domain's policies as one object (`Query.fields` from several domains side by side). Throws
 * when two domains set the same type's keyFields/merge or the same field: a silent override would
 * change another domain's pages.
 */
export function composeTypePolicies(domains: Record<string, DomainTypePolicies>): TypePolicies {
  const owners: Owners = new Map();
  const composed: TypePolicies = {};
  for (const [domain, policies] of Object.entries(domains)) {
    claimAll(owners, domain, policies);
    for (const [typename, policy] of Object.entries(policies)) {
      const existing = composed[typename] ?? {};
      composed[typename] = { ...existing, ...policy, fields: { ...existing.fields, ...policy.fields } };
    }
  }
  return composed;
}
