import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShopReads } from '@assoc/directory-api';
import { CurrentMember, Permission, roleHasPermission } from '@assoc/platform-api';
import { CashmobStatus } from '@assoc/cashmobs-domain';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
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

/** The cashmobs' public surface for the calendar: what overlaps a period, for those who may see cashmobs. */
@Injectable()
export class CashmobCalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shops: ShopReads,
  ) {}

  async between(member: CurrentMember, from: Date, to: Date): Promise<CashmobCalendarItem[]> {
    if (!roleHasPermission(member.role, Permission.ViewCashmobs)) return [];
    const cashmobs = await this.dataSource.manager.find(CashmobEntity, {
      where: {
        associationId: member.associationId,
        status: In(ON_CALENDAR),
        startsAt: LessThan(to),
        endsAt: MoreThan(from),
      },
      order: { startsAt: 'ASC' },
    });
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
