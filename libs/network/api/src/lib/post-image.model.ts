import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PostImage')
export class PostImageModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Relative URL under /uploads/posts/.' }) url!: string;
}
