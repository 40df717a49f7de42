import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { maySeeTopic, seesOnlyOpenTopics } from '@assoc/network-domain';
import { AppError, Clock, CurrentMember, isUniqueViolation } from '@assoc/platform-api';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { CreateTopicInput } from './create-topic.input';
import { TopicEntity } from './topic.entity';
import { UpdateTopicInput } from './update-topic.input';

/** The association's topics, managed by the president and board. */
@Injectable()
export class TopicsService {
  constructor(
    @InjectRepository(TopicEntity) private readonly topics: Repository<TopicEntity>,
    private readonly clock: Clock,
  ) {}

  /** Active topics (and archived ones if asked), by position then name; consultants see only those open to them. */
  list(member: CurrentMember, includeArchived: boolean): Promise<TopicEntity[]> {
    return this.topics.find({
      where: {
        associationId: member.associationId,
        ...(includeArchived ? {} : { archivedAt: IsNull() }),
        ...(seesOnlyOpenTopics(member.role) ? { openToConsultants: true } : {}),
      },
      order: { position: 'ASC', name: 'ASC' },
    });
  }

  async create(member: CurrentMember, input: CreateTopicInput): Promise<TopicEntity> {
    const name = input.name.trim();
    if (!name) throw AppError.field('name', 'isNotEmpty');
    const last = await this.topics.findOne({
      where: { associationId: member.associationId },
      order: { position: 'DESC' },
    });
    return this.saveUnique(
      this.topics.create({
        associationId: member.associationId,
        name,
        openToConsultants: input.openToConsultants,
        position: (last?.position ?? -1) + 1,
        archivedAt: null,
      }),
    );
  }

  async update(member: CurrentMember, input: UpdateTopicInput): Promise<TopicEntity> {
    const topic = await this.get(member, input.id);
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (!name) throw AppError.field('name', 'isNotEmpty');
      topic.name = name;
    }
    if (input.openToConsultants !== undefined) topic.openToConsultants = input.openToConsultants;
    if (input.position !== undefined) topic.position = input.position;
    return this.saveUnique(topic);
  }

  async archive(member: CurrentMember, id: string): Promise<TopicEntity> {
    const topic = await this.get(member, id);
    if (!topic.archivedAt) {
      topic.archivedAt = this.clock.now();
      await this.topics.update({ id: topic.id, associationId: member.associationId }, { archivedAt: topic.archivedAt });
    }
    return topic;
  }

  /**
   * The topic a new post goes to: an active topic of the caller's association (BAD_USER_INPUT
   * `topicId` otherwise, even when it exists elsewhere) that the caller's role may write in.
   */
  async forNewPost(
    manager: EntityManager,
    member: CurrentMember,
    topicId: string | null | undefined,
  ): Promise<TopicEntity | null> {
    const topic = topicId
      ? await manager.findOne(TopicEntity, {
          where: { id: topicId, associationId: member.associationId, archivedAt: IsNull() },
        })
      : null;
    if (topicId && !topic) throw AppError.field('topicId', 'topicNotFound');
    if (!maySeeTopic(member.role, topic)) throw AppError.field('topicId', 'topicClosedToConsultants');
    return topic;
  }

  /** Topics by id within one association, in the order asked (for the per-request loader). */
  async byIds(associationId: string, ids: readonly string[]): Promise<(TopicEntity | null)[]> {
    const found = await this.topics.find({ where: { associationId, id: In([...ids]) } });
    const byId = new Map(found.map((t) => [t.id, t]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async get(member: CurrentMember, id: string): Promise<TopicEntity> {
    const topic = await this.topics.findOne({ where: { id, associationId: member.associationId } });
    if (!topic) throw AppError.notFound();
    return topic;
  }

  private async saveUnique(topic: TopicEntity): Promise<TopicEntity> {
    try {
      return await this.topics.save(topic);
    } catch (error) {
      if (isUniqueViolation(error, 'topics_active_name_unique')) throw AppError.conflict('name', 'topicNameTaken');
      throw error;
    }
  }
}
