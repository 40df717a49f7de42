import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { DataSource } from 'typeorm';
import { CashmobEntity } from './cashmob.entity';

/** A cashmob as the association's calendar shows it. */
export interface CashmobCalendarItem {
  id: string;
  shopId: string;
  shopName: string;
  status: CashmobStatus;
  startsAt: Date;
  endsAt: Date;
  meetingPoint: string;
}

/** Cashmobs that still book a shop (not declined, not cancelled) are on the calendar. */
const ON_CALENDAR = [
  CashmobStatus.PROPOSED,
  CashmobStatus.COUNTER_PROPOSED,
  CashmobStatus.PUBLISHED,
  CashmobStatus.COMPLETED,
];

/** Overlaps [:from, :to), as the GiST index cashmobs_by_period (migration CalendarPeriods) is built. */
const OVERLAPS =
  'tstzrange(c."startsAt", c."endsAt") && tstzrange(CAST(:from AS timestamptz), CAST(:to AS timestamptz))';

/** The cashmobs' public surface for the calendar: what overlaps a period, for those who may see cashmobs. */
@Injectable()
export class CashmobCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
  ) {}

  async between(member: CurrentMember, from: Date, to: Date): Promise<CashmobCalendarItem[]> {
    if (!roleHasPermission(member.role, Permission.ViewCashmobs)) return [];
    // Through the GiST index: the cashmobs overlapping the period, not every earlier one.
    const cashmobs = await this.dataSource.manager
      .createQueryBuilder(CashmobEntity, 'c')
      .where('c."associationId" = :associationId', { associationId: member.associationId })
      .andWhere('c.status IN (:...statuses)', { statuses: ON_CALENDAR })
      .andWhere(OVERLAPS, { from, to })
      .orderBy('c."startsAt"', 'ASC')
      .getMany();
    const names = await this.shops.names(
      member.associationId,
      cashmobs.map((c) => c.shopId),
    );
    return cashmobs.map((c) => ({
      id: c.id,
      shopId: c.shopId,
      shopName: names.get(c.shopId) ?? '',
      status: c.status,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      meetingPoint: c.meetingPoint,
    }));
  }
}
