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
import { IDENTITY_ENTITIES } from './identity.entities';
import { IDENTITY_MESSAGES } from '@assoc/identity-domain';
import { registerMessages } from '@assoc/platform-domain';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('identity', IDENTITY_MESSAGES);

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
  ],
  exports: [AuthService, SessionService, SessionAuthenticator, PasswordHasher],
})
export class IdentityModule {}
    AccountService,
    AccountSessions,
    AccountResolver,
