import { CashmobStatus } from '@assoc/cashmobs-domain';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CashmobEntity } from './lib/cashmob.entity';

/**
 * Fixtures for other domains' tests (the widgets' feeds and showcase): a cashmob in any status, on any day
 * (past ones too), written by cashmobs itself, so those tests never build cashmobs' rows. Exported by the
 * library's index: it imports the test kit's types only (see `CashmobsTestApp`).
 */

/** What the helper needs of the test kit's `TestApp` (which satisfies it), declared here so the API's build never pulls the test kit in. */
export interface CashmobsTestApp {
  dataSource: DataSource;
  clock: { now(): Date };
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * A two-hour cashmob at `shopId` (hosted by its owner, organised by `organiserMembershipId`), starting
 * `daysAhead` days from the API's now (negative: past), in `status`: published or cancelled now.
 */
export async function insertTestCashmob(
  api: CashmobsTestApp,
  cashmob: {
    associationId: string;
    shopId: string;
    hostMembershipId: string;
    organiserMembershipId: string;
    status: CashmobStatus;
    daysAhead: number;
    meetingPoint: string;
  },
): Promise<{ id: string }> {
  const { status } = cashmob;
  const manager = api.dataSource.manager;
  const now = api.clock.now();
  const startsAt = new Date(now.getTime() + cashmob.daysAhead * DAY);
  const saved = await manager.save(
    manager.create(CashmobEntity, {
      associationId: cashmob.associationId,
      shopId: cashmob.shopId,
      hostMembershipId: cashmob.hostMembershipId,
      organiserMembershipId: cashmob.organiserMembershipId,
      status,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      meetingPoint: cashmob.meetingPoint,
      spendMinCents: 1000,
      spendMaxCents: 2000,
      capacity: 30,
      message: 'Venez nombreux',
      slug: randomBytes(16).toString('base64url'),
      publishedAt: status === CashmobStatus.PUBLISHED ? now : null,
      cancelledAt: status === CashmobStatus.CANCELLED ? now : null,
      cancelReason: null,
    }),
  );
  return { id: saved.id };
}
