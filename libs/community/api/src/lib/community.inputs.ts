import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IDEA_COMMENT_MAX,
  IDEA_DESCRIPTION_MAX,
  IDEA_REASON_MAX,
  IDEA_TITLE_MAX,
  IdeaKind,
  IdeaOutcomeKind,
  IdeaStatus,
} from '@assoc/community-domain';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

// Lengths are checked again by the domain on the trimmed text (every field's reason at once); the limits
// here keep oversized input away.
@InputType()
export class ProposeIdeaInput {
  @Field() @IsString() @MaxLength(IDEA_TITLE_MAX * 2) title!: string;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(IDEA_DESCRIPTION_MAX * 2) description = '';
  @Field(() => IdeaKind) @IsEnum(IdeaKind) kind!: IdeaKind;
}

@InputType()
export class CommentIdeaInput {
  @Field(() => ID) @IsUUID() ideaId!: string;
  @Field() @IsString() @MaxLength(IDEA_COMMENT_MAX * 2) body!: string;
}

@InputType()
export class AnswerIdeaInput {
  @Field(() => ID) @IsUUID() ideaId!: string;
  @Field(() => IdeaStatus) @IsEnum(IdeaStatus) status!: IdeaStatus;
  @Field() @IsString() @MaxLength(IDEA_REASON_MAX * 2) reason!: string;
}

@InputType()
export class AdoptIdeaInput {
  @Field(() => ID) @IsUUID() ideaId!: string;
  @Field(() => IdeaOutcomeKind) @IsEnum(IdeaOutcomeKind) as!: IdeaOutcomeKind;
}

@InputType()
export class UpdateCommunitySettingsInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() adoptedIdeaPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() usefulContributionPoints?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() helpfulRecommendationPoints?: number;
}

@InputType()
export class MarkCoCreatedProductInput {
  @Field(() => ID) @IsUUID() productId!: string;
  @Field(() => ID) @IsUUID() ideaId!: string;
  @Field(() => Int) @IsInt() sharePercent!: number;
}
