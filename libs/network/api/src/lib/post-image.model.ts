import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PostImage')
export class PostImageModel {
  @Field(() => ID) id!: string;
  @Field({
    description: 'Relative URL /api/network/images/:id, served only to those who may read the post (session cookie).',
  })
  url!: string;
}
