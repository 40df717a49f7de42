import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppConfig,
  AppError,
  AuthUser,
  clearSessionCookie,
  HttpResponse,
  PersonalData,
  PersonSubject,
  RateLimit,
  RateLimiter,
} from '@assoc/platform-api';
import { ErrorCode } from '@assoc/platform-domain';
import { DataSource } from 'typeorm';
import { AccountMemberships, ClosingMemberships } from './account-memberships.port';
import { CloseAccountInput } from './close-account.input';
import { IdentityPersonalData } from './identity-personal-data';
import { PasswordHasher } from './password-hasher';
import { SecondFactorService } from './second-factor.service';
import { UserEntity } from './user.entity';

/** Password attempts to close an account, per account: a stolen session cannot guess the password here. */
export const CLOSE_ACCOUNT_LIMIT: RateLimit = { limit: 5, windowMs: 15 * 60_000 };

/**
 * Leaving for good (issue 25, GDPR article 17): after the password (and the second factor when it is on), in
 * ONE transaction: the account's row is locked (`SELECT ... FOR UPDATE`), the sole-president check is made
 * on locked memberships, every domain's `erasePerson` runs (`PersonalData.sources()`), identity's last. A
 * failure anywhere rolls everything back: the account is either closed with all its data erased, or open
 * with all of it.
 */
@Injectable()
export class AccountClosingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly personalData: PersonalData,
    private readonly identityData: IdentityPersonalData,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async close(user: AuthUser, input: CloseAccountInput, res: HttpResponse): Promise<void> {
    await this.limiter.consume(`close-account:${user.id}`, CLOSE_ACCOUNT_LIMIT);
    const stored = await this.dataSource.manager.findOneBy(UserEntity, { id: user.id });
    if (!stored || stored.closedAt) throw AppError.unauthenticated();
    if (!(await this.hasher.verify(stored.passwordHash, input.password)))
      throw AppError.field('password', 'closingPasswordWrong');
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(UserEntity, {
        where: { id: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked || locked.closedAt) throw AppError.unauthenticated();
      // The second factor when it is on: a current code or a recovery code (used up only if the closing commits).
      if (await this.secondFactor.isOn(manager, user.id)) {
        if (!input.code?.trim()) throw AppError.field('code', 'closingCodeRequired');
        await this.secondFactor.verifyCode(manager, user.id, input.code);
      }
      const memberships = await this.memberships(user.id, manager);
      if (memberships.solePresidentOf.length)
        throw new AppError(ErrorCode.CONFLICT, 'closingSolePresident', [], {
          associations: memberships.solePresidentOf.join(', '),
        });
      const subject: PersonSubject = { userId: user.id, associationIds: memberships.associationIds };
      for (const source of this.personalData.sources())
        if (source.domain !== this.identityData.domain) await source.erasePerson(subject, manager);
      await this.identityData.erasePerson(subject, manager);
    });
    clearSessionCookie(res, this.config.PUBLIC_URL.startsWith('https://'));
  }

  private memberships(userId: string, manager: DataSource['manager']): Promise<ClosingMemberships> {
    let port: AccountMemberships | null = null;
    try {
      port = this.moduleRef.get(AccountMemberships, { strict: false });
    } catch {
      port = null; // identity without the associations domain: no memberships
    }
    return port ? port.forClosing(userId, manager) : Promise.resolve({ associationIds: [], solePresidentOf: [] });
  }
}
