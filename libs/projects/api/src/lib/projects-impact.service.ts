import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CurrentMember } from '@assoc/platform-api';
import { Role } from '@assoc/platform-domain';
import { ProjectStatus } from '@assoc/projects-domain';
import { DataSource } from 'typeorm';

export interface ProjectsImpact {
  byStatus: { status: ProjectStatus; count: number }[];
  /** Projects whose shares were frozen and that were not cancelled since: FUNDED, ACTIVE, CLOSED. */
  fundedCount: number;
  participations: number;
  /** The frozen shares of those projects, added up. */
  pooledCents: number;
  /** Σ over participants of (the solo prices of the project's lines − their share): the domain's `savings`, summed. */
  savedCents: number;
  myPooledCents: number;
  mySavedCents: number;
}

const FUNDED = [ProjectStatus.FUNDED, ProjectStatus.ACTIVE, ProjectStatus.CLOSED];

/** The solo prices of each project's budget lines: what a shop alone would have paid. */
const SOLO = `WITH solo AS (SELECT "projectId", sum(coalesce("soloPriceCents", 0)) AS cents FROM project_budget_lines GROUP BY "projectId")`;

/** One participant's part of the projects funded in a period. */
export interface MemberPooling {
  membershipId: string;
  participations: number;
  pooledCents: number;
  savedCents: number;
}

export interface FundingPeriod {
  frozenSince?: Date | null;
  frozenBefore?: Date | null;
}

/**
 * What pooling brought, per association, from the frozen shares and the budget lines (never stored
 * twice): money pooled, money saved against going alone, and the caller's own part. A consultant
 * gets the figures of the projects assigned to them only. `frozenSince`/`frozenBefore` bound the
 * funding date, for the dashboard's periods.
 */
@Injectable()
export class ProjectsImpactService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async impact(member: CurrentMember, period: FundingPeriod = {}): Promise<ProjectsImpact> {
    const visible =
      member.role === Role.CONSULTANT
        ? `AND EXISTS (SELECT 1 FROM project_consultants c WHERE c."projectId" = p.id AND c."membershipId" = $2)`
        : `AND $2::uuid IS NOT NULL`;
    const byStatus: { status: ProjectStatus; count: number }[] = await this.dataSource.query(
      `SELECT p.status, count(*)::int AS count FROM projects p WHERE p."associationId" = $1 ${visible} GROUP BY p.status ORDER BY p.status`,
      [member.associationId, member.membershipId],
    );
    const [money] = await this.dataSource.query(
      `${SOLO}
       SELECT count(DISTINCT p.id)::int AS "fundedCount",
              count(pp.id)::int AS participations,
              coalesce(sum(pp."shareCents"), 0)::bigint AS "pooledCents",
              coalesce(sum(coalesce(solo.cents, 0) - pp."shareCents"), 0)::bigint AS "savedCents",
              coalesce(sum(pp."shareCents") FILTER (WHERE pp."membershipId" = $2), 0)::bigint AS "myPooledCents",
              coalesce(sum(coalesce(solo.cents, 0) - pp."shareCents") FILTER (WHERE pp."membershipId" = $2), 0)::bigint AS "mySavedCents"
         FROM projects p
         JOIN project_participants pp ON pp."projectId" = p.id
         LEFT JOIN solo ON solo."projectId" = p.id
        WHERE p."associationId" = $1 ${visible}
          AND p.status = ANY($3) AND p."frozenAt" IS NOT NULL
          AND ($4::timestamptz IS NULL OR p."frozenAt" >= $4) AND ($5::timestamptz IS NULL OR p."frozenAt" < $5)`,
      [member.associationId, member.membershipId, FUNDED, period.frozenSince ?? null, period.frozenBefore ?? null],
    );
    const n = (v: string | number) => Number(v);
    return {
      byStatus,
      fundedCount: money.fundedCount,
      participations: money.participations,
      pooledCents: n(money.pooledCents),
      savedCents: n(money.savedCents),
      myPooledCents: n(money.myPooledCents),
      mySavedCents: n(money.mySavedCents),
    };
  }

  /**
   * Each participant's pooled and saved money over the association's projects funded in the period
   * (the same formula as `impact`), for the impact dashboard of the president and board.
   */
  async byMember(associationId: string, period: FundingPeriod = {}): Promise<MemberPooling[]> {
    const rows: { membershipId: string; participations: number; pooledCents: string; savedCents: string }[] =
      await this.dataSource.query(
        `${SOLO}
       SELECT pp."membershipId", count(*)::int AS participations,
              sum(pp."shareCents")::bigint AS "pooledCents",
              sum(coalesce(solo.cents, 0) - pp."shareCents")::bigint AS "savedCents"
         FROM projects p
         JOIN project_participants pp ON pp."projectId" = p.id
         LEFT JOIN solo ON solo."projectId" = p.id
        WHERE p."associationId" = $1 AND p.status = ANY($2) AND p."frozenAt" IS NOT NULL
          AND ($3::timestamptz IS NULL OR p."frozenAt" >= $3) AND ($4::timestamptz IS NULL OR p."frozenAt" < $4)
        GROUP BY pp."membershipId"`,
        [associationId, FUNDED, period.frozenSince ?? null, period.frozenBefore ?? null],
      );
    return rows.map((r) => ({
      membershipId: r.membershipId,
      participations: r.participations,
      pooledCents: Number(r.pooledCents),
      savedCents: Number(r.savedCents),
    }));
  }
}
