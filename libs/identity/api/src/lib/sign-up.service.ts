import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  Clock,
  HttpResponse,
  Locale,
  MailOutbox,
  RateLimit,
  RateLimiter,
} from '@assoc/platform-api';
import { normalizeEmail, SIGN_UP_TTL_HOURS } from '@assoc/identity-domain';
import { DataSource, LessThan } from 'typeorm';
import { SignUpInput } from './auth.inputs';
import { AuthService } from './auth.service';
import { accountExistsMail, confirmSignUpMail } from './identity-mails';
import { PasswordHasher } from './password-hasher';
import { PendingSignUpEntity } from './pending-sign-up.entity';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';
import { UserEntity } from './user.entity';

const MINUTE = 60_000;
export const SIGN_UP_LIMITS: Readonly<Record<'address' | 'email' | 'token', RateLimit>> = {
  /** Sign-ups from one client address (each costs a password hash and a mail). */
  address: { limit: 10, windowMs: 60 * MINUTE },
  /** Mails to one e-mail address; past it the sign-up still answers the same but mails nothing. */
  email: { limit: 3, windowMs: 60 * MINUTE },
  /** Confirmation links tried from one client address. */
  token: { limit: 30, windowMs: 10 * MINUTE },
};

/**
 * Signing up in two steps, so that the answer never tells whether an address has an account: the
 * form always answers "check your mailbox" after the same work (the password is hashed either way);
 * a new address receives a link that creates the account, an address with an account receives a
 * note to its owner ("someone tried to create an account with your address: log in or reset").
 */
@Injectable()
export class SignUpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: RateLimiter,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async signUp(input: SignUpInput, ip: string): Promise<void> {
    await this.limiter.consume(`sign-up:${ip}`, SIGN_UP_LIMITS.address);
    const email = normalizeEmail(input.email);
    this.auth.checkPassword(input.password, email);
    const mailAllowed = await this.limiter.take(`sign-up-email:${email}`, SIGN_UP_LIMITS.email);
    const passwordHash = await this.hasher.hash(input.password);
    if (!mailAllowed) return;
    const publicUrl = this.config.PUBLIC_URL.replace(/\/$/, '');
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserEntity, { where: { email } });
      if (existing) {
        await this.outbox.enqueue(manager, accountExistsMail(existing, publicUrl));
        return;
      }
      const now = this.clock.nowMs();
      await manager.delete(PendingSignUpEntity, { expiresAt: LessThan(new Date(now)) });
      const token = newToken();
      const pending = {
        email,
        name: input.name.trim(),
        passwordHash,
        locale: input.locale ?? Locale.FR,
        tokenHash: hashToken(token, this.config.SECRET_KEY),
        expiresAt: new Date(now + SIGN_UP_TTL_HOURS * 3600 * 1000),
      };
      await manager.insert(PendingSignUpEntity, pending);
      await this.outbox.enqueue(manager, confirmSignUpMail(pending, `${publicUrl}/signup/confirm/${token}`));
    });
  }

  /** Follows the mailed link once: creates the account, drops the address's other pending sign-ups, logs in. */
  async confirm(token: string, ip: string, res: HttpResponse): Promise<UserEntity> {
    await this.limiter.consume(`sign-up-token:${ip}`, SIGN_UP_LIMITS.token);
    const tokenHash = hashToken(token, this.config.SECRET_KEY);
    return this.dataSource.transaction(async (manager) => {
      // Claimed by deleting it: of two concurrent uses, only one gets the row.
      const [rows] = (await manager.query(`DELETE FROM pending_sign_ups WHERE "tokenHash" = $1 RETURNING *`, [
        tokenHash,
      ])) as [PendingSignUpEntity[], number];
      const pending = rows[0];
      if (!pending) throw AppError.field('token', 'tokenInvalid');
      if (new Date(pending.expiresAt).getTime() <= this.clock.nowMs()) throw AppError.field('token', 'tokenExpired');
      await manager.delete(PendingSignUpEntity, { email: pending.email });
      const user = await this.auth.insertAccount(manager, pending);
      await this.sessions.start(manager, user.id, res);
      return user;
    });
  }
}
