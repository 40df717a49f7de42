import type { DomainTypePolicies } from '@assoc/platform-web/core';

/**
 * The projects' cache rules (registered by projects.routes.ts). A project's vote summary and its
 * totals have no id, so Apollo keeps them inside the project and, by default, replaces the whole
 * object on every write: an answer carrying fewer of their fields (the list's totals, a mutation's
 * answer) would drop the others. `merge: true` merges the newer fields into the cached ones instead,
 * so the vote panel never shows new counts without the quorum that came with them.
 */
export const projectsTypePolicies: DomainTypePolicies = {
  VoteResult: { merge: true },
  BudgetTotals: { merge: true },
};
