import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, AppError, clearSessionCookie, Clock, HttpResponse, LiveSockets } from '@assoc/platform-api';
import { describeUserAgent, SessionDevice } from '@assoc/identity-domain';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { SessionEntity } from './session.entity';

/** One open session of the caller, as the sessions list shows it. */
export interface AccountSession extends SessionDevice {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/**
 * The caller's own sessions (issue 25): where they are logged in, and ending one or all the others.
 * Every query is bounded by the caller's id, so nobody reaches another person's session; an ended
 * session's row is gone (its cookie is refused on the next request) and its live sockets close when
 * the transaction commits (LiveSockets).
 */
@Injectable()
export class AccountSessions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly live: LiveSockets,
    private readonly config: AppConfig,
  ) {}

  /** The caller's open sessions, the most recently used first. */
  async list(userId: string, currentSessionId: string): Promise<AccountSession[]> {
    const rows = await this.dataSource.getRepository(SessionEntity).find({
      where: { userId, expiresAt: MoreThan(this.clock.now()) },
      order: { lastSeenAt: 'DESC', createdAt: 'DESC' },
    });
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === currentSessionId,
      ...describeUserAgent(row.userAgent),
    }));
  }

  /**
   * Ends one of the caller's sessions; NOT_FOUND when it is not theirs (or already ended). Ending the
   * current one logs this browser out (its cookie is cleared).
   */
  async endOne(userId: string, currentSessionId: string, sessionId: string, res: HttpResponse): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.deleteWhere(manager, userId, '"id" = :sessionId', { sessionId });
      if (!ended.length) throw AppError.notFound();
    });
    if (sessionId === currentSessionId) clearSessionCookie(res, this.config.PUBLIC_URL.startsWith('https://'));
  }

  /** Ends every session of the caller but the current one; answers how many ended. */
  async endOthers(userId: string, currentSessionId: string): Promise<number> {
    return this.dataSource.transaction(
      async (manager) => (await this.endAllBut(manager, userId, currentSessionId)).length,
    );
  }

  /** In the caller's transaction: ends every session of the person but `keepSessionId`. */
  endAllBut(manager: EntityManager, userId: string, keepSessionId: string): Promise<string[]> {
    return this.deleteWhere(manager, userId, '"id" <> :keepSessionId', { keepSessionId });
  }

  private async deleteWhere(
    manager: EntityManager,
    userId: string,
    condition: string,
    parameters: Record<string, string>,
  ): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where(`"userId" = :userId AND ${condition}`, { userId, ...parameters })
      .returning('id')
      .execute();
    const ids = (result.raw as { id: string }[]).map((row) => row.id);
    await this.live.sessionsEnded(manager, ids);
    return ids;
  }
}
