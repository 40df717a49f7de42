import { inject, Injectable } from '@angular/core';
import type {
  CreateCommentInput,
  CreatePostInput,
  CreateTopicInput,
  HideContentInput,
  ReactionEmoji,
  ReactionInput,
  UpdateCommentInput,
  UpdatePostInput,
  UpdateTopicInput,
} from '@assoc/platform-web/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { map, Observable } from 'rxjs';
import {
  ArchiveTopicDocument,
  CommentFieldsFragment,
  CommentsDocument,
  CommentsQuery,
  CreateCommentDocument,
  CreatePostDocument,
  CreateTopicDocument,
  DeleteCommentDocument,
  DeletePostDocument,
  FeedDocument,
  FeedQuery,
  HideCommentDocument,
  HidePostDocument,
  MentionCandidatesDocument,
  MentionCandidatesQuery,
  PinPostDocument,
  PostDocument,
  PostFieldsFragment,
  ReactorsDocument,
  ReactorsQuery,
  SearchDocument,
  SearchQuery,
  ToggleReactionDocument,
  TopicFieldsFragment,
  TopicsDocument,
  UnhideCommentDocument,
  UnhidePostDocument,
  UnpinPostDocument,
  UpdateCommentDocument,
  UpdatePostDocument,
  UpdateTopicDocument,
} from '../graphql/network.generated';

export type FeedPage = FeedQuery['feed'];
export type CommentsPage = CommentsQuery['comments'];
export type Reactor = ReactorsQuery['reactors'][number];
export type SearchHit = SearchQuery['search'][number];
export type MentionCandidate = MentionCandidatesQuery['directory']['nodes'][number];

/**
 * The network's GraphQL operations (posts, comments, reactions, topics, search). Mutations answer
 * with the changed post, comment or topic and its id, so Apollo updates every cached copy.
 *
 * Reads are one-shot from the server (the client's `query` default, `network-only`): the feed, a
 * post's comments and the topics are lists the pages keep and edit themselves (a published post
 * goes in after the pinned ones, a hidden one leaves), and a watched page would overwrite them.
 * Moving them into the cache needs a paginated `feed` field policy and list updates on create and
 * delete: not done yet.
 */
@Injectable({ providedIn: 'root' })
export class NetworkData {
  private readonly apollo = inject(Apollo);

  topics(): Observable<TopicFieldsFragment[]> {
    return this.apollo.query({ query: TopicsDocument }).pipe(resultData((data) => data.topics));
  }

  feed(topicId: string | null, first: number, after: string | null): Observable<FeedPage> {
    return this.apollo
      .query({ query: FeedDocument, variables: { topicId, first, after } })
      .pipe(resultData((data) => data.feed));
  }

  post(id: string): Observable<PostFieldsFragment> {
    return this.apollo.query({ query: PostDocument, variables: { id } }).pipe(resultData((data) => data.post));
  }

  comments(postId: string, first: number, after: string | null): Observable<CommentsPage> {
    return this.apollo
      .query({ query: CommentsDocument, variables: { postId, first, after } })
      .pipe(resultData((data) => data.comments));
  }

  reactors(postId: string, emoji: ReactionEmoji): Observable<Reactor[]> {
    return this.apollo
      .query({ query: ReactorsDocument, variables: { postId, emoji } })
      .pipe(resultData((data) => data.reactors));
  }

  search(query: string, first: number): Observable<SearchHit[]> {
    return this.apollo
      .query({ query: SearchDocument, variables: { query, first } })
      .pipe(resultData((data) => data.search));
  }

  /** Members whose name or shop matches, for an @mention. */
  mentionCandidates(search: string): Observable<MentionCandidate[]> {
    return this.apollo
      .query({ query: MentionCandidatesDocument, variables: { search } })
      .pipe(resultData((data) => data.directory.nodes));
  }

  createPost(input: CreatePostInput): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CreatePostDocument, variables: { input } })
      .pipe(resultData((data) => data.createPost));
  }

  updatePost(input: UpdatePostInput): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdatePostDocument, variables: { input } })
      .pipe(resultData((data) => data.updatePost));
  }

  deletePost(id: string): Observable<void> {
    return this.apollo.mutate({ mutation: DeletePostDocument, variables: { id } }).pipe(map(() => undefined));
  }

  pinPost(id: string): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: PinPostDocument, variables: { id } })
      .pipe(resultData((data) => data.pinPost));
  }

  unpinPost(id: string): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UnpinPostDocument, variables: { id } })
      .pipe(resultData((data) => data.unpinPost));
  }

  hidePost(input: HideContentInput): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: HidePostDocument, variables: { input } })
      .pipe(resultData((data) => data.hidePost));
  }

  unhidePost(id: string): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UnhidePostDocument, variables: { id } })
      .pipe(resultData((data) => data.unhidePost));
  }

  toggleReaction(input: ReactionInput): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ToggleReactionDocument, variables: { input } })
      .pipe(resultData((data) => data.toggleReaction));
  }

  createComment(input: CreateCommentInput): Observable<CommentFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CreateCommentDocument, variables: { input } })
      .pipe(resultData((data) => data.createComment));
  }

  updateComment(input: UpdateCommentInput): Observable<CommentFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateCommentDocument, variables: { input } })
      .pipe(resultData((data) => data.updateComment));
  }

  deleteComment(id: string): Observable<void> {
    return this.apollo.mutate({ mutation: DeleteCommentDocument, variables: { id } }).pipe(map(() => undefined));
  }

  hideComment(input: HideContentInput): Observable<CommentFieldsFragment> {
    return this.apollo
      .mutate({ mutation: HideCommentDocument, variables: { input } })
      .pipe(resultData((data) => data.hideComment));
  }

  unhideComment(id: string): Observable<CommentFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UnhideCommentDocument, variables: { id } })
      .pipe(resultData((data) => data.unhideComment));
  }

  createTopic(input: CreateTopicInput): Observable<TopicFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CreateTopicDocument, variables: { input } })
      .pipe(resultData((data) => data.createTopic));
  }

  updateTopic(input: UpdateTopicInput): Observable<TopicFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateTopicDocument, variables: { input } })
      .pipe(resultData((data) => data.updateTopic));
  }

  archiveTopic(id: string): Observable<TopicFieldsFragment> {
    return this.apollo
      .mutate({ mutation: ArchiveTopicDocument, variables: { id } })
      .pipe(resultData((data) => data.archiveTopic));
  }
}
