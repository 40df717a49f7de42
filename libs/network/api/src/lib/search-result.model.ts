import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchResultType {
  POST = 'POST',
  COMMENT = 'COMMENT',
  MEMBER = 'MEMBER',
}
registerEnumType(SearchResultType, {
  name: 'SearchResultType',
  description: 'What a search result opens: a post, a comment (in its post) or a member page.',
});

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => SearchResultType) type!: SearchResultType;
  @Field(() => ID, { description: 'The post, comment or membership id.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The post to open (for posts and comments).' }) postId!:
    string | null;
  @Field(() => ID, { description: 'The author (posts, comments) or the member found.' }) membershipId!: string;
  @Field({ description: "Author's name (posts, comments); shop or person name (members)." }) title!: string;
  @Field({ description: 'HTML-safe extract: everything escaped except <mark>…</mark> around matched words.' })
  snippet!: string;
  @Field(() => Date, { nullable: true }) createdAt!: Date | null;
  @Field(() => Float) rank!: number;
}
