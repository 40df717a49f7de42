import { SignUpStatus } from '@assoc/cashmobs-domain';
import { EntityManager } from 'typeorm';

export interface CashmobCounts {
  /** Confirmed sign-ups, walk-ins not included: what the capacity holds. */
  confirmed: number;
  waiting: number;
  checkIns: number;
  walkIns: number;
  supports: number;
}

const EMPTY: CashmobCounts = { confirmed: 0, waiting: 0, checkIns: 0, walkIns: 0, supports: 0 };

/** The counts of several cashmobs in one query. */
export async function cashmobCounts(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, CashmobCounts>> {
  if (!ids.length) return new Map();
  const rows: (CashmobCounts & { id: string })[] = await manager.query(
    `SELECT c.id,
       (SELECT count(*) FROM cashmob_sign_ups s WHERE s."cashmobId" = c.id AND s.status = $2 AND NOT s."walkIn")::int AS confirmed,
       (SELECT count(*) FROM cashmob_sign_ups s WHERE s."cashmobId" = c.id AND s.status = $3)::int AS waiting,
       (SELECT count(*) FROM cashmob_sign_ups s WHERE s."cashmobId" = c.id AND s."checkedInAt" IS NOT NULL)::int AS "checkIns",
       (SELECT count(*) FROM cashmob_sign_ups s WHERE s."cashmobId" = c.id AND s."walkIn")::int AS "walkIns",
       (SELECT count(*) FROM cashmob_supports p WHERE p."cashmobId" = c.id)::int AS supports
     FROM cashmobs c WHERE c.id = ANY($1::uuid[])`,
    [ids, SignUpStatus.CONFIRMED, SignUpStatus.WAITING],
  );
  const found = new Map(rows.map(({ id, ...counts }) => [id, counts]));
  return new Map(ids.map((id) => [id, found.get(id) ?? EMPTY]));
}

/** Confirmed sign-ups held against the capacity (walk-ins excluded), read under the caller's lock. */
export async function confirmedCount(manager: EntityManager, cashmobId: string): Promise<number> {
  const [{ n }] = await manager.query(
    `SELECT count(*)::int AS n FROM cashmob_sign_ups WHERE "cashmobId" = $1 AND status = $2 AND NOT "walkIn"`,
    [cashmobId, SignUpStatus.CONFIRMED],
  );
  return n as number;
}
