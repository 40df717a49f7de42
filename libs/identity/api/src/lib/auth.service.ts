import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppConfig, AppError, AuthUser, Clock, isUniqueViolation, Locale, MailOutbox } from '@assoc/platform-api';
import { normalizeEmail, PASSWORD_RESET_TTL_MINUTES } from '@assoc/identity-domain';
import type { Response } from 'express';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { LogInInput, ResetPasswordInput, SignUpInput } from './auth.inputs';
import { passwordResetMail } from './identity-mails';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { UserEntity } from './user.entity';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  locale?: Locale;
}

/** Accounts and log-in: sign up, log in and out, forgotten passwords, language. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Creates an account inside the caller's transaction; CONFLICT on a taken e-mail. */
  async createAccount(manager: EntityManager, account: NewAccount): Promise<UserEntity> {
    const email = normalizeEmail(account.email);
    if (await manager.exists(UserEntity, { where: { email } })) throw AppError.conflict('email', 'emailTaken');
    const passwordHash = await this.hasher.hash(account.password);
    try {
      return await manager.save(
        manager.create(UserEntity, {
          email,
          name: account.name.trim(),
          passwordHash,
          locale: account.locale ?? Locale.FR,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('email', 'emailTaken');
      throw error;
    }
  }

  async signUp(input: SignUpInput, res: Response): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.createAccount(manager, input);
      await this.sessions.start(manager, user.id, res);
      return user;
    });
  }

  async logIn(input: LogInInput, ip: string, res: Response): Promise<UserEntity> {
    const email = normalizeEmail(input.email);
    if (await this.throttle.isBlocked(email, ip)) throw AppError.tooManyRequests();
    const user = await this.users.findOne({ where: { email } });
    if (!(await this.hasher.verify(user?.passwordHash ?? null, input.password)) || !user) {
      await this.throttle.recordFailure(email, ip);
      throw AppError.input([
        { field: 'email', reason: 'invalidCredentials' },
        { field: 'password', reason: 'invalidCredentials' },
      ]);
    }
    await this.throttle.clear(email);
    await this.sessions.start(this.dataSource.manager, user.id, res);
    return user;
  }

  logOut(user: AuthUser, res: Response): Promise<void> {
    return this.sessions.end(user.sessionId, res);
  }

  /**
   * Always succeeds, so nobody can learn which e-mails have an account. A new link voids the older
   * ones: only the newest mail's link works.
   */
  async requestPasswordReset(rawEmail: string): Promise<void> {
    const user = await this.users.findOne({ where: { email: normalizeEmail(rawEmail) } });
    if (!user) return;
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      await this.voidResetLinks(manager, user.id);
      await manager.insert(PasswordResetTokenEntity, {
        userId: user.id,
        tokenHash: hashToken(token, this.config.SECRET_KEY),
        expiresAt: new Date(this.clock.nowMs() + PASSWORD_RESET_TTL_MINUTES * 60 * 1000),
      });
      await this.outbox.enqueue(manager, passwordResetMail(user, `${this.config.PUBLIC_URL}/reset-password/${token}`));
    });
  }

  /** Uses the link once: sets the password, ends every other session, and logs this browser in. */
  async resetPassword(input: ResetPasswordInput, res: Response): Promise<UserEntity> {
    const tokenHash = hashToken(input.token, this.config.SECRET_KEY);
    const found = await this.dataSource.getRepository(PasswordResetTokenEntity).findOne({ where: { tokenHash } });
    if (!found || found.usedAt) throw AppError.field('token', 'tokenInvalid');
    if (found.expiresAt.getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      // Claim the token atomically: of two concurrent uses, only one updates the row.
      const claimed = await manager.update(
        PasswordResetTokenEntity,
        { id: found.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (!claimed.affected) throw AppError.field('token', 'tokenInvalid');
      await this.voidResetLinks(manager, found.userId); // any other link issued meanwhile
      await manager.update(UserEntity, found.userId, { passwordHash });
      await this.sessions.endAll(manager, found.userId);
      await this.sessions.start(manager, found.userId, res);
      return manager.findOneByOrFail(UserEntity, { id: found.userId });
    });
  }

  /** Marks every unused reset link of the person as used: it then answers "not valid or already used". */
  private async voidResetLinks(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(PasswordResetTokenEntity, { userId, usedAt: IsNull() }, { usedAt: this.clock.now() });
  }

  async setLocale(userId: string, locale: Locale): Promise<UserEntity> {
    await this.users.update(userId, { locale });
    return this.users.findOneByOrFail({ id: userId });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { email: normalizeEmail(email) } });
  }
}
