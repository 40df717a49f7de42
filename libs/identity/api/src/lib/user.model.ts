import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '@assoc/platform-api';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  /** Empty when the caller may not see it (see the associations domain). */
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => Locale) locale!: Locale;
}
