import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { AnnouncementsService } from './announcements.service';
import { toPostModel } from './post.mapper';
import { PostModel } from './post.model';

@Resolver(() => PostModel)
export class AnnouncementResolver {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Allow(Permission.Moderate)
  @Mutation(() => PostModel, {
    description: 'Pins a post as an announcement (shown first) and notifies every member who can read it.',
  })
  async pinPost(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<PostModel> {
    return toPostModel(await this.announcements.pin(member, id), member);
  }

  @Allow(Permission.Moderate)
  @Mutation(() => PostModel)
  async unpinPost(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<PostModel> {
    return toPostModel(await this.announcements.unpin(member, id), member);
  }
}
