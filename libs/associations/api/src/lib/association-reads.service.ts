import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_TIME_ZONE } from '@assoc/shared-util';
import { isAssociationSlugShape, Majority } from '@assoc/associations-domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AssociationEntity } from './association.entity';

/** What other domains may read of an association. */
export interface AssociationSummary {
  id: string;
  name: string;
  /** The public address's name (`/communaute/<slug>`). */
  slug: string;
  town: string;
  postcode: string;
  timeZone: string;
  currency: string;
}

/**
 * What other domains may ask about an association (issue 21: domains talk through services): its
 * name, slug, time zone and public facts, as plain types, never `AssociationEntity`.
 */
@Injectable()
export class AssociationReads {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The association's name, place, time zone and currency, or null when there is none with this id; `manager` reads inside the caller's transaction. */
  async summary(
    associationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssociationSummary | null> {
    const a = await manager.findOneBy(AssociationEntity, { id: associationId });
    return a && toSummary(a);
  }

  /**
   * The association a public slug names (`/communaute/<slug>`, issue 17), or null when none does or it is
   * closed (its public pages are gone with its customers' data). A malformed slug is null without a look-up.
   */
  async bySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<AssociationSummary | null> {
    if (!isAssociationSlugShape(slug)) return null;
    const a = await manager.findOneBy(AssociationEntity, { slug, closedAt: IsNull() });
    return a && toSummary(a);
  }

  /** The association's time zone (the default one when there is no such association). */
  async timeZone(associationId: string): Promise<string> {
    const a = await this.dataSource.manager.findOne(AssociationEntity, {
      select: { id: true, timeZone: true },
      where: { id: associationId },
    });
    return a?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  /**
   * SQL for a read that stays one statement: a subquery answering the `AssociationSummary` of the association
   * `associationIdSql` (an SQL expression of the caller's query, or a parameter) as a JSON object, or null.
   */
  summaryJson(associationIdSql: string): string {
    return `(SELECT json_build_object('id', association_summary.id, 'name', association_summary.name,
      'slug', association_summary.slug, 'town', association_summary.town, 'postcode', association_summary.postcode,
      'timeZone', association_summary."timeZone", 'currency', association_summary.currency)
      FROM associations association_summary WHERE association_summary.id = ${associationIdSql})`;
  }

  /** Two signatures: the cents above which a project expense awaits a second board member, null when off. */
  async secondSignatureAboveCents(
    associationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number | null> {
    const a = await manager.findOne(AssociationEntity, {
      select: { id: true, secondSignatureAboveCents: true },
      where: { id: associationId },
    });
    return a?.secondSignatureAboveCents ?? null;
  }

  /** The association's voting rules (quorum in percent of members, majority); `manager` reads inside the caller's transaction. */
  async votingRules(
    associationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ quorumPercent: number; majority: Majority }> {
    const a = await manager.findOneByOrFail(AssociationEntity, { id: associationId });
    return { quorumPercent: a.quorumPercent, majority: a.majority };
  }
}

/** An association's row as other domains read it. */
function toSummary(a: AssociationEntity): AssociationSummary {
  return {
    id: a.id,
    name: a.name,
    slug: a.slug,
    town: a.town,
    postcode: a.postcode,
    timeZone: a.timeZone,
    currency: a.currency,
  };
}
