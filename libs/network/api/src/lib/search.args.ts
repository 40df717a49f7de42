import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words in French, all required; accents, case, plural and conjugation do not matter.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  query!: string;
  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50) first = 20;
}
