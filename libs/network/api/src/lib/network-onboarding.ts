import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OnboardingSteps } from '@assoc/associations-api';
import { DataSource } from 'typeorm';
import { CommentEntity } from './comment.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostEntity } from './post.entity';

/**
 * A new member's "read the feed" step (issue 16): done once they have taken part in it, a post, a comment or a
 * reaction of theirs in this association (opening the page leaves no trace to read, and is not much of a first step).
 */
@Injectable()
export class NetworkOnboarding implements OnModuleInit {
  constructor(
    private readonly onboarding: OnboardingSteps,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      key: 'feed',
      audience: 'member',
      order: 30,
      link: '/feed',
      done: ({ membershipId }) => this.hasTakenPart(membershipId),
    });
  }

  /** Has this membership posted, commented or reacted (one statement)? */
  async hasTakenPart(membershipId: string): Promise<boolean> {
    const { manager } = this.dataSource;
    const [{ exists }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM ${manager.getRepository(PostEntity).metadata.tableName} WHERE "authorMembershipId" = $1)
           OR EXISTS (SELECT 1 FROM ${manager.getRepository(CommentEntity).metadata.tableName} WHERE "authorMembershipId" = $1)
           OR EXISTS (SELECT 1 FROM ${manager.getRepository(PostReactionEntity).metadata.tableName} WHERE "membershipId" = $1) AS exists`,
      [membershipId],
    );
    return exists;
  }
}
