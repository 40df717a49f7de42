import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { CreateTopicInput } from './create-topic.input';
import { toTopicModel } from './topic.mapper';
import { TopicModel } from './topic.model';
import { TopicsService } from './topics.service';
import { UpdateTopicInput } from './update-topic.input';

@Resolver(() => TopicModel)
export class TopicResolver {
  constructor(private readonly service: TopicsService) {}

  @Allow(Permission.ViewFeed)
  @Query(() => [TopicModel], {
    description: 'Topics of the current association by position; consultants get only those open to them.',
  })
  async topics(
    @Member() member: CurrentMember,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
  ): Promise<TopicModel[]> {
    return (await this.service.list(member, includeArchived)).map(toTopicModel);
  }

  @Allow(Permission.ManageTopics)
  @Mutation(() => TopicModel)
  async createTopic(@Args('input') input: CreateTopicInput, @Member() member: CurrentMember): Promise<TopicModel> {
    return toTopicModel(await this.service.create(member, input));
  }

  @Allow(Permission.ManageTopics)
  @Mutation(() => TopicModel, { description: 'Rename, open or close to consultants, move.' })
  async updateTopic(@Args('input') input: UpdateTopicInput, @Member() member: CurrentMember): Promise<TopicModel> {
    return toTopicModel(await this.service.update(member, input));
  }

  @Allow(Permission.ManageTopics)
  @Mutation(() => TopicModel, { description: 'Takes no new posts and leaves the list; its posts stay.' })
  async archiveTopic(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<TopicModel> {
    return toTopicModel(await this.service.archive(member, id));
  }
}
