import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TradeCategory, Weekday } from '@assoc/directory-domain';
import { MembershipModel } from '@assoc/associations-api';
import { PageInfo } from '@assoc/platform-api';

registerEnumType(TradeCategory, {
  name: 'TradeCategory',
  description: 'Labels in French and English live in the directory domain.',
});
registerEnumType(Weekday, { name: 'Weekday' });

@ObjectType('TimeRange')
export class TimeRangeModel {
  @Field({ description: 'HH:MM, 24-hour clock' }) opens!: string;
  @Field({ description: 'HH:MM, 24-hour clock' }) closes!: string;
}

@ObjectType('DayHours')
export class DayHoursModel {
  @Field(() => Weekday) day!: Weekday;
  @Field(() => [TimeRangeModel]) periods!: TimeRangeModel[];
}

@ObjectType('Shop')
export class ShopModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => TradeCategory) trade!: TradeCategory;
  @Field() address!: string;
  @Field() postcode!: string;
  @Field() town!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => [DayHoursModel]) openingHours!: DayHoursModel[];
}

@ObjectType('MembershipConnection')
export class MembershipConnection {
  @Field(() => [MembershipModel]) nodes!: MembershipModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
