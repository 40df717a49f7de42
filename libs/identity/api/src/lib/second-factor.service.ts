import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuthUser,
  clearCookie,
  Clock,
  HttpRequest,
  HttpResponse,
  RateLimit,
  RateLimiter,
  secretTokenHash,
  setCookie,
} from '@assoc/platform-api';
import {
  formatRecoveryCode,
  isRecoveryCodeShape,
  isTotpShape,
  normalizeSecondFactorCode,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  SECOND_STEP_MAX_FAILURES,
  SECOND_STEP_TTL_MINUTES,
  SECOND_STEP_WINDOW_MINUTES,
  TOTP_ISSUER,
  TOTP_WINDOW,
  totpStep,
  totpStepUsable,
} from '@assoc/identity-domain';
import { randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import { toString as qrSvg } from 'qrcode';
import { DataSource, EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { LOGIN_LIMITS } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { RecoveryCodeEntity, SecondFactorEntity, SecondFactorStepEntity } from './second-factor.entity';
import { openSecret, sealSecret } from './second-factor-secret';
import { SessionService } from './session.service';
import { newToken } from './tokens';
import { UserEntity } from './user.entity';

const MINUTE = 60_000;

/** Wrong codes counted per account, for the sign-in step and for the account's own second-factor pages alike. */
export const SECOND_STEP_LIMIT: RateLimit = {
  limit: SECOND_STEP_MAX_FAILURES,
  windowMs: SECOND_STEP_WINDOW_MINUTES * MINUTE,
};

/** The HttpOnly cookie carrying the pending second sign-in step. */
export const SECOND_STEP_COOKIE = 'sf_step';

/**
 * Where the association requirement is answered (issue 25): the associations domain provides it (it knows
 * the roles and settings); identity asks it, through the module graph, which of a person's associations
 * require a second factor of them. An application without associations requires none.
 */
export abstract class SecondFactorRequirements {
  /** The names of the associations that require a second factor of this person (their role can act on money, roles or rules). */
  abstract requiredBy(userId: string): Promise<string[]>;
}

export interface SecondFactorState {
  enabled: boolean;
  recoveryCodesLeft: number;
  requiredBy: string[];
}

export interface SecondFactorSetup {
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code, an SVG data URL for an <img>. */
  qrCode: string;
}

/**
 * The second factor (issue 25): TOTP (RFC 6238, otplib) set up and confirmed by a first code, ten
 * single-use recovery codes stored as keyed hashes, and the second sign-in step. Every code check is
 * throttled per account (SECOND_STEP_LIMIT) and serialised on the person's second-factor row, so a code
 * is accepted once only, even by two requests at the same instant.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly limiter: RateLimiter,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly moduleRef: ModuleRef,
  ) {}

  private get secureCookie(): boolean {
    return this.config.PUBLIC_URL.startsWith('https://');
  }

  async state(userId: string): Promise<SecondFactorState> {
    const manager = this.dataSource.manager;
    const enabled = await this.isOn(manager, userId);
    const recoveryCodesLeft = enabled
      ? await manager.count(RecoveryCodeEntity, { where: { userId, usedAt: IsNull() } })
      : 0;
    return { enabled, recoveryCodesLeft, requiredBy: enabled ? [] : await this.requiredBy(userId) };
  }

  /** Associations requiring a second factor of the person (empty once they have one). */
  async requiredBy(userId: string): Promise<string[]> {
    let requirements: SecondFactorRequirements;
    try {
      requirements = this.moduleRef.get(SecondFactorRequirements, { strict: false });
    } catch {
      return []; // an application composed without the associations domain
    }
    return requirements.requiredBy(userId);
  }

  /** Whether the person's second factor is on (set up and confirmed). */
  async isOn(manager: EntityManager, userId: string): Promise<boolean> {
    return manager.exists(SecondFactorEntity, { where: { userId, confirmedAt: Not(IsNull()) } });
  }

  /**
   * Starts (or starts again) the setup: a new secret, sealed, not yet in force. Its only showing is this
   * answer; once confirmed it is never returned. Refused when a second factor is already on.
   */
  async beginSetup(user: AuthUser): Promise<SecondFactorSetup> {
    const secret = authenticator.generateSecret(20);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.lockRow(manager, user.id);
      if (current?.confirmedAt) throw AppError.conflict('secondFactor', 'secondFactorAlreadyOn');
      const sealedSecret = sealSecret(secret, this.config.SECRET_KEY);
      if (current) await manager.update(SecondFactorEntity, { userId: user.id }, { sealedSecret, lastUsedStep: null });
      else
        await manager.insert(SecondFactorEntity, {
          userId: user.id,
          sealedSecret,
          confirmedAt: null,
          lastUsedStep: null,
        });
    });
    const otpauthUri = authenticator.keyuri(user.email, TOTP_ISSUER, secret);
    const svg = await qrSvg(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { secret, otpauthUri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  /** The first valid code turns the second factor on; answers the ten recovery codes, shown this once. */
  async confirmSetup(userId: string, code: string): Promise<string[]> {
    await this.takeAttempt(userId);
    const codes = await this.dataSource.transaction(async (manager) => {
      const row = await this.lockRow(manager, userId);
      if (!row) throw AppError.field('code', 'secondFactorSetupMissing');
      if (row.confirmedAt) throw AppError.conflict('secondFactor', 'secondFactorAlreadyOn');
      const step = this.totpStepOf(row, normalizeSecondFactorCode(code));
      if (step === null) throw AppError.field('code', 'secondFactorCodeInvalid');
      await manager.update(SecondFactorEntity, { userId }, { confirmedAt: this.clock.now(), lastUsedStep: step });
      return this.replaceRecoveryCodes(manager, userId);
    });
    await this.limiter.refund(this.attemptKey(userId));
    return codes;
  }

  /** New recovery codes replace the old ones (all of them, used or not); needs a current code or a recovery code. */
  async regenerateRecoveryCodes(userId: string, code: string): Promise<string[]> {
    await this.takeAttempt(userId);
    const codes = await this.dataSource.transaction(async (manager) => {
      await this.checkCode(manager, userId, code);
      return this.replaceRecoveryCodes(manager, userId);
    });
    await this.limiter.refund(this.attemptKey(userId));
    return codes;
  }

  /** Turns the second factor off: the password, then a code (or a recovery code); the secret and codes are deleted. */
  async disable(userId: string, password: string, code: string): Promise<void> {
    await this.takeAttempt(userId);
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: userId });
    if (!(await this.hasher.verify(user.passwordHash, password)))
      throw AppError.field('password', 'secondFactorPasswordWrong');
    await this.dataSource.transaction(async (manager) => {
      await this.checkCode(manager, userId, code);
      await manager.delete(RecoveryCodeEntity, { userId });
      await manager.delete(SecondFactorEntity, { userId });
    });
    await this.limiter.refund(this.attemptKey(userId));
  }

  /**
   * After the right password: an account with a second factor gets no session yet, but a pending step
   * (a random token in an HttpOnly cookie, its keyed hash stored) that a code completes. Answers
   * whether the step was started (false: no second factor, the caller opens the session).
   */
  async startStep(manager: EntityManager, userId: string, res: HttpResponse): Promise<boolean> {
    if (!(await this.isOn(manager, userId))) return false;
    const now = this.clock.nowMs();
    await manager.delete(SecondFactorStepEntity, { userId, expiresAt: LessThan(new Date(now)) });
    const token = newToken();
    await manager.insert(SecondFactorStepEntity, {
      userId,
      tokenHash: secretTokenHash('second-step', token, this.config.SECRET_KEY),
      expiresAt: new Date(now + SECOND_STEP_TTL_MINUTES * MINUTE),
    });
    setCookie(res, SECOND_STEP_COOKIE, token, SECOND_STEP_TTL_MINUTES * MINUTE, { secure: this.secureCookie });
    return true;
  }

  /**
   * Completes the log-in with a time-based code or a recovery code: throttled per account and per client
   * address like the first step; the step is used once (deleted with the session opening), the code too.
   */
  async completeStep(req: HttpRequest, res: HttpResponse, code: string, ip: string): Promise<UserEntity> {
    const token = req.cookies?.[SECOND_STEP_COOKIE];
    const tokenHash = token ? secretTokenHash('second-step', token, this.config.SECRET_KEY) : null;
    const step = tokenHash
      ? await this.dataSource.manager.findOne(SecondFactorStepEntity, { where: { tokenHash } })
      : null;
    if (!step || step.expiresAt.getTime() <= this.clock.nowMs())
      throw AppError.field('code', 'secondFactorStepExpired');
    const addressKey = `login-ip:${ip}`;
    if (!(await this.limiter.take(addressKey, LOGIN_LIMITS.address))) throw AppError.tooManyRequests();
    await this.takeAttempt(step.userId);
    const user = await this.dataSource.transaction(async (manager) => {
      const claimed = await manager.delete(SecondFactorStepEntity, { id: step.id });
      if (!claimed.affected) throw AppError.field('code', 'secondFactorStepExpired');
      await this.checkCode(manager, step.userId, code);
      await this.sessions.start(manager, step.userId, res);
      return manager.findOneByOrFail(UserEntity, { id: step.userId });
    }); // a wrong code rolls the step's deletion back: the person may try again, within the limits
    clearCookie(res, SECOND_STEP_COOKIE, { secure: this.secureCookie });
    await this.limiter.refund(addressKey);
    await this.limiter.refund(this.attemptKey(step.userId));
    return user;
  }

  private attemptKey(userId: string): string {
    return `second-factor:${userId}`;
  }

  /** Counts one code attempt for the account; TOO_MANY_REQUESTS past the limit (no code is checked then). */
  private async takeAttempt(userId: string): Promise<void> {
    if (!(await this.limiter.take(this.attemptKey(userId), SECOND_STEP_LIMIT))) throw AppError.tooManyRequests();
  }

  private lockRow(manager: EntityManager, userId: string): Promise<SecondFactorEntity | null> {
    return manager.findOne(SecondFactorEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Checks a code (or a recovery code, then used up) inside the caller's transaction, under the same
   * per-account attempt limit as the other checks: closing one's account asks for it (issue 25).
   */
  async verifyCode(manager: EntityManager, userId: string, code: string): Promise<void> {
    await this.takeAttempt(userId);
    await this.checkCode(manager, userId, code);
  }

  /**
   * Accepts a current time-based code (once: its step must be newer than the last used) or an unused
   * recovery code (then used), inside the caller's transaction; else a field error on `code`.
   */
  private async checkCode(manager: EntityManager, userId: string, input: string): Promise<void> {
    const row = await this.lockRow(manager, userId);
    if (!row?.confirmedAt) throw AppError.field('code', 'secondFactorNotOn');
    const code = normalizeSecondFactorCode(input);
    if (isTotpShape(code)) {
      const step = this.totpStepOf(row, code);
      if (step === null) throw AppError.field('code', 'secondFactorCodeInvalid');
      if (!totpStepUsable(step, row.lastUsedStep)) throw AppError.field('code', 'secondFactorCodeUsed');
      await manager.update(SecondFactorEntity, { userId }, { lastUsedStep: step });
      return;
    }
    if (isRecoveryCodeShape(code)) {
      const used = await manager.update(
        RecoveryCodeEntity,
        { userId, codeHash: this.recoveryHash(code), usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (used.affected) return;
    }
    throw AppError.field('code', 'secondFactorCodeInvalid');
  }

  /** The time step a code belongs to (within one step of drift), or null when it is not a current code. */
  private totpStepOf(row: SecondFactorEntity, code: string): number | null {
    if (!isTotpShape(code)) return null;
    const now = this.clock.nowMs();
    const checker = authenticator.clone({ epoch: now, window: TOTP_WINDOW });
    const delta = checker.checkDelta(code, openSecret(row.sealedSecret, this.config.SECRET_KEY));
    return delta === null ? null : totpStep(now) + delta;
  }

  private recoveryHash(normalized: string): string {
    return secretTokenHash('recovery-code', normalized, this.config.SECRET_KEY);
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
    await manager.delete(RecoveryCodeEntity, { userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () =>
      formatRecoveryCode(randomBytes(RECOVERY_CODE_LENGTH)),
    );
    await manager.insert(
      RecoveryCodeEntity,
      codes.map((code) => ({ userId, codeHash: this.recoveryHash(normalizeSecondFactorCode(code)), usedAt: null })),
    );
    return codes;
  }
}
