import { inject, Injectable } from '@angular/core';
import type {
  AdoptIdeaInput,
  AnswerIdeaInput,
  CommentIdeaInput,
  IdeaStatus,
  MarkCoCreatedProductInput,
  ProposeIdeaInput,
  RecommendationStatus,
  UpdateCommunitySettingsInput,
} from '@assoc/platform-web/core';
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  AdoptIdeaDocument,
  AnswerIdeaDocument,
  CoCreatedProductFieldsFragment,
  CommentIdeaDocument,
  CommunitySettingsDocument,
  CommunitySettingsQuery,
  IdeaCommentFieldsFragment,
  IdeaDocument,
  IdeaFieldsFragment,
  IdeasDocument,
  IdeasQuery,
  MarkCoCreatedProductDocument,
  MarkCommentUsefulDocument,
  MarkIdeaUsefulDocument,
  MarkRecommendationHelpfulDocument,
  ModerateRecommendationDocument,
  MyCoCreatedProductsDocument,
  MyCoCreatedProductsQuery,
  MyShopRecommendationsDocument,
  ProposeIdeaDocument,
  RecommendationFieldsFragment,
  RecommendationsDocument,
  SupportIdeaDocument,
  UnmarkCoCreatedProductDocument,
  UpdateCommunitySettingsDocument,
  WithdrawIdeaSupportDocument,
} from '../graphql/community.generated';

export type Idea = IdeaFieldsFragment;
export type IdeaComment = IdeaCommentFieldsFragment;
export type IdeasPage = IdeasQuery['ideas'];
export type CommunitySettings = CommunitySettingsQuery['communitySettings'];
export type Recommendation = RecommendationFieldsFragment;
export type CoCreatedProduct = CoCreatedProductFieldsFragment;
export type CoCreatedContext = MyCoCreatedProductsQuery;

/** What a list shows: every idea, one state, or the adopted ones. */
export type IdeaFilter = IdeaStatus | 'ADOPTED' | null;

/**
 * The ideas box's reads and writes. Reads are watched (`cache-and-network`); a mutation answers the changed
 * idea (same id: the cache updates every list showing it), and a new idea or comment reads the lists again.
 */
@Injectable({ providedIn: 'root' })
export class CommunityData {
  private readonly apollo = inject(Apollo);

  ideas(filter: IdeaFilter, after: string | null): Observable<IdeasPage> {
    return this.apollo
      .watchQuery({
        query: IdeasDocument,
        variables: {
          status: filter && filter !== 'ADOPTED' ? filter : null,
          adopted: filter === 'ADOPTED' ? true : null,
          first: 20,
          after,
        },
        fetchPolicy: 'cache-and-network',
      })
      .valueChanges.pipe(completeData((data) => data.ideas));
  }

  idea(id: string): Observable<{ idea: Idea; comments: IdeaComment[] }> {
    return this.apollo
      .watchQuery({ query: IdeaDocument, variables: { id }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => ({ idea: data.idea, comments: data.ideaComments })));
  }

  propose(input: ProposeIdeaInput): Observable<Idea> {
    return this.apollo
      .mutate({ mutation: ProposeIdeaDocument, variables: { input }, refetchQueries: ['Ideas'] })
      .pipe(resultData((data) => data.proposeIdea));
  }

  support(ideaId: string, supported: boolean): Observable<Idea> {
    return supported
      ? this.apollo
          .mutate({ mutation: SupportIdeaDocument, variables: { ideaId } })
          .pipe(resultData((data) => data.supportIdea))
      : this.apollo
          .mutate({ mutation: WithdrawIdeaSupportDocument, variables: { ideaId } })
          .pipe(resultData((data) => data.withdrawIdeaSupport));
  }

  comment(input: CommentIdeaInput): Observable<IdeaComment> {
    return this.apollo
      .mutate({
        mutation: CommentIdeaDocument,
        variables: { input },
        refetchQueries: ['Idea'],
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.commentIdea));
  }

  answer(input: AnswerIdeaInput): Observable<Idea> {
    return this.apollo
      .mutate({ mutation: AnswerIdeaDocument, variables: { input }, refetchQueries: ['Ideas'] })
      .pipe(resultData((data) => data.answerIdea));
  }

  adopt(input: AdoptIdeaInput): Observable<Idea> {
    return this.apollo
      .mutate({ mutation: AdoptIdeaDocument, variables: { input }, refetchQueries: ['Ideas'] })
      .pipe(resultData((data) => data.adoptIdea));
  }

  markIdeaUseful(ideaId: string): Observable<Idea> {
    return this.apollo
      .mutate({ mutation: MarkIdeaUsefulDocument, variables: { ideaId } })
      .pipe(resultData((data) => data.markIdeaUseful));
  }

  markCommentUseful(commentId: string): Observable<IdeaComment> {
    return this.apollo
      .mutate({ mutation: MarkCommentUsefulDocument, variables: { commentId } })
      .pipe(resultData((data) => data.markCommentUseful));
  }

  settings(): Observable<CommunitySettings> {
    return this.apollo
      .watchQuery({ query: CommunitySettingsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.communitySettings));
  }

  updateSettings(input: UpdateCommunitySettingsInput): Observable<CommunitySettings> {
    return this.apollo
      .mutate({
        mutation: UpdateCommunitySettingsDocument,
        variables: { input },
        refetchQueries: ['CommunitySettings'],
      })
      .pipe(resultData((data) => data.updateCommunitySettings));
  }

  recommendations(status: RecommendationStatus | null): Observable<Recommendation[]> {
    return this.apollo
      .watchQuery({ query: RecommendationsDocument, variables: { status }, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.recommendations));
  }

  myShopRecommendations(): Observable<Recommendation[]> {
    return this.apollo
      .watchQuery({ query: MyShopRecommendationsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data.myShopRecommendations));
  }

  moderate(id: string, publish: boolean): Observable<Recommendation> {
    return this.apollo
      .mutate({
        mutation: ModerateRecommendationDocument,
        variables: { id, publish },
        refetchQueries: ['Recommendations'],
      })
      .pipe(resultData((data) => data.moderateRecommendation));
  }

  markHelpful(id: string): Observable<Recommendation> {
    return this.apollo
      .mutate({ mutation: MarkRecommendationHelpfulDocument, variables: { id } })
      .pipe(resultData((data) => data.markRecommendationHelpful));
  }

  coCreated(): Observable<CoCreatedContext> {
    return this.apollo
      .watchQuery({ query: MyCoCreatedProductsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges.pipe(completeData((data) => data));
  }

  markCoCreated(input: MarkCoCreatedProductInput): Observable<CoCreatedProduct> {
    return this.apollo
      .mutate({
        mutation: MarkCoCreatedProductDocument,
        variables: { input },
        refetchQueries: ['MyCoCreatedProducts'],
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.markCoCreatedProduct));
  }

  unmarkCoCreated(productId: string): Observable<boolean> {
    return this.apollo
      .mutate({
        mutation: UnmarkCoCreatedProductDocument,
        variables: { productId },
        refetchQueries: ['MyCoCreatedProducts'],
        awaitRefetchQueries: true,
      })
      .pipe(resultData((data) => data.unmarkCoCreatedProduct));
  }
}
