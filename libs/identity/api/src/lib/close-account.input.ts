import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Closing one's account: the current password again, and the second factor's code when it is on. */
@InputType()
export class CloseAccountInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) password!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A code of the second factor (or a recovery code), when it is on.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  code?: string | null;
}
