import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '@assoc/platform-api';

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id!: string;
  /** Empty when the caller may not see it (see the associations domain), and for a closed account. */
  @Field() email!: string;
  /** "Ancien membre" / "Former member" in the reader's language for a closed account (UserFieldsResolver). */
  @Field() name!: string;
  @Field(() => Locale) locale!: Locale;
  /** The account is closed (not a GraphQL field: the name resolver reads it). */
  closed?: boolean;
}
