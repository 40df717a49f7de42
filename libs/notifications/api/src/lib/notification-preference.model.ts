import { Field, ObjectType } from '@nestjs/graphql';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import './notification.models';

@ObjectType('NotificationPreference', {
  description: 'How the caller is told by e-mail about one kind of notification.',
})
export class NotificationPreferenceModel {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => EmailFrequency) frequency!: EmailFrequency;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultModel {
  @Field(() => NotificationKind, {
    nullable: true,
    description: 'The kind now set to NEVER; null when every kind was.',
  })
  kind!: NotificationKind | null;
  @Field() associationName!: string;
}
