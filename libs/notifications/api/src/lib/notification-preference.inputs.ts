import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { EmailFrequency, NotificationKind } from '@assoc/notifications-domain';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import './notification.models';

@InputType()
export class UpdateNotificationPreferenceInput {
  @Field(() => NotificationKind) @IsEnum(NotificationKind) kind!: NotificationKind;
  @Field(() => EmailFrequency) @IsEnum(EmailFrequency) frequency!: EmailFrequency;
}

@ArgsType()
export class UnsubscribeArgs {
  @Field({ description: 'The token from the link in a notification mail.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token!: string;
}
