import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationReads, AssociationSummary } from '@assoc/associations-api';
import { ShopCard, ShopReads } from '@assoc/directory-api';
import { DataSource, EntityManager } from 'typeorm';

/** Where a cashmob happens: its shop's card and its association, as their owners answer them. */
export interface CashmobVenue {
  shop: ShopCard;
  association: AssociationSummary;
}

/** Reads a cashmob's venue through the directory's and the associations' SQL fragments, in one statement. */
@Injectable()
export class CashmobVenues {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
    private readonly associations: AssociationReads,
  ) {}

  /**
   * The shop and the association of this cashmob (one statement; `manager` may be the caller's
   * transaction, whose single connection it then uses). Throws when either is missing, like a failed find.
   */
  async of(
    cashmob: { shopId: string; associationId: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CashmobVenue> {
    const [venue]: Partial<CashmobVenue>[] = await manager.query(
      `SELECT ${this.shops.cardJson('$1', '$2')} AS shop, ${this.associations.summaryJson('$2')} AS association`,
      [cashmob.shopId, cashmob.associationId],
    );
    if (!venue?.shop || !venue.association)
      throw new Error(`No shop ${cashmob.shopId} in association ${cashmob.associationId}`);
    return { shop: venue.shop, association: venue.association };
  }
}
