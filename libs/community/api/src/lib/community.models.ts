import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IdeaKind, IdeaOutcomeKind, IdeaStatus, RecommendationStatus } from '@assoc/community-domain';
import { PageInfo } from '@assoc/platform-api';
import { CampaignStatus } from '@assoc/promotions-domain';
import { ProjectStatus } from '@assoc/projects-domain';

registerEnumType(IdeaKind, { name: 'IdeaKind' });
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });
registerEnumType(IdeaOutcomeKind, { name: 'IdeaOutcomeKind' });
registerEnumType(RecommendationStatus, { name: 'RecommendationStatus' });

@ObjectType('IdeaOutcome', { description: 'What an adopted idea became, read from its domain now.' })
export class IdeaOutcomeModel {
  @Field(() => IdeaOutcomeKind) kind!: IdeaOutcomeKind;
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => ProjectStatus, { nullable: true }) projectStatus!: ProjectStatus | null;
  @Field(() => CampaignStatus, { nullable: true }) campaignStatus!: CampaignStatus | null;
  @Field(() => Date, { nullable: true }) startsAt!: Date | null;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
}

@ObjectType('Idea')
export class IdeaModel {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => IdeaKind) kind!: IdeaKind;
  @Field(() => IdeaStatus) status!: IdeaStatus;
  @Field({ description: 'The author’s name (a customer’s first name; a former participant once erased).' })
  authorName!: string;
  @Field() authorIsCustomer!: boolean;
  @Field({ description: 'The caller proposed it.' }) mine!: boolean;
  @Field(() => String, { nullable: true }) answerReason!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field() useful!: boolean;
  @Field(() => Int) supportCount!: number;
  @Field(() => Int) commentCount!: number;
  @Field() supportedByMe!: boolean;
  @Field(() => Date, { nullable: true }) adoptedAt!: Date | null;
  @Field(() => IdeaOutcomeModel, { nullable: true }) outcome!: IdeaOutcomeModel | null;
  @Field() createdAt!: Date;
}

@ObjectType('IdeaConnection')
export class IdeaConnectionModel {
  @Field(() => [IdeaModel]) nodes!: IdeaModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('IdeaComment')
export class IdeaCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) ideaId!: string;
  @Field() body!: string;
  @Field() authorName!: string;
  @Field() authorIsCustomer!: boolean;
  @Field() useful!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('CommunitySettings', { description: 'The points the board gives for contributions.' })
export class CommunitySettingsModel {
  @Field(() => Int) adoptedIdeaPoints!: number;
  @Field(() => Int) usefulContributionPoints!: number;
  @Field(() => Int) helpfulRecommendationPoints!: number;
}

@ObjectType('Recommendation')
export class RecommendationModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) shopId!: string;
  @Field() shopName!: string;
  @Field() authorName!: string;
  @Field() text!: string;
  @Field(() => RecommendationStatus) status!: RecommendationStatus;
  @Field() helpful!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType('CoCreatedProduct', { description: 'A featured product marked "co-created with our customers".' })
export class CoCreatedProductModel {
  @Field(() => ID) productId!: string;
  @Field() productName!: string;
  @Field(() => ID) ideaId!: string;
  @Field() ideaTitle!: string;
  @Field(() => Int) sharePercent!: number;
}
