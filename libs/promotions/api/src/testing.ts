import { CampaignChannel, CampaignStatus, OfferKind, OfferStatus } from '@assoc/promotions-domain';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CampaignEntity } from './lib/campaign.entity';
import { CampaignOfferEntity } from './lib/campaign-offer.entity';

/**
 * Fixtures for other domains' tests (the widgets' feeds and showcase): a campaign in any phase of its life and
 * a shop's offer in it, written by promotions itself, so those tests never build promotions' rows. Exported by
 * the library's index: it imports the test kit's types only (see `PromotionsTestApp`).
 */

/** What the helpers need of the test kit's `TestApp` (which satisfies it), declared here so the API's build never pulls the test kit in. */
export interface PromotionsTestApp {
  dataSource: DataSource;
  clock: { nowMs(): number };
}

export type CampaignPhase = 'DRAFT' | 'ENROLLING' | 'PUBLISHED' | 'RUNNING' | 'FINISHED' | 'CANCELLED';

/** A campaign a test made: what an offer in it needs. */
export interface TestCampaign {
  id: string;
  associationId: string;
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** Enrolment deadline, start and end from the API's now, per phase (the clock decides the phase; a test cannot wait for it). */
const PHASE_TIMES: Record<CampaignPhase, [number, number, number]> = {
  DRAFT: [DAY, 2 * DAY, 3 * DAY],
  ENROLLING: [DAY, 2 * DAY, 3 * DAY],
  PUBLISHED: [-HOUR, DAY, 2 * DAY],
  RUNNING: [-2 * HOUR, -HOUR, DAY],
  FINISHED: [-3 * DAY, -2 * DAY, -HOUR],
  CANCELLED: [-2 * HOUR, -HOUR, DAY],
};

/** A campaign of `associationId`, created by `createdByMembershipId`, in `phase` at the API's now. */
export async function insertTestCampaign(
  api: PromotionsTestApp,
  campaign: { associationId: string; createdByMembershipId: string; title: string; phase: CampaignPhase },
): Promise<TestCampaign> {
  const { associationId, createdByMembershipId, title, phase } = campaign;
  const now = api.clock.nowMs();
  const [deadline, start, end] = PHASE_TIMES[phase].map((offset) => new Date(now + offset));
  const manager = api.dataSource.manager;
  const saved = await manager.save(
    manager.create(CampaignEntity, {
      associationId,
      createdByMembershipId,
      title,
      theme: '',
      description: '',
      coverFile: null,
      startsAt: start,
      endsAt: end,
      enrolmentDeadline: deadline,
      channels: CampaignChannel.BOTH,
      minDiscountPercent: null,
      invitedTrades: [],
      status:
        phase === 'CANCELLED'
          ? CampaignStatus.CANCELLED
          : phase === 'DRAFT'
            ? CampaignStatus.DRAFT
            : CampaignStatus.PUBLISHED,
      slug: randomBytes(16).toString('base64url'),
      publishedAt: phase === 'DRAFT' ? null : new Date(now - 5 * DAY),
      cancelledAt: phase === 'CANCELLED' ? new Date(now - HOUR) : null,
      cancelReason: phase === 'CANCELLED' ? 'Météo' : null,
      updatedAt: null,
    }),
  );
  return { id: saved.id, associationId: saved.associationId };
}

/** A shop's percent-off offer in `campaign`, in `status` (a rejected one with its reason). */
export async function insertTestOffer(
  api: PromotionsTestApp,
  campaign: TestCampaign,
  offer: { shopId: string; ownerMembershipId: string; status: OfferStatus; percentOff: number },
): Promise<{ id: string }> {
  const manager = api.dataSource.manager;
  const saved = await manager.save(
    manager.create(CampaignOfferEntity, {
      associationId: campaign.associationId,
      campaignId: campaign.id,
      shopId: offer.shopId,
      ownerMembershipId: offer.ownerMembershipId,
      kind: OfferKind.PERCENT_OFF,
      percentOff: offer.percentOff,
      amountOffCents: null,
      description: '',
      conditions: '',
      maxUses: null,
      onePerCustomer: false,
      online: false,
      onlineUrl: null,
      status: offer.status,
      reviewReason: offer.status === OfferStatus.REJECTED ? 'Hors thème' : null,
      reviewedAt: null,
      reviewedByMembershipId: null,
      code: randomBytes(6).toString('hex').toUpperCase(),
      redemptionCount: 0,
      updatedAt: null,
    }),
  );
  return { id: saved.id };
}
