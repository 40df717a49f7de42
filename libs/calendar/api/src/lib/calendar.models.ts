import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CalendarEventKind } from '@assoc/calendar-domain';

registerEnumType(CalendarEventKind, { name: 'CalendarEventKind' });

@ObjectType('CalendarEvent')
export class CalendarEventModel {
  @Field(() => ID, { description: '"<KIND>:<id>", unique across kinds.' }) key!: string;
  @Field(() => CalendarEventKind) kind!: CalendarEventKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => String, { nullable: true, description: 'All-day events: the day in the association’s time zone.' })
  day!: string | null;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int, {
    description: 'Shops the event books: a cashmob’s host shop, a campaign’s shops with an approved offer.',
  })
  shopCount!: number;
  @Field({ description: 'Where the app opens it.' }) path!: string;
}

@ObjectType('ShopConflict')
export class ShopConflictModel {
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field(() => ID) firstKey!: string;
  @Field(() => ID) secondKey!: string;
}

@ObjectType('Calendar')
export class CalendarModel {
  @Field(() => [CalendarEventModel]) events!: CalendarEventModel[];
  @Field(() => [ShopConflictModel], { description: 'Shops booked twice at overlapping times in the period.' })
  conflicts!: ShopConflictModel[];
}

@ObjectType('Meeting')
export class MeetingModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() place!: string;
  @Field() agenda!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
}

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field({ description: 'The subscription URL, with its secret: shown once, when made.' }) url!: string;
  @Field() createdAt!: Date;
}
