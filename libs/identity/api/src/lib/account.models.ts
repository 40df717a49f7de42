import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SessionPlatform {
  MOBILE = 'MOBILE',
  TABLET = 'TABLET',
  DESKTOP = 'DESKTOP',
  TV = 'TV',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(SessionPlatform, {
  name: 'SessionPlatform',
  description: 'The kind of device a session was opened on, as its User-Agent tells.',
});

@ObjectType('AccountSession', { description: 'One place where the caller is logged in.' })
export class AccountSessionModel {
  @Field(() => ID) id!: string;
  @Field(() => SessionPlatform) platform!: SessionPlatform;
  @Field(() => String, { nullable: true, description: 'Browser and major version, e.g. "Safari 17".' })
  browser!: string | null;
  @Field(() => String, { nullable: true, description: 'Operating system, e.g. "iOS 17.1".' })
  os!: string | null;
  @Field(() => String, { nullable: true, description: 'Device vendor and model, e.g. "Apple iPhone".' })
  device!: string | null;
  @Field({ description: 'When the session was opened (log-in).' }) createdAt!: Date;
  @Field({ description: 'The last request seen on it (to the minute).' }) lastSeenAt!: Date;
  @Field({ description: 'True for the session this request comes from.' }) current!: boolean;
}

@ObjectType('PendingEmailChange', { description: 'A new address waiting for its confirmation link to be followed.' })
export class PendingEmailChangeModel {
  @Field() email!: string;
  @Field() expiresAt!: Date;
}

@ObjectType('EmailChangeResult', { description: 'What a followed e-mail link did: the address the account now has.' })
export class EmailChangeResultModel {
  @Field() email!: string;
}
