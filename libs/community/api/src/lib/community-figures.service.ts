import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The impact dashboard's community figures. */
export interface CommunityFigureSet {
  /** Ideas proposed (created within the range, or ever). */
  ideasProposed: number;
  /** Ideas adopted: turned into a joint project or a campaign (within the range, or ever). */
  ideasAdopted: number;
  /** Supports given (within the range, or ever). */
  supports: number;
}

/** Counted in SQL at read time (ADR 0009); `range` is [from, to) in UTC (issue 17 contract). */
@Injectable()
export class CommunityFigures {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(associationId: string, range?: { from: Date; to: Date }): Promise<CommunityFigureSet> {
    const [row] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM community_ideas i WHERE i."associationId" = $1
            AND ($2::timestamptz IS NULL OR i."createdAt" >= $2) AND ($3::timestamptz IS NULL OR i."createdAt" < $3))::int AS "ideasProposed",
         (SELECT count(*) FROM community_ideas i WHERE i."associationId" = $1 AND i."adoptedAt" IS NOT NULL
            AND ($2::timestamptz IS NULL OR i."adoptedAt" >= $2) AND ($3::timestamptz IS NULL OR i."adoptedAt" < $3))::int AS "ideasAdopted",
         (SELECT count(*) FROM community_idea_supports s WHERE s."associationId" = $1
            AND ($2::timestamptz IS NULL OR s."createdAt" >= $2) AND ($3::timestamptz IS NULL OR s."createdAt" < $3))::int AS "supports"`,
      [associationId, range?.from ?? null, range?.to ?? null],
    )) as CommunityFigureSet[];
    return row;
  }
}
