import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuthUser,
  BackgroundWork,
  Clock,
  HttpResponse,
  isUniqueViolation,
  Locale,
  MailOutbox,
  RateLimit,
  RateLimiter,
} from '@assoc/platform-api';
import { normalizeEmail, PASSWORD_RESET_TTL_MINUTES, passwordProblem } from '@assoc/identity-domain';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { LogInInput, ResetPasswordInput } from './auth.inputs';
import { noAccountMail, passwordResetMail } from './identity-mails';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { UserEntity } from './user.entity';

const MINUTE = 60_000;
export const PASSWORD_RESET_LIMITS: Readonly<Record<'address' | 'email' | 'token', RateLimit>> = {
  /** Reset requests from one client address (each queues a mail). */
  address: { limit: 10, windowMs: 60 * MINUTE },
  /** Mails to one e-mail address; past it the request still answers true but mails nothing. */
  email: { limit: 3, windowMs: 60 * MINUTE },
  /** Reset links tried from one client address. */
  token: { limit: 30, windowMs: 10 * MINUTE },
};

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
    private readonly limiter: RateLimiter,
    private readonly background: BackgroundWork,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /** Refuses a weak password (identity-domain's policy) as a field error on `password`. */
  checkPassword(password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) throw AppError.field('password', problem);
  }

  /**
   * Creates an account inside the caller's transaction (an invitation's link proved the address);
   * CONFLICT on a taken e-mail.
   */
  async createAccount(manager: EntityManager, account: NewAccount): Promise<UserEntity> {
    const email = normalizeEmail(account.email);
    this.checkPassword(account.password, email);
    if (await manager.exists(UserEntity, { where: { email } })) throw AppError.conflict('email', 'emailTaken');
    const passwordHash = await this.hasher.hash(account.password);
    return this.insertAccount(manager, { ...account, email, passwordHash });
  }

  /** Inserts an account whose password is already hashed; CONFLICT on a taken e-mail. */
  async insertAccount(
    manager: EntityManager,
    account: { email: string; name: string; passwordHash: string; locale?: Locale },
  ): Promise<UserEntity> {
    try {
      return await manager.save(
        manager.create(UserEntity, {
          email: normalizeEmail(account.email),
          name: account.name.trim(),
          passwordHash: account.passwordHash,
          locale: account.locale ?? Locale.FR,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('email', 'emailTaken');
      throw error;
    }
  }

  /** The right password opens a session, or, for an account with a second factor, the second step (then null). */
  async logIn(input: LogInInput, ip: string, res: HttpResponse): Promise<UserEntity | null> {
    const email = normalizeEmail(input.email);
    await this.throttle.reserve(email, ip); // before the hash: a refused attempt costs none
    const user = await this.users.findOne({ where: { email } });
    if (!(await this.hasher.verify(user?.passwordHash ?? null, input.password)) || !user) {
      throw AppError.input([
        { field: 'email', reason: 'invalidCredentials' },
        { field: 'password', reason: 'invalidCredentials' },
      ]);
    }
    await this.throttle.succeeded(email, ip);
    // With a second factor, no session yet: a pending step that a code completes (SecondFactorService).
    if (await this.secondFactor.startStep(this.dataSource.manager, user.id, res)) return null;
    await this.sessions.start(this.dataSource.manager, user.id, res);
    return user;
  }

  logOut(user: AuthUser, res: HttpResponse): Promise<void> {
    return this.sessions.end(user.sessionId, res);
  }

  /**
   * Always succeeds, so nobody can learn which e-mails have an account: the answer comes after the
   * per-address limit only (the same statement for every e-mail), and the lookup, the link and the
   * mail run after answering (BackgroundWork), so a known address answers as fast as an unknown one.
   * The address gets either a link or a note that it has no account (in the asker's language). A new
   * link voids the older ones: only the newest mail's link works. Limited per client address
   * (TOO_MANY_REQUESTS) and per e-mail (silently: past 3 an hour, nothing more is mailed).
   */
  async requestPasswordReset(rawEmail: string, ip: string, locale: Locale): Promise<void> {
    await this.limiter.consume(`password-reset:${ip}`, PASSWORD_RESET_LIMITS.address);
    const email = normalizeEmail(rawEmail);
    this.background.run('password reset request', () => this.mailPasswordReset(email, locale));
  }

  /** The work of a reset request, after the answer: the per-e-mail cap, then a link or a "no account" note. */
  private async mailPasswordReset(email: string, locale: Locale): Promise<void> {
    if (!(await this.limiter.take(`password-reset-email:${email}`, PASSWORD_RESET_LIMITS.email))) return;
    const publicUrl = this.config.PUBLIC_URL.replace(/\/$/, '');
    const token = newToken();
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { email } });
      if (!user) {
        await this.outbox.enqueue(manager, noAccountMail(email, locale, `${publicUrl}/signup`));
        return;
      }
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
  async resetPassword(input: ResetPasswordInput, ip: string, res: HttpResponse): Promise<UserEntity> {
    await this.limiter.consume(`password-reset-token:${ip}`, PASSWORD_RESET_LIMITS.token);
    const tokenHash = hashToken(input.token, this.config.SECRET_KEY);
    const found = await this.dataSource
      .getRepository(PasswordResetTokenEntity)
      .findOne({ where: { tokenHash }, relations: { user: true } });
    if (!found?.user || found.usedAt) throw AppError.field('token', 'tokenInvalid');
    if (found.expiresAt.getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
    this.checkPassword(input.password, found.user.email);
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.dataSource.transaction(async (manager) => {
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
    // The owner proved they hold the mailbox: a lock-out of the account by others' failures ends.
    await this.throttle.unlock(user.email);
    return user;
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
