import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuthUser,
  Clock,
  isSecretTokenShape,
  isUniqueViolation,
  MailOutbox,
  newSecretToken,
  RateLimit,
  RateLimiter,
  secretTokenHash,
} from '@assoc/platform-api';
import {
  EMAIL_CHANGE_TTL_HOURS,
  EMAIL_CHANGE_UNDO_DAYS,
  normalizeEmail,
  passwordProblem,
} from '@assoc/identity-domain';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { confirmEmailChangeMail, emailChangedNoticeMail } from './account-mails';
import { AccountSessions } from './account-sessions.service';
import { ChangePasswordInput, RequestEmailChangeInput, UpdateAccountInput } from './account.inputs';
import { EmailChangeEntity } from './email-change.entity';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

const HOUR = 3600_000;
const CONFIRM_PURPOSE = 'email-change-confirm';
const UNDO_PURPOSE = 'email-change-undo';

/** E-mail change links tried from one client address (like password-reset links). */
export const EMAIL_CHANGE_LINK_LIMIT: RateLimit = { limit: 30, windowMs: 10 * 60_000 };

/**
 * What a logged-in person changes of their own account (issue 25): name and language, e-mail address
 * (confirmed by the new address, undoable from the old one), password (the current one first, then
 * every other session ends). Every operation acts on the caller's own row only.
 */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly sessions: SessionService,
    private readonly accountSessions: AccountSessions,
    private readonly outbox: MailOutbox,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async update(userId: string, input: UpdateAccountInput): Promise<UserEntity> {
    const name = input.name.trim();
    if (!name) throw AppError.field('name', 'required');
    await this.dataSource.getRepository(UserEntity).update(userId, { name, locale: input.locale });
    return this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
  }

  /**
   * Checks the current password like a log-in (the same throttle: a stolen session cannot guess it
   * faster than a log-in form could); a wrong one is a field error on `currentPassword`.
   */
  private async checkCurrentPassword(user: AuthUser, password: string, ip: string): Promise<UserEntity> {
    await this.throttle.reserve(user.email, ip);
    const row = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!(await this.hasher.verify(row.passwordHash, password)))
      throw AppError.field('currentPassword', 'currentPasswordWrong');
    await this.throttle.succeeded(user.email, ip);
    return row;
  }

  /**
   * Asks for a new address: refused when it is the current one or another account's; the link goes
   * to the new address (in the person's language), and a newer request voids the older ones. The
   * account keeps its address until the link is followed.
   */
  async requestEmailChange(user: AuthUser, input: RequestEmailChangeInput, ip: string): Promise<EmailChangeEntity> {
    const newEmail = normalizeEmail(input.email);
    if (newEmail === normalizeEmail(user.email)) throw AppError.field('email', 'emailUnchanged');
    const row = await this.checkCurrentPassword(user, input.currentPassword, ip);
    if (await this.dataSource.getRepository(UserEntity).exists({ where: { email: newEmail } }))
      throw AppError.conflict('email', 'emailTaken');
    const token = newSecretToken();
    return this.dataSource.transaction(async (manager) => {
      await this.cancelPending(manager, user.id);
      const change = await manager.save(
        manager.create(EmailChangeEntity, {
          userId: user.id,
          oldEmail: row.email,
          newEmail,
          confirmTokenHash: secretTokenHash(CONFIRM_PURPOSE, token, this.config.SECRET_KEY),
          confirmExpiresAt: new Date(this.clock.nowMs() + EMAIL_CHANGE_TTL_HOURS * HOUR),
        }),
      );
      await this.outbox.enqueue(
        manager,
        confirmEmailChangeMail(newEmail, row, `${this.publicUrl}/confirm-email/${token}`),
      );
      return change;
    });
  }

  /** The caller's change waiting for its link, if any. */
  pendingEmailChange(userId: string): Promise<EmailChangeEntity | null> {
    return this.dataSource.getRepository(EmailChangeEntity).findOne({
      where: { userId, confirmedAt: IsNull(), cancelledAt: IsNull(), confirmExpiresAt: MoreThan(this.clock.now()) },
      order: { createdAt: 'DESC' },
    });
  }

  async cancelEmailChange(userId: string): Promise<void> {
    await this.cancelPending(this.dataSource.manager, userId);
  }

  private async cancelPending(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(
      EmailChangeEntity,
      { userId, confirmedAt: IsNull(), cancelledAt: IsNull() },
      { cancelledAt: this.clock.now() },
    );
  }

  /**
   * Follows the new address's link (no session needed: it may be opened on another device): the
   * account takes the new address, the reset links mailed to the old one stop working, and the old
   * address gets a notice with a link that puts it back. Two accounts confirming one address at once:
   * the unique e-mail lets one win; the other gets `emailTaken` and nothing of it changes.
   */
  async confirmEmailChange(token: string, ip: string): Promise<string> {
    const change = await this.changeByToken('confirmTokenHash', CONFIRM_PURPOSE, token, ip);
    if (change.confirmedAt || change.cancelledAt) throw AppError.field('token', 'tokenInvalid');
    if (change.confirmExpiresAt.getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
    const undoToken = newSecretToken();
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      // Claimed atomically: of two uses of the link, one updates the row.
      const claimed = await manager.update(
        EmailChangeEntity,
        { id: change.id, confirmedAt: IsNull(), cancelledAt: IsNull() },
        {
          confirmedAt: now,
          undoTokenHash: secretTokenHash(UNDO_PURPOSE, undoToken, this.config.SECRET_KEY),
          undoExpiresAt: new Date(now.getTime() + EMAIL_CHANGE_UNDO_DAYS * 24 * HOUR),
        },
      );
      if (!claimed.affected) throw AppError.field('token', 'tokenInvalid');
      const user = await manager.findOneBy(UserEntity, { id: change.userId });
      // The address changed since the request (an undo, another change, a closed account): this link no longer applies.
      if (!user || user.closedAt || user.email !== change.oldEmail) throw AppError.field('token', 'tokenInvalid');
      await this.setEmail(manager, user.id, change.newEmail);
      await this.voidResetLinks(manager, user.id);
      await this.outbox.enqueue(
        manager,
        emailChangedNoticeMail(
          change.oldEmail,
          user,
          change.newEmail,
          `${this.publicUrl}/undo-email-change/${undoToken}`,
        ),
      );
    });
    return change.newEmail;
  }

  /**
   * Follows the old address's undo link (valid 7 days, once): the old address is the account's
   * again, every session of the account ends (whoever changed it is logged out), pending changes and
   * reset links are void. The person then logs in, or chooses a new password from the old address.
   */
  async undoEmailChange(token: string, ip: string): Promise<string> {
    const change = await this.changeByToken('undoTokenHash', UNDO_PURPOSE, token, ip);
    if (change.undoneAt || !change.undoExpiresAt) throw AppError.field('token', 'tokenInvalid');
    if (change.undoExpiresAt.getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
    await this.dataSource.transaction(async (manager) => {
      const claimed = await manager.update(
        EmailChangeEntity,
        { id: change.id, undoneAt: IsNull() },
        { undoneAt: this.clock.now() },
      );
      if (!claimed.affected) throw AppError.field('token', 'tokenInvalid');
      // A closed account stays closed: its old address is free for a new account.
      const user = await manager.findOneBy(UserEntity, { id: change.userId });
      if (!user || user.closedAt) throw AppError.field('token', 'tokenInvalid');
      await this.setEmail(manager, change.userId, change.oldEmail);
      await this.cancelPending(manager, change.userId);
      await this.voidResetLinks(manager, change.userId);
      await this.sessions.endAll(manager, change.userId);
    });
    await this.throttle.unlock(change.oldEmail);
    return change.oldEmail;
  }

  /**
   * Changes the password: the current one first (throttled like log-in), then the platform's policy
   * on the new one; every OTHER session ends (their live sockets close), this one stays; reset links
   * mailed before stop working.
   */
  async changePassword(user: AuthUser, input: ChangePasswordInput, ip: string): Promise<number> {
    const problem = passwordProblem(input.password, user.email);
    if (problem) throw AppError.field('password', problem);
    await this.checkCurrentPassword(user, input.currentPassword, ip);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, user.id, { passwordHash });
      await this.voidResetLinks(manager, user.id);
      return (await this.accountSessions.endAllBut(manager, user.id, user.sessionId)).length;
    });
  }

  private async changeByToken(
    column: 'confirmTokenHash' | 'undoTokenHash',
    purpose: string,
    token: string,
    ip: string,
  ): Promise<EmailChangeEntity> {
    await this.limiter.consume(`email-change-link:${ip}`, EMAIL_CHANGE_LINK_LIMIT);
    if (!isSecretTokenShape(token)) throw AppError.field('token', 'tokenInvalid');
    const change = await this.dataSource
      .getRepository(EmailChangeEntity)
      .findOneBy({ [column]: secretTokenHash(purpose, token, this.config.SECRET_KEY) });
    if (!change) throw AppError.field('token', 'tokenInvalid');
    return change;
  }

  private async setEmail(manager: EntityManager, userId: string, email: string): Promise<void> {
    try {
      // The unique e-mail decides between concurrent changes to one address; the loser's transaction rolls back.
      await manager.update(UserEntity, userId, { email });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('email', 'emailTaken');
      throw error;
    }
  }

  private async voidResetLinks(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(PasswordResetTokenEntity, { userId, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }

  private get publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }
}
