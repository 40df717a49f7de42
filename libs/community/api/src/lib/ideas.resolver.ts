import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdeaStatus } from '@assoc/community-domain';
import { Allow, AppError, CurrentMember, Member, Permission, RequestLocale } from '@assoc/platform-api';
import { Locale } from '@assoc/platform-domain';
import { AuthorNames } from './author-names.service';
import {
  AdoptIdeaInput,
  AnswerIdeaInput,
  CommentIdeaInput,
  ProposeIdeaInput,
  UpdateCommunitySettingsInput,
} from './community.inputs';
import { CommunitySettingsModel, IdeaCommentModel, IdeaConnectionModel, IdeaModel } from './community.models';
import { CommunitySettingsService } from './community-settings.service';
import { member as asMember } from './contributor';
import { IdeaOutcomes } from './idea-outcomes.service';
import { IdeasService, IdeaView } from './ideas.service';

/** The ideas box for members and the board (the logged-in app). */
@Resolver()
export class IdeasResolver {
  constructor(
    private readonly box: IdeasService,
    private readonly names: AuthorNames,
    private readonly outcomes: IdeaOutcomes,
    private readonly settings: CommunitySettingsService,
  ) {}

  @Allow(Permission.ViewIdeas)
  @Query(() => IdeaConnectionModel, { description: 'The ideas box, newest first; `status` or adopted ones only.' })
  async ideas(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('status', { type: () => IdeaStatus, nullable: true }) status?: IdeaStatus | null,
    @Args('adopted', { nullable: true, description: 'Only ideas turned into a project or a campaign.' })
    adopted?: boolean,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<IdeaConnectionModel> {
    if (first < 1 || first > 50) throw AppError.field('first', 'max', { max: 50 });
    const page = await this.box.list(
      member.associationId,
      asMember(member.membershipId),
      adopted ? 'ADOPTED' : (status ?? null),
      first,
      after,
    );
    return {
      nodes: await this.models(member, locale, page.nodes),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Allow(Permission.ViewIdeas)
  @Query(() => IdeaModel)
  async idea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IdeaModel> {
    const idea = await this.box.get(member.associationId, asMember(member.membershipId), id);
    return (await this.models(member, locale, [idea]))[0];
  }

  @Allow(Permission.ViewIdeas)
  @Query(() => [IdeaCommentModel], { description: 'An idea’s comments, oldest first.' })
  async ideaComments(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<IdeaCommentModel[]> {
    await this.box.get(member.associationId, null, ideaId);
    const comments = await this.box.comments(member.associationId, ideaId);
    const name = await this.names.of(member.associationId, comments, locale);
    return comments.map((c) => {
      const author = name(c);
      return {
        id: c.id,
        ideaId: c.ideaId,
        body: c.body,
        authorName: author.name,
        authorIsCustomer: author.isCustomer,
        useful: c.usefulAt !== null,
        createdAt: c.createdAt,
      };
    });
  }

  @Allow(Permission.ProposeIdeas)
  @Mutation(() => IdeaModel)
  async proposeIdea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('input') input: ProposeIdeaInput,
  ): Promise<IdeaModel> {
    const id = await this.box.propose(member.associationId, asMember(member.membershipId), input);
    return this.idea(member, locale, id);
  }

  @Allow(Permission.ProposeIdeas)
  @Mutation(() => IdeaModel, { description: 'One support per person: supporting again changes nothing.' })
  async supportIdea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<IdeaModel> {
    await this.box.support(member.associationId, asMember(member.membershipId), ideaId);
    return this.idea(member, locale, ideaId);
  }

  @Allow(Permission.ProposeIdeas)
  @Mutation(() => IdeaModel)
  async withdrawIdeaSupport(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<IdeaModel> {
    await this.box.withdrawSupport(member.associationId, asMember(member.membershipId), ideaId);
    return this.idea(member, locale, ideaId);
  }

  @Allow(Permission.ProposeIdeas)
  @Mutation(() => IdeaCommentModel)
  async commentIdea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('input') input: CommentIdeaInput,
  ): Promise<IdeaCommentModel> {
    const comment = await this.box.comment(
      member.associationId,
      asMember(member.membershipId),
      input.ideaId,
      input.body,
    );
    const all = await this.ideaComments(member, locale, comment.ideaId);
    return all.find((c) => c.id === comment.id) as IdeaCommentModel;
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => IdeaModel, { description: 'The board’s answer with its reason; the author is told.' })
  async answerIdea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('input') input: AnswerIdeaInput,
  ): Promise<IdeaModel> {
    await this.box.answer(member, input);
    return this.idea(member, locale, input.ideaId);
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => IdeaModel, {
    description:
      'Turns an accepted idea into a draft joint project or campaign, once; its customer author earns points.',
  })
  async adoptIdea(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('input') input: AdoptIdeaInput,
  ): Promise<IdeaModel> {
    await this.box.adopt(member, input);
    return this.idea(member, locale, input.ideaId);
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => IdeaModel, { description: 'Marks an idea useful (once): its customer author earns points.' })
  async markIdeaUseful(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('ideaId', { type: () => ID }) ideaId: string,
  ): Promise<IdeaModel> {
    await this.box.markIdeaUseful(member, ideaId);
    return this.idea(member, locale, ideaId);
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => IdeaCommentModel, { description: 'Marks a comment useful (once): its customer author earns points.' })
  async markCommentUseful(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
    @Args('commentId', { type: () => ID }) commentId: string,
  ): Promise<IdeaCommentModel> {
    const comment = await this.box.markCommentUseful(member, commentId);
    const all = await this.ideaComments(member, locale, comment.ideaId);
    return all.find((c) => c.id === comment.id) as IdeaCommentModel;
  }

  @Allow(Permission.ViewIdeas)
  @Query(() => CommunitySettingsModel)
  communitySettings(@Member() member: CurrentMember): Promise<CommunitySettingsModel> {
    return this.settings.get(member.associationId);
  }

  @Allow(Permission.AnswerIdeas)
  @Mutation(() => CommunitySettingsModel)
  updateCommunitySettings(
    @Member() member: CurrentMember,
    @Args('input') input: UpdateCommunitySettingsInput,
  ): Promise<CommunitySettingsModel> {
    return this.settings.update(member, input);
  }

  private async models(member: CurrentMember, locale: Locale, ideas: IdeaView[]): Promise<IdeaModel[]> {
    const [name, outcomes] = await Promise.all([
      this.names.of(member.associationId, ideas, locale),
      this.outcomes.of(member.associationId, ideas),
    ]);
    return ideas.map((i) => {
      const author = name(i);
      const outcome = outcomes.get(i.id);
      return {
        id: i.id,
        title: i.title,
        description: i.description,
        kind: i.kind,
        status: i.status,
        authorName: author.name,
        authorIsCustomer: author.isCustomer,
        mine: i.authorMembershipId === member.membershipId,
        answerReason: i.answerReason,
        answeredAt: i.answeredAt,
        useful: i.usefulAt !== null,
        supportCount: i.supportCount,
        commentCount: i.commentCount,
        supportedByMe: i.supportedByViewer,
        adoptedAt: i.adoptedAt,
        outcome: outcome
          ? {
              kind: outcome.kind,
              id: outcome.id,
              title: outcome.title,
              projectStatus: outcome.projectStatus,
              campaignStatus: outcome.campaignStatus,
              startsAt: outcome.startsAt,
              endsAt: outcome.endsAt,
            }
          : null,
        createdAt: i.createdAt,
      };
    });
  }
}
