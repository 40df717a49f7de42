import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { PageInfo } from '@assoc/platform-api';

registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(EmailFrequency, { name: 'EmailFrequency' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field({ description: 'What to open: POST, COMMENT or PROJECT' }) subjectType!: string;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The post to open (for comments too).' }) postId!: string | null;
  @Field(() => String, { nullable: true }) excerpt!: string | null;
  @Field(() => String, { nullable: true, description: 'Why a moderator hid something.' }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Name of who caused it.' }) actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'PROJECT_DECIDED: APPROVED, REJECTED, FUNDED or CANCELLED.' })
  outcome!: string | null;
  /** Internal, for the actor loader. */
  actorMembershipId!: string | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationModel]) nodes!: NotificationModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
