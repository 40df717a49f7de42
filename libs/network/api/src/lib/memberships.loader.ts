import { MembershipEntity, MembershipModel, toMembershipModel } from '@assoc/associations-api';
import { CurrentMember, requestLoader } from '@assoc/platform-api';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';

/** Authors of posts and comments: one query per request for all of them (removed members included, so content stays attributed). */
export function membershipsLoader(req: Request, dataSource: DataSource, viewer: CurrentMember) {
  return requestLoader<string, MembershipModel | null>(
    req,
    `network:memberships:${viewer.associationId}`,
    async (ids) => {
      const found = await dataSource.getRepository(MembershipEntity).find({
        where: { associationId: viewer.associationId, id: In([...ids]) },
        relations: { user: true, association: true },
      });
      const byId = new Map(found.map((m) => [m.id, toMembershipModel(m, viewer)]));
      return ids.map((id) => byId.get(id) ?? null);
    },
  );
}
