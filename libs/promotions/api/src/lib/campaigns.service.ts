import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, Clock, CurrentMember } from '@assoc/platform-api';
import {
  canApply,
  CampaignDraft,
  CampaignEvent,
  CampaignStatus,
  campaignProblems,
  deadlineProblems,
  CANCEL_REASON_MAX,
  isFinalStatus,
  publishProblems,
  statusAt,
} from '@assoc/promotions-domain';
import { DataSource, IsNull, Not } from 'typeorm';
import { CampaignAccess } from './campaign-access.service';
import { CampaignEntity } from './campaign.entity';
import { CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { newCampaignSlug } from './promotion-codes';
import { assertNoProblems } from './promotion-problems';

/** Campaigns by the president or board: draft, edit while a draft, publish to the shops, cancel. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccess,
    private readonly clock: Clock,
  ) {}

  /** The association's campaigns, latest start first; drafts only for those who manage campaigns. */
  list(member: CurrentMember): Promise<CampaignEntity[]> {
    return this.dataSource.manager.find(CampaignEntity, {
      where: {
        associationId: member.associationId,
        ...(this.access.isManager(member) ? {} : { publishedAt: Not(IsNull()) }),
      },
      order: { startsAt: 'DESC', id: 'ASC' },
    });
  }

  get(member: CurrentMember, id: string): Promise<CampaignEntity> {
    return this.access.campaign(this.dataSource.manager, member, id);
  }

  async create(member: CurrentMember, input: CreateCampaignInput): Promise<CampaignEntity> {
    const draft = this.draftOf(input);
    assertNoProblems([...campaignProblems(draft), ...deadlineProblems(draft, this.clock.now())]);
    const manager = this.dataSource.manager;
    return manager.save(
      manager.create(CampaignEntity, {
        ...draft,
        title: draft.title.trim(),
        theme: draft.theme.trim(),
        description: draft.description.trim(),
        invitedTrades: [...new Set(input.invitedTrades)],
        associationId: member.associationId,
        createdByMembershipId: member.membershipId,
        status: CampaignStatus.DRAFT,
        slug: newCampaignSlug(),
        coverFile: null,
        publishedAt: null,
        cancelledAt: null,
        cancelReason: null,
        updatedAt: null,
      }),
    );
  }

  async update(member: CurrentMember, input: UpdateCampaignInput): Promise<CampaignEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.campaign(manager, member, input.id, true, now);
      if (statusAt(campaign, now) !== CampaignStatus.DRAFT) throw AppError.field('id', 'campaignNotEditable');
      const draft = this.draftOf({
        ...campaign,
        ...definedOnly(input),
        minDiscountPercent:
          input.minDiscountPercent === undefined ? campaign.minDiscountPercent : input.minDiscountPercent,
      });
      // A deadline being set must be ahead; an old draft keeps its passed one until it is changed.
      const deadline = input.enrolmentDeadline === undefined ? [] : deadlineProblems(draft, now);
      assertNoProblems([...campaignProblems(draft), ...deadline]);
      Object.assign(campaign, draft, {
        title: draft.title.trim(),
        theme: draft.theme.trim(),
        description: draft.description.trim(),
        updatedAt: now,
      });
      if (input.invitedTrades) campaign.invitedTrades = [...new Set(input.invitedTrades)];
      return manager.save(campaign);
    });
  }

  /** DRAFT → ENROLLING: shops may enrol until the deadline, which must still be ahead. */
  async publish(member: CurrentMember, id: string): Promise<CampaignEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.campaign(manager, member, id, true, now);
      this.assertEvent(campaign, CampaignEvent.PUBLISH, now);
      assertNoProblems(publishProblems(this.draftOf(campaign), now));
      Object.assign(campaign, { publishedAt: now, updatedAt: now });
      campaign.status = statusAt(campaign, now);
      return manager.save(campaign);
    });
  }

  /** Any status but FINISHED or CANCELLED; the public page and every code stop at once. */
  async cancel(member: CurrentMember, id: string, reason: string): Promise<CampaignEntity> {
    const now = this.clock.now();
    const trimmed = reason.trim();
    if (!trimmed) throw AppError.field('reason', 'reasonRequired');
    if (trimmed.length > CANCEL_REASON_MAX) throw AppError.field('reason', 'maxLength', { max: CANCEL_REASON_MAX });
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.campaign(manager, member, id, true, now);
      this.assertEvent(campaign, CampaignEvent.CANCEL, now);
      Object.assign(campaign, {
        cancelledAt: now,
        cancelReason: trimmed,
        status: CampaignStatus.CANCELLED,
        updatedAt: now,
      });
      return manager.save(campaign);
    });
  }

  /** A new cover (stored by ImageStorage) until the campaign is over. */
  async setCover(member: CurrentMember, id: string, file: string): Promise<CampaignEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.access.campaign(manager, member, id, true, now);
      if (isFinalStatus(statusAt(campaign, now))) throw AppError.field('id', 'campaignOver');
      Object.assign(campaign, { coverFile: file, updatedAt: now });
      return manager.save(campaign);
    });
  }

  private assertEvent(campaign: CampaignEntity, event: CampaignEvent, now: Date): void {
    const from = statusAt(campaign, now);
    if (!canApply(from, event)) throw AppError.field('id', 'campaignTransitionNotAllowed', { from, event });
  }

  private draftOf(
    source: Omit<CampaignDraft, 'minDiscountPercent'> & { minDiscountPercent?: number | null },
  ): CampaignDraft {
    return {
      title: source.title,
      theme: source.theme,
      description: source.description,
      startsAt: source.startsAt,
      endsAt: source.endsAt,
      enrolmentDeadline: source.enrolmentDeadline,
      channels: source.channels,
      minDiscountPercent: source.minDiscountPercent ?? null,
    };
  }
}

/** The fields actually given (GraphQL leaves absent ones undefined). */
function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
