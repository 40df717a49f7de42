import { MembershipEntity } from '@assoc/associations-api';
import { IdeaKind, IdeaOutcomeKind, IdeaStatus } from '@assoc/community-domain';
import { AssociationScopedEntity } from '@assoc/platform-api';
import { Check, Column, Entity, Index, ManyToOne } from 'typeorm';

/**
 * An idea of the ideas box (issue 17), proposed by a member (`authorMembershipId`) or a customer
 * (`authorCustomerId`); both null once its author's data was erased (shown as a former member or customer).
 * The board answers it (`status`, `answerReason`); an accepted idea is adopted once (`adoptedAt`), becoming a
 * joint project (`projectId`) or a campaign (`campaignId`), read back through their domains' services.
 */
@Entity('community_ideas')
@Index('community_ideas_by_time', ['associationId', 'createdAt'])
@Check('community_ideas_one_author', `"authorMembershipId" IS NULL OR "authorCustomerId" IS NULL`)
@Check(
  'community_ideas_adopted_once',
  `("adoptedAt" IS NULL) = ("outcomeKind" IS NULL) AND ("projectId" IS NULL OR "campaignId" IS NULL)`,
)
export class IdeaEntity extends AssociationScopedEntity {
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column({ type: 'enum', enum: IdeaKind, enumName: 'community_idea_kind' }) kind!: IdeaKind;
  @Column({ type: 'enum', enum: IdeaStatus, enumName: 'community_idea_status', default: IdeaStatus.OPEN })
  status!: IdeaStatus;
  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL', nullable: true }) authorMembership?: MembershipEntity;
  @Index() @Column('uuid', { nullable: true }) authorMembershipId!: string | null;
  /** The customers domain's customer (no foreign key: its erasure goes through `CustomerDataSources`). */
  @Index() @Column('uuid', { nullable: true }) authorCustomerId!: string | null;
  @Column('text', { nullable: true }) answerReason!: string | null;
  @Column('timestamptz', { nullable: true }) answeredAt!: Date | null;
  @Column('uuid', { nullable: true }) answeredByMembershipId!: string | null;
  /** The board marked the idea itself useful (its customer author earned points once). */
  @Column('timestamptz', { nullable: true }) usefulAt!: Date | null;
  @Column('timestamptz', { nullable: true }) adoptedAt!: Date | null;
  @Column({ type: 'enum', enum: IdeaOutcomeKind, enumName: 'community_idea_outcome', nullable: true })
  outcomeKind!: IdeaOutcomeKind | null;
  @Index({ unique: true, where: '"projectId" IS NOT NULL' }) @Column('uuid', { nullable: true }) projectId!:
    string | null;
  @Index({ unique: true, where: '"campaignId" IS NOT NULL' }) @Column('uuid', { nullable: true }) campaignId!:
    string | null;
  @Column('timestamptz', { nullable: true }) updatedAt!: Date | null;
}

/** One person's support of an idea: a member or a customer, once each (unique indexes). */
@Entity('community_idea_supports')
@Index('community_idea_supports_member', ['ideaId', 'membershipId'], {
  unique: true,
  where: '"membershipId" IS NOT NULL',
})
@Index('community_idea_supports_customer', ['ideaId', 'customerId'], {
  unique: true,
  where: '"customerId" IS NOT NULL',
})
@Check('community_idea_supports_one_person', `("membershipId" IS NULL) <> ("customerId" IS NULL)`)
export class IdeaSupportEntity extends AssociationScopedEntity {
  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' }) idea?: IdeaEntity;
  @Column('uuid') ideaId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'CASCADE', nullable: true }) membership?: MembershipEntity;
  @Column('uuid', { nullable: true }) membershipId!: string | null;
  @Index() @Column('uuid', { nullable: true }) customerId!: string | null;
}

/** A comment on an idea, by a member or a customer (both null once erased); the board may mark it useful. */
@Entity('community_idea_comments')
@Index('community_idea_comments_by_idea', ['ideaId', 'createdAt'])
@Check('community_idea_comments_one_author', `"authorMembershipId" IS NULL OR "authorCustomerId" IS NULL`)
export class IdeaCommentEntity extends AssociationScopedEntity {
  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' }) idea?: IdeaEntity;
  @Column('uuid') ideaId!: string;
  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL', nullable: true }) authorMembership?: MembershipEntity;
  @Index() @Column('uuid', { nullable: true }) authorMembershipId!: string | null;
  @Index() @Column('uuid', { nullable: true }) authorCustomerId!: string | null;
  @Column('text') body!: string;
  @Column('timestamptz', { nullable: true }) usefulAt!: Date | null;
}
