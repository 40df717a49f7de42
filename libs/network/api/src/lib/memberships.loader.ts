import { MembershipModel, MembershipReads } from '@assoc/associations-api';
import { CurrentMember, HttpRequest, requestLoader } from '@assoc/platform-api';

/** Authors of posts and comments: one query per request for all of them (removed members included, so content stays attributed). */
export function membershipsLoader(req: HttpRequest, memberships: MembershipReads, viewer: CurrentMember) {
  return requestLoader<string, MembershipModel | null>(
    req,
    `network:memberships:${viewer.associationId}`,
    async (ids) => {
      const byId = new Map((await memberships.models(viewer, ids)).map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  );
}
