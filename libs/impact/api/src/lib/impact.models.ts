import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ImpactBucket, ImpactPeriodKind, ShopMetric } from '@assoc/impact-domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

registerEnumType(ImpactPeriodKind, { name: 'ImpactPeriodKind' });
registerEnumType(ImpactBucket, { name: 'ImpactBucket' });
registerEnumType(ShopMetric, { name: 'ShopMetric' });

/** Types only; the days and their order are checked by the domain's `resolvePeriod`. */
@InputType()
export class ImpactPeriodInput {
  @Field(() => ImpactPeriodKind) @IsEnum(ImpactPeriodKind) kind!: ImpactPeriodKind;
  @Field({
    description:
      'yyyy-mm-dd in the association’s time zone: any day of the month, quarter or year; the first day of a custom period.',
  })
  @IsString()
  @MaxLength(10)
  from!: string;
  @Field(() => String, { nullable: true, description: 'The last day (inclusive) of a custom period.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  to?: string | null;
}

@ObjectType('ImpactPeriod')
export class ImpactPeriodModel {
  @Field(() => ImpactPeriodKind) kind!: ImpactPeriodKind;
  @Field() fromDay!: string;
  @Field() toDay!: string;
  @Field() start!: Date;
  @Field() end!: Date;
  @Field(() => ImpactBucket) bucket!: ImpactBucket;
  @Field() timeZone!: string;
}

@ObjectType('ImpactPoint')
export class ImpactPointModel {
  @Field() day!: string;
  @Field(() => Int) members!: number;
  @Field(() => Int) activeMembers!: number;
  @Field(() => Int) posts!: number;
  @Field(() => Int) comments!: number;
  @Field(() => Int) reactions!: number;
  @Field(() => Int) vouchers!: number;
  @Field(() => Int) redemptions!: number;
}

@ObjectType('ImpactMembers')
export class ImpactMembersModel {
  @Field(() => Int, { description: 'Members at the end of the period (or now).' }) total!: number;
  @Field(() => Int) joined!: number;
  @Field(() => Int) left!: number;
  @Field(() => Int) active!: number;
}

@ObjectType('ImpactStatusCount')
export class ImpactStatusCountModel {
  @Field() status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('ImpactMemberMoney')
export class ImpactMemberMoneyModel {
  @Field(() => ID) membershipId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shopName!: string | null;
  @Field(() => Float) pooledCents!: number;
  @Field(() => Float) savedCents!: number;
}

@ObjectType('ImpactProjects')
export class ImpactProjectsModel {
  @Field(() => [ImpactStatusCountModel], { description: 'Projects created in the period, by their status today.' })
  byStatus!: ImpactStatusCountModel[];
  @Field(() => Int) created!: number;
  @Field(() => Int, { description: 'Projects funded in the period.' }) fundedCount!: number;
  @Field(() => Int) participations!: number;
  @Field(() => Float) pooledCents!: number;
  @Field(() => Float, { description: 'Solo prices − shares, summed over participants.' }) savedCents!: number;
  @Field(() => [ImpactMemberMoneyModel]) byMember!: ImpactMemberMoneyModel[];
}

@ObjectType('ImpactShopCampaigns')
export class ImpactShopCampaignsModel {
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field(() => Int) vouchers!: number;
  @Field(() => Int) redemptions!: number;
  @Field(() => Float) basketCents!: number;
}

@ObjectType('ImpactCampaigns')
export class ImpactCampaignsModel {
  @Field(() => Int, { description: 'Published campaigns overlapping the period.' }) campaigns!: number;
  @Field(() => Int) vouchers!: number;
  @Field(() => Int) redemptions!: number;
  @Field(() => Float) basketCents!: number;
  @Field(() => [ImpactShopCampaignsModel]) byShop!: ImpactShopCampaignsModel[];
}

@ObjectType('ImpactCashmobs')
export class ImpactCashmobsModel {
  @Field(() => Int, { description: 'Cashmobs accepted by their shop and starting in the period.' }) count!: number;
  @Field(() => Int, { description: 'Confirmed sign-ups.' }) participants!: number;
  @Field(() => Int, { description: 'People checked in, walk-ins included.' }) checkIns!: number;
  @Field(() => Float) revenueCents!: number;
  @Field(() => Int, {
    nullable: true,
    description: '(Σ revenue − Σ ordinary) ÷ Σ ordinary, basis points, over cashmobs with an ordinary revenue.',
  })
  upliftBp!: number | null;
}

@ObjectType('ImpactNetwork')
export class ImpactNetworkModel {
  @Field(() => Int) posts!: number;
  @Field(() => Int) comments!: number;
  @Field(() => Int) reactions!: number;
}

@ObjectType('ImpactCustomers', {
  description: 'The customer community over the period: the customers, loyalty card and ideas box figures.',
})
export class ImpactCustomersModel {
  @Field(() => Int, { description: 'Confirmed customers not erased at the end of the period (or now).' })
  customers!: number;
  @Field(() => Int, { description: 'Of them, those who joined in the period.' }) joined!: number;
  @Field(() => Int, { description: 'Cards with a points movement in the period.' }) activeCards!: number;
  @Field(() => Int) pointsIssued!: number;
  @Field(() => Int) pointsRedeemed!: number;
  @Field(() => Float, { description: 'Rewards redeemed in shops, owed to them by the loyalty pot (cents).' })
  rewardsPaidCents!: number;
  @Field(() => Int) ideasProposed!: number;
  @Field(() => Int, { description: 'Ideas turned into a joint project or a campaign in the period.' })
  ideasAdopted!: number;
}

@ObjectType('ImpactDashboard')
export class ImpactDashboardModel {
  @Field(() => ImpactPeriodModel) period!: ImpactPeriodModel;
  @Field() associationName!: string;
  @Field() currency!: string;
  @Field(() => ImpactMembersModel) members!: ImpactMembersModel;
  @Field(() => ImpactProjectsModel) projects!: ImpactProjectsModel;
  @Field(() => ImpactCampaignsModel) campaigns!: ImpactCampaignsModel;
  @Field(() => ImpactCashmobsModel) cashmobs!: ImpactCashmobsModel;
  @Field(() => ImpactNetworkModel) network!: ImpactNetworkModel;
  @Field(() => ImpactCustomersModel) customers!: ImpactCustomersModel;
  @Field(() => [ImpactPointModel]) series!: ImpactPointModel[];
}

@ObjectType('ShopFigure')
export class ShopFigureModel {
  @Field(() => ShopMetric) metric!: ShopMetric;
  @Field(() => Float) own!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'The median over every shop of the association; null with too few shops to compare.',
  })
  median!: number | null;
}

@ObjectType('ShopImpact')
export class ShopImpactModel {
  @Field(() => ImpactPeriodModel) period!: ImpactPeriodModel;
  @Field() currency!: string;
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field(() => Int) comparedShops!: number;
  @Field(() => [ShopFigureModel]) figures!: ShopFigureModel[];
}
