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
import { completeData, resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { from, map, Observable } from 'rxjs';
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
import { countComment, evict, insertComment, insertPostIntoFeeds, removePostFromFeeds } from './network.cache';

export type FeedPage = FeedQuery['feed'];
export type CommentsPage = CommentsQuery['comments'];
export type Reactor = ReactorsQuery['reactors'][number];
export type SearchHit = SearchQuery['search'][number];
export type MentionCandidate = MentionCandidatesQuery['directory']['nodes'][number];

/** A watched paginated list: each version of its pages so far, and a way to load the next one into it. */
export interface Paged<T> {
  readonly page: Observable<T>;
  more(after: string): Observable<void>;
}

/**
 * The network's GraphQL operations (posts, comments, reactions, topics, search). Page reads watch the
 * cache (`cache-and-network`): going back to the feed or a post shows it at once and the server's
 * answer follows behind. Mutations answer with the changed post or comment and its id, so Apollo
 * updates every cached copy, and change the cached lists themselves (network.cache.ts): a published
 * post goes into the feeds, a hidden or deleted one leaves them, a comment counts on its post.
 */
@Injectable({ providedIn: 'root' })
export class NetworkData {
  private readonly apollo = inject(Apollo);

  /** The topics from the server now (the topics page edits its list after each change). */
  topics(): Observable<TopicFieldsFragment[]> {
    return this.apollo.query({ query: TopicsDocument }).pipe(resultData((data) => data.topics));
  }

  /** The topics, watched: the feed's filter shows them at once from the cache. */
  watchedTopics(): Observable<TopicFieldsFragment[]> {
    return this.apollo.watchQuery({ query: TopicsDocument }).valueChanges.pipe(completeData((data) => data.topics));
  }

  /** The feed (of one topic, or all), watched; `more` appends the next page to the cached list. */
  feed(topicId: string | null, first: number): Paged<FeedPage> {
    const ref = this.apollo.watchQuery({ query: FeedDocument, variables: { topicId, first, after: null } });
    return {
      page: ref.valueChanges.pipe(completeData((data) => data.feed)),
      more: (after) => from(ref.fetchMore({ variables: { after } })).pipe(map(() => undefined)),
    };
  }

  /** A post, watched; one the feed showed is read from the cache at once (type policy `post`). */
  post(id: string): Observable<PostFieldsFragment> {
    return this.apollo
      .watchQuery({ query: PostDocument, variables: { id } })
      .valueChanges.pipe(completeData((data) => data.post));
  }

  /** A post's comments, watched; `more` appends the next page to the cached list. */
  comments(postId: string, first: number): Paged<CommentsPage> {
    const ref = this.apollo.watchQuery({ query: CommentsDocument, variables: { postId, first, after: null } });
    return {
      page: ref.valueChanges.pipe(completeData((data) => data.comments)),
      more: (after) => from(ref.fetchMore({ variables: { after } })).pipe(map(() => undefined)),
    };
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
      .mutate({
        mutation: CreatePostDocument,
        variables: { input },
        update: (cache, { data }) => data && insertPostIntoFeeds(cache, data.createPost),
      })
      .pipe(resultData((data) => data.createPost));
  }

  updatePost(input: UpdatePostInput): Observable<PostFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdatePostDocument, variables: { input } })
      .pipe(resultData((data) => data.updatePost));
  }

  deletePost(id: string): Observable<void> {
    return this.apollo
      .mutate({ mutation: DeletePostDocument, variables: { id }, update: (cache) => evict(cache, 'Post', id) })
      .pipe(map(() => undefined));
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
      .mutate({
        mutation: HidePostDocument,
        variables: { input },
        update: (cache) => removePostFromFeeds(cache, input.id),
      })
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
      .mutate({
        mutation: CreateCommentDocument,
        variables: { input },
        update: (cache, { data }) => data && insertComment(cache, data.createComment),
      })
      .pipe(resultData((data) => data.createComment));
  }

  updateComment(input: UpdateCommentInput): Observable<CommentFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateCommentDocument, variables: { input } })
      .pipe(resultData((data) => data.updateComment));
  }

  /** Deletes a comment (of post `postId`): it leaves the cached lists and the post counts one fewer. */
  deleteComment(id: string, postId: string): Observable<void> {
    return this.apollo
      .mutate({
        mutation: DeleteCommentDocument,
        variables: { id },
        update: (cache) => {
          evict(cache, 'Comment', id);
          countComment(cache, postId, -1);
        },
      })
      .pipe(map(() => undefined));
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
