import { CashmobStatus, DEFAULT_SPEND_MAX_CENTS, DEFAULT_SPEND_MIN_CENTS } from '@assoc/cashmobs-domain';
import { newSecretToken } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { CashmobEntity } from './cashmob.entity';

/** A demo cashmob, published at `publishedAt`. */
export interface DemoPublishedCashmob {
  associationId: string;
  shopId: string;
  hostMembershipId: string;
  organiserMembershipId: string;
  startsAt: Date;
  endsAt: Date;
  meetingPoint: string;
  capacity: number | null;
  message: string;
  publishedAt: Date;
}

/** How the demo association's cashmobs are written (the API's demo seeder orchestrates, inside its transaction). */
export const CashmobsDemo = {
  /** Creates the cashmob published and open for sign-ups (default spend range, a fresh public slug). */
  async addPublished(manager: EntityManager, cashmob: DemoPublishedCashmob): Promise<void> {
    const { publishedAt, ...rest } = cashmob;
    await manager.insert(CashmobEntity, {
      ...rest,
      status: CashmobStatus.PUBLISHED,
      spendMinCents: DEFAULT_SPEND_MIN_CENTS,
      spendMaxCents: DEFAULT_SPEND_MAX_CENTS,
      slug: newSecretToken(16),
      publishedAt,
    });
  },

  /** A completed cashmob with its result (published at `publishedAt`, completed when it ended); answers its id. */
  async addCompleted(
    manager: EntityManager,
    cashmob: Omit<DemoPublishedCashmob, 'capacity'> & {
      capacity: number;
      spendMinCents: number;
      spendMaxCents: number;
      salesCount: number;
      revenueCents: number;
      ordinaryRevenueCents: number;
      lastPosition: number;
      createdAt: Date;
    },
  ): Promise<string> {
    const c = cashmob;
    const [{ id }] = await manager.query(
      `INSERT INTO cashmobs ("associationId", "shopId", "hostMembershipId", "organiserMembershipId", status, "startsAt", "endsAt", "meetingPoint", "spendMinCents", "spendMaxCents", capacity, message, slug, "publishedAt", "salesCount", "revenueCents", "ordinaryRevenueCents", "completedAt", "lastPosition", "createdAt")
     VALUES ($1, $2, $3, $4, 'COMPLETED', $5, $6, $10, $11, $12, $13, $14, $7, $8, $15, $16, $17, $6, $18, $9) RETURNING id`,
      [
        c.associationId,
        c.shopId,
        c.hostMembershipId,
        c.organiserMembershipId,
        c.startsAt,
        c.endsAt,
        newSecretToken(16),
        c.publishedAt,
        c.createdAt,
        c.meetingPoint,
        c.spendMinCents,
        c.spendMaxCents,
        c.capacity,
        c.message,
        c.salesCount,
        c.revenueCents,
        c.ordinaryRevenueCents,
        c.lastPosition,
      ],
    );
    return id;
  },

  /** A confirmed sign-up (a walk-in has no intended spend); `checkedInAt` when the person came. */
  async addConfirmedSignUp(
    manager: EntityManager,
    signUp: {
      associationId: string;
      cashmobId: string;
      position: number;
      firstName: string;
      intendedSpendCents: number | null;
      walkIn: boolean;
      checkedInAt: Date | null;
      createdAt: Date;
    },
  ): Promise<void> {
    const s = signUp;
    await manager.query(
      `INSERT INTO cashmob_sign_ups ("associationId", "cashmobId", status, position, "firstName", locale, "intendedSpendCents", "walkIn", "checkedInAt", "createdAt") VALUES ($1, $2, 'CONFIRMED', $3, $4, 'FR', $5, $6, $7, $8)`,
      [
        s.associationId,
        s.cashmobId,
        s.position,
        s.firstName,
        s.intendedSpendCents,
        s.walkIn,
        s.checkedInAt,
        s.createdAt,
      ],
    );
  },
};
