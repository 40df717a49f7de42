import { CurrentMember, Locale, Role } from '@assoc/platform-api';
import { associationModelFromJson, associationModelJson, membershipModel } from './association.mapper';
import { AssociationModel, MembershipModel } from './association.models';

/** The columns of a row `membersSql` selects. */
export interface MemberRow {
  member_id: string;
  member_role: Role;
  member_joined_at: Date;
  member_user_id: string;
  member_association_id: string;
  member_email: string;
  member_name: string;
  member_locale: Locale;
  member_closed_at: Date | null;
  /** The association's model as JSON text (`associationModelJson`). */
  member_association: string;
}

/** SQL pieces of a page of an association's active members, for a caller's one statement (`membersSql`). */
export interface MembersSql {
  /** The membership's id, to join on. */
  id: string;
  /** The SELECT list's columns (`MemberRow`'s: the caller's own columns must not start with `member_`). */
  columns: string;
  /** The FROM item: the memberships under the alias, joined to their person. */
  from: string;
  /** The condition: active memberships of the association (AND the caller's own). */
  where: string;
  /** The rows as GraphQL models, in their order (the person's e-mail as the viewer may see it). */
  models(rows: readonly MemberRow[], viewer: Pick<CurrentMember, 'role' | 'userId'>): MembershipModel[];
}

/**
 * SQL for a page of members that stays one statement with the caller's own joins, filters, order and
 * limit (the directory; issue 21: the caller does not name the `memberships` table itself): the active
 * memberships of the association `associationIdSql` (a parameter of the caller's query) under `alias`,
 * with their person's public columns (what toUserModel reads: never the password hash) and the
 * association's model as JSON text, the same on every row (an uncorrelated subquery: PostgreSQL runs it
 * once). `models` turns the rows into the GraphQL models `MembershipReads.models` answers, without
 * TypeORM's entities (their hydration, an association entity per row, was a tenth of the directory
 * page's CPU). It depends on its arguments only: generate it once.
 */
export function membersSql(alias: string, associationIdSql: string): MembersSql {
  const user = `${alias}_user`;
  return {
    id: `${alias}.id`,
    columns: `${alias}.id AS member_id, ${alias}.role AS member_role, ${alias}."createdAt" AS member_joined_at,
      ${alias}."userId" AS member_user_id, ${alias}."associationId" AS member_association_id,
      ${user}.email AS member_email, ${user}.name AS member_name, ${user}.locale AS member_locale,
      ${user}."closedAt" AS member_closed_at, ${associationModelJson(associationIdSql)} AS member_association`,
    from: `memberships ${alias} JOIN users ${user} ON ${user}.id = ${alias}."userId"`,
    where: `${alias}."associationId" = ${associationIdSql} AND ${alias}."removedAt" IS NULL`,
    models: (rows, viewer) => {
      let json: string | undefined;
      let association: AssociationModel | undefined;
      return rows.map((row) => {
        // One association per page: its JSON is parsed once, its model shared by the rows.
        if (row.member_association !== json) {
          json = row.member_association;
          association = associationModelFromJson(json);
        }
        return membershipModel(
          {
            id: row.member_id,
            role: row.member_role,
            createdAt: row.member_joined_at,
            userId: row.member_user_id,
            associationId: row.member_association_id,
          },
          {
            id: row.member_user_id,
            email: row.member_email,
            name: row.member_name,
            locale: row.member_locale,
            closedAt: row.member_closed_at,
          },
          association as AssociationModel,
          viewer,
        );
      });
    },
  };
}
