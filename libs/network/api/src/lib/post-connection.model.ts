import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '@assoc/platform-api';
import { PostModel } from './post.model';

@ObjectType('PostConnection')
export class PostConnection {
  @Field(() => [PostModel]) nodes!: PostModel[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
