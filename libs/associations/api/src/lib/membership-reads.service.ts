import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember, Locale, QueryShapes, Role } from '@assoc/platform-api';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import {
  associationModelFromJson,
  associationModelJson,
  membershipModel,
  toMembershipModel,
} from './association.mapper';
import { AssociationModel, MembershipModel } from './association.models';
import { MembershipEntity } from './membership.entity';

/** A member as mails and notices name them: the person's name, email and language, and the association's name. */
export interface MemberContact {
  membershipId: string;
  associationId: string;
  role: Role;
  /** Removed from the association (the row stays so what they did stays attributed). */
  removed: boolean;
  userId: string;
  /** As stored: "Ancien membre" once the account is closed (`closed`; show it with identity's personName). */
  name: string;
  /** The person closed their account (issue 25): their name reads "Ancien membre" / "Former member". */
  closed: boolean;
  email: string;
  locale: Locale;
  associationName: string;
}

/** What `MembershipReads.modelJson` answers for a membership (read a page of them with `modelsOfJson`). */
export interface MembershipJson {
  id: string;
  role: Role;
  /** Instants as PostgreSQL writes them in JSON (ISO 8601 with microseconds, which Date drops as the driver does). */
  joinedAt: string;
  userId: string;
  associationId: string;
  email: string;
  name: string;
  locale: Locale;
  closedAt: string | null;
  /** The association's model as JSON text (`associationModelJson`), the same on every row of a page. */
  association: string;
}

/**
 * What other domains may ask about memberships (issue 21: domains talk through services): who is an
 * active member of an association, with which role, who the board is. Answers are plain types, never
 * `MembershipEntity`; a read that must stay one statement with the caller's own query gets a SQL
 * fragment from here instead of naming the `memberships` table itself.
 */
@Injectable()
export class MembershipReads {
  /** The SQL of the reads on every feed and comment page, generated once (QueryShapes). */
  private readonly shapes = new QueryShapes();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The active memberships of the association among `ids` (all of them when `ids` is null), with their
   * role: who may be mentioned, who may be told. `manager` reads inside the caller's transaction.
   */
  async activeRoles(
    associationId: string,
    ids: readonly string[] | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ id: string; role: Role }[]> {
    if (ids && !ids.length) return [];
    const rows = await manager.find(MembershipEntity, {
      where: { associationId, removedAt: IsNull(), ...(ids ? { id: In([...new Set(ids)]) } : {}) },
      select: { id: true, role: true },
    });
    return rows.map(({ id, role }) => ({ id, role }));
  }

  /** These memberships of the viewer's association as GraphQL models (removed ones too: content stays attributed), one query, in no order. */
  async models(viewer: CurrentMember, ids: readonly string[]): Promise<MembershipModel[]> {
    if (!ids.length) return [];
    const query = this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .leftJoinAndSelect('m.user', 'u')
      .leftJoinAndSelect('m.association', 'a')
      .where('m.associationId = :associationId AND m.id = ANY(:ids)', {
        associationId: viewer.associationId,
        ids: [...new Set(ids)],
      });
    const found = await this.shapes.getMany('models', query);
    return found.map((m) => toMembershipModel(m, viewer));
  }

  /**
   * SQL for a read that stays one statement: a subquery answering the membership `membershipIdSql` of the
   * association `associationIdSql` (SQL expressions of the caller's query, or its parameters; removed
   * memberships too, so content stays attributed) with its person's public columns and its association's
   * model as a JSON object, or null; `modelsOfJson` turns a page of them into the models `models` answers.
   * Pass the association as a parameter: its model is then read once for the whole statement.
   */
  modelJson(membershipIdSql: string, associationIdSql: string): string {
    return `(SELECT json_build_object('id', model_membership.id, 'role', model_membership.role,
        'joinedAt', model_membership."createdAt", 'userId', model_membership."userId",
        'associationId', model_membership."associationId", 'email', model_user.email, 'name', model_user.name,
        'locale', model_user.locale, 'closedAt', model_user."closedAt",
        'association', ${associationModelJson(associationIdSql)})
      FROM memberships model_membership JOIN users model_user ON model_user.id = model_membership."userId"
      WHERE model_membership.id = ${membershipIdSql} AND model_membership."associationId" = ${associationIdSql})`;
  }

  /** The models of the memberships `modelJson` answered, in their order (null stays null). */
  modelsOfJson(jsons: readonly (MembershipJson | null)[], viewer: CurrentMember): (MembershipModel | null)[] {
    let text: string | undefined;
    let association: AssociationModel | undefined;
    return jsons.map((m) => {
      if (!m) return null;
      // One association per page: its JSON is parsed once, its model shared by the rows.
      if (m.association !== text) {
        text = m.association;
        association = associationModelFromJson(text);
      }
      const { id, role, userId, associationId, email, name, locale } = m;
      return membershipModel(
        { id, role, createdAt: new Date(m.joinedAt), userId, associationId },
        { id: userId, email, name, locale, closedAt: m.closedAt === null ? null : new Date(m.closedAt) },
        association as AssociationModel,
        viewer,
      );
    });
  }

  /** The member a membership of this association acts as, or null when it is unknown or removed. */
  async activeMember(associationId: string, membershipId: string): Promise<CurrentMember | null> {
    const m = await this.dataSource.manager.findOneBy(MembershipEntity, {
      id: membershipId,
      associationId,
      removedAt: IsNull(),
    });
    return m && { membershipId: m.id, associationId: m.associationId, userId: m.userId, role: m.role };
  }

  /**
   * SQL for a read that stays one statement: true when the membership `membershipIdSql` is active in the
   * association `associationIdSql` (SQL expressions of the caller's query, or its parameters) and, with
   * `rolesParameter`, holds one of the roles the caller passes under that parameter name (a list).
   */
  activeSql(membershipIdSql: string, associationIdSql: string, rolesParameter?: string): string {
    return `EXISTS (SELECT 1 FROM memberships active_membership WHERE active_membership.id = ${membershipIdSql}
      AND active_membership."associationId" = ${associationIdSql} AND active_membership."removedAt" IS NULL${
        rolesParameter ? ` AND active_membership.role IN (:...${rolesParameter})` : ''
      })`;
  }

  /**
   * These memberships of the association with their person and association names (removed ones too,
   * marked), one query, in no order; `manager` reads inside the caller's transaction.
   */
  async contacts(
    associationId: string,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MemberContact[]> {
    if (!ids.length) return [];
    const found = await manager.find(MembershipEntity, {
      where: { associationId, id: In([...new Set(ids)]) },
      relations: { user: true, association: true },
    });
    return found.flatMap((m) =>
      m.user && m.association
        ? [
            {
              membershipId: m.id,
              associationId: m.associationId,
              role: m.role,
              removed: !!m.removedAt,
              userId: m.userId,
              name: m.user.name,
              closed: !!m.user.closedAt,
              email: m.user.email,
              locale: m.user.locale,
              associationName: m.association.name,
            },
          ]
        : [],
    );
  }

  /**
   * Every membership (removed ones too) a person has or had in these associations, with their name and
   * e-mail: what the personal-data sources of other domains ask to find the person's rows (issue 25).
   */
  async ofPerson(
    userId: string,
    associationIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MemberContact[]> {
    if (!associationIds.length) return [];
    const found = await manager.find(MembershipEntity, {
      where: { userId, associationId: In([...new Set(associationIds)]) },
      select: { id: true, associationId: true },
    });
    const ids = found.map((m) => m.id);
    const contacts: MemberContact[] = [];
    for (const associationId of new Set(found.map((m) => m.associationId)))
      contacts.push(...(await this.contacts(associationId, ids, manager)));
    return contacts;
  }

  /**
   * Every membership of this person in these associations, removed ones too (what they did stays attributed to
   * them): the rows a domain's personal data hangs on (issue 25). With `lock`, the rows are locked FOR UPDATE in
   * the caller's transaction (`manager`): a write that takes `lockActiveMember` first waits for the erasure to
   * commit, then finds the membership removed.
   */
  async personMemberships(
    userId: string,
    associationIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<{ id: string; associationId: string; role: Role; removedAt: Date | null }[]> {
    if (!associationIds.length) return [];
    const rows = await manager.find(MembershipEntity, {
      where: { userId, associationId: In([...new Set(associationIds)]) },
      select: { id: true, associationId: true, role: true, removedAt: true },
      order: { id: 'ASC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    return rows.map(({ id, associationId, role, removedAt }) => ({ id, associationId, role, removedAt }));
  }

  /**
   * Locks the member's membership FOR SHARE in the caller's transaction and answers whether it is still active:
   * a write of the member's own content (a post, a comment) takes it first, so it cannot land after the
   * erasure of their account (which holds the row FOR UPDATE until it commits, then the row reads removed).
   */
  async lockActiveMember(manager: EntityManager, member: CurrentMember): Promise<boolean> {
    const found = await manager.findOne(MembershipEntity, {
      where: { id: member.membershipId, associationId: member.associationId, removedAt: IsNull() },
      select: { id: true },
      lock: { mode: 'pessimistic_read' },
    });
    return !!found;
  }

  /** How many active members of the association hold one of these roles (one count). */
  activeCount(
    associationId: string,
    roles: readonly Role[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager.count(MembershipEntity, { where: { associationId, removedAt: IsNull(), role: In([...roles]) } });
  }
}
