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
};
