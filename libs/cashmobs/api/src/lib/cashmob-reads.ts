import { CashmobStatus } from '@assoc/cashmobs-domain';

/** A cashmob the public may sign up to (plain, never an entity). */
export interface PublicCashmob {
  id: string;
  shopId: string;
  startsAt: Date;
  endsAt: Date;
  meetingPoint: string;
  slug: string;
}

/**
 * The cashmobs the public sees at an instant, as SQL for a read that stays one statement (issue 21: the
 * rule is cashmobs'): PUBLISHED and not over yet. A SELECT of `PublicCashmob`'s columns for the
 * association `associationIdSql` at `nowSql` (SQL expressions or parameters of the caller's query).
 */
export function publicCashmobsSql(associationIdSql: string, nowSql: string): string {
  return `SELECT pc.id, pc."shopId", pc."startsAt", pc."endsAt", pc."meetingPoint", pc.slug
     FROM cashmobs pc
    WHERE pc."associationId" = ${associationIdSql} AND pc.status = '${CashmobStatus.PUBLISHED}' AND pc."endsAt" > ${nowSql}`;
}
