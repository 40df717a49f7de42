import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  AppConfig,
  AuthUser,
  clearSessionCookie,
  Clock,
  HttpResponse,
  LiveSockets,
  queryPrepared,
  SessionAuthenticator,
  setSessionCookie,
} from '@assoc/platform-api';
import { SESSION_SEEN_EVERY_SECONDS, SESSION_TTL_DAYS, USER_AGENT_MAX_LENGTH } from '@assoc/identity-domain';
import type { Locale } from '@assoc/platform-domain';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';
import { hashToken, newToken } from './tokens';

/** The columns `sessionSql` selects. */
export interface SessionRow {
  sessionId: string;
  sessionExpiresAt: Date;
  userId: string;
  email: string;
  name: string;
  locale: Locale;
  /** The person's second factor is on (issue 25). */
  secondFactor: boolean;
}

export function toAuthUser(row: SessionRow): AuthUser {
  const { userId: id, email, name, locale, sessionId, sessionExpiresAt, secondFactor } = row;
  return { id, email, name, locale, sessionId, sessionExpiresAt, secondFactor: !!secondFactor };
}

/**
 * The open session of a cookie token and its person, as one statement others may extend (the
 * associations domain joins the membership the request asks for: `join` and `select` are SQL added
 * after the person's join and to the selected columns; their parameters start at $4). Selects
 * `SessionRow` columns (read them with `toAuthUser`); aliases: `s` the session, `u` the user;
 * parameters $1–$3 from `SessionService.sessionParams`.
 *
 * The same statement notes that the session was seen (its `lastSeenAt`, for the sessions list), in a
 * data-modifying CTE that writes only when the last note is over a minute old: one statement per
 * request, and at most one row write a minute per session. Plain SQL, written once per extension:
 * every logged-in request runs it (a query builder made anew each time was about 3 % of the feed's
 * CPU, ADR 0045).
 */
export function sessionSql(extension: { join?: string; select?: string } = {}): string {
  return `WITH seen AS (UPDATE sessions SET "lastSeenAt" = $2 WHERE "tokenHash" = $1 AND "expiresAt" > $2 AND "lastSeenAt" < $3 RETURNING id)
    SELECT s.id AS "sessionId", s."expiresAt" AS "sessionExpiresAt", u.id AS "userId", u.email, u.name, u.locale,
      EXISTS (SELECT 1 FROM second_factors f WHERE f."userId" = u.id AND f."confirmedAt" IS NOT NULL) AS "secondFactor"
      ${extension.select ? `, ${extension.select}` : ''}
    FROM sessions s JOIN users u ON u.id = s."userId" ${extension.join ?? ''}
    WHERE s."tokenHash" = $1 AND s."expiresAt" > $2`;
}

/** `sessionSql()` without extension, written once. */
const SESSION_SQL = sessionSql();

/** Opens, checks and ends sessions (the HttpOnly `sid` cookie). */
@Injectable()
export class SessionService extends SessionAuthenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly live: LiveSockets,
  ) {
    super();
  }

  private get secureCookie(): boolean {
    return this.config.PUBLIC_URL.startsWith('https://');
  }

  /** Opens a session for the user (in the caller's transaction) and sets the cookie. */
  async start(manager: EntityManager, userId: string, res: HttpResponse): Promise<void> {
    // Expired sessions of this person are of no use to anyone: drop them as a new one opens.
    const now = this.clock.nowMs();
    await manager.delete(SessionEntity, { userId, expiresAt: LessThan(new Date(now)) });
    const token = newToken();
    const userAgent = res.request.headers['user-agent'];
    await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token, this.config.SECRET_KEY),
      expiresAt: new Date(now + SESSION_TTL_DAYS * 24 * 3600 * 1000),
      userAgent: typeof userAgent === 'string' && userAgent ? userAgent.slice(0, USER_AGENT_MAX_LENGTH) : null,
      lastSeenAt: new Date(now),
    });
    setSessionCookie(res, token, SESSION_TTL_DAYS, this.secureCookie);
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const [row] = await queryPrepared<SessionRow>(this.sessions.manager, SESSION_SQL, this.sessionParams(token));
    return row ? toAuthUser(row) : null;
  }

  /**
   * The values of `sessionSql`'s parameters $1–$3 for a cookie token: its hash, now, and the time
   * before which the last note of the session's use is old enough to be written again.
   */
  sessionParams(token: string): [string, Date, Date] {
    const now = this.clock.now();
    return [hashToken(token, this.config.SECRET_KEY), now, new Date(now.getTime() - SESSION_SEEN_EVERY_SECONDS * 1000)];
  }
  /**
   * Ends this session for good: the row is gone, so the old cookie no longer works anywhere, and
   * its live sockets close on every instance.
   */
  async end(sessionId: string, res: HttpResponse): Promise<void> {
    await this.sessions.manager.transaction(async (manager) => {
      await manager.delete(SessionEntity, { id: sessionId });
      await this.live.sessionsEnded(manager, [sessionId]);
    });
    clearSessionCookie(res, this.secureCookie);
  }

  /** Ends every session of a user (after a password reset), closing their live sockets when the caller commits. */
  async endAll(manager: EntityManager, userId: string): Promise<void> {
    const ended = await manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('"userId" = :userId', { userId })
      .returning('id')
      .execute();
    await this.live.sessionsEnded(
      manager,
      (ended.raw as { id: string }[]).map((row) => row.id),
    );
  }
}
