import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionAuthenticator } from '@assoc/platform-api';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';
import { AccountSessions } from './account-sessions.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SignUpService } from './sign-up.service';
import { SecondFactorResolver } from './second-factor.resolver';
import { SecondFactorService } from './second-factor.service';
import { AccountClosingResolver } from './account-closing.resolver';
import { AccountClosingService } from './account-closing.service';
import { IdentityPersonalData } from './identity-personal-data';
import { UserFieldsResolver } from './user-fields.resolver';
import { IdentityPurge } from './identity-purge.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import {
  ACCOUNT_CLOSING_MESSAGES,
  IDENTITY_MESSAGES,
  IDENTITY_RETENTION,
  SECOND_FACTOR_MESSAGES,
} from '@assoc/identity-domain';
import { registerMessages, registerRetention } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('identity', IDENTITY_MESSAGES);
registerMessages('identity', SECOND_FACTOR_MESSAGES);
registerMessages('identity', ACCOUNT_CLOSING_MESSAGES);
registerRetention('identity', IDENTITY_RETENTION);

@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES)],
  providers: [
    AuthService,
    SignUpService,
    SessionService,
    { provide: SessionAuthenticator, useExisting: SessionService },
    LoginThrottle,
    PasswordHasher,
    AuthResolver,
    SecondFactorService,
    SecondFactorResolver,
    AccountService,
    AccountSessions,
    AccountResolver,
    UserFieldsResolver,
    IdentityPersonalData,
    AccountClosingService,
    AccountClosingResolver,
    IdentityPurge,
  ],
  exports: [AuthService, SessionService, SessionAuthenticator, PasswordHasher, SecondFactorService],
})
export class IdentityModule {
  /** Its tables, for the TypeORM CLI's data source (apps/api/src/entities.ts reads them from DOMAIN_MODULES). */
  static readonly entities = IDENTITY_ENTITIES;
}
