import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@assoc/platform-api';
import { CommentModel } from './comment.model';

@ObjectType('CommentConnection')
export class CommentConnection {
  @Field(() => [CommentModel]) nodes!: CommentModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
