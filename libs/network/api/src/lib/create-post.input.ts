import { Field, ID, InputType } from '@nestjs/graphql';
import { POST_IMAGES_MAX, POST_TEXT_MAX } from '@assoc/network-domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreatePostInput {
  @Field({ description: 'Plain text, 1 to 5000 characters, line breaks kept; mentions as @[Name](membershipId).' })
  @IsString()
  @MaxLength(POST_TEXT_MAX)
  text!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() topicId?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Images uploaded first with POST /api/network/images (at most 5), in display order.',
  })
  @IsArray()
  @ArrayMaxSize(POST_IMAGES_MAX, { context: { reason: 'tooManyImages', params: { max: POST_IMAGES_MAX } } })
  @IsUUID('all', { each: true })
  imageIds: string[] = [];

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'President and board only: publish as a pinned announcement and notify every member.',
  })
  @IsBoolean()
  announcement = false;
}
