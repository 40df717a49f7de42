import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@assoc/platform-api';
import { IsEnum, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EmailField, PasswordField, PersonNameField } from './auth.inputs';

@InputType()
export class UpdateAccountInput {
  @Field() @PersonNameField() name!: string;
  @Field(() => Locale) @IsEnum(Locale) locale!: Locale;
}

@InputType()
export class RequestEmailChangeInput {
  /** The new address: it takes effect once the link mailed to it is followed. */
  @Field() @EmailField() email!: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) currentPassword!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) currentPassword!: string;
  /** The new password (the platform's policy: 12 to 128 characters, not common, not the e-mail). */
  @Field() @PasswordField() password!: string;
}

@InputType()
export class EmailChangeTokenInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(200) token!: string;
}
