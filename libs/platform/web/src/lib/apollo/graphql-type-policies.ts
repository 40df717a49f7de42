import { EnvironmentProviders, inject, Injectable, Injector, provideEnvironmentInitializer } from '@angular/core';
import type { TypePolicies } from '@apollo/client';
import { loadedGraphql } from './graphql-on-demand';
import { claimAll, composeTypePolicies, DomainTypePolicies, Owners } from './type-policies';

/**
 * The cache's type policies, in one place. The cache starts without any (`createApollo`); a
 * domain's are added when its library loads (`provideTypePolicies` in its routes), since the app
 * may not import a lazy library statically (ADR 0022), and two domains may not set the same piece. Apollo's
 * `policies.addTypePolicies` is meant for this: code-split policies added before the queries that
 * need them run. `composed` is everything registered so far, for tests and debugging. Apollo itself
 * is not imported here (this file is reached from the first load through `@assoc/platform-web/core`):
 * a domain's routes are under the logged-in part, which loads it (`withAppServices`, ADR 0036).
 */
@Injectable({ providedIn: 'root' })
export class GraphqlTypePolicies {
  private readonly injector = inject(Injector);
  private readonly owners: Owners = new Map();
  private readonly domains = new Map<string, DomainTypePolicies>();

  /** Adds a domain's policies to the cache once (a second call for the same domain does nothing). */
  register(domain: string, policies: DomainTypePolicies): void {
    if (this.domains.has(domain)) return;
    claimAll(this.owners, domain, policies);
    this.domains.set(domain, policies);
    loadedGraphql().addTypePolicies(this.injector, policies);
  }

  get composed(): TypePolicies {
    return composeTypePolicies(Object.fromEntries(this.domains));
  }
}

/**
 * A domain's routes: `providers: [provideTypePolicies('projects', projectsTypePolicies)]` on the
 * routes' path-less parent; the policies are in the cache before any of its pages queries.
 */
export function provideTypePolicies(domain: string, policies: DomainTypePolicies): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(GraphqlTypePolicies).register(domain, policies));
}
