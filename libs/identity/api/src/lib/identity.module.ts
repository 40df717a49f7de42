import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionAuthenticator } from '@assoc/platform-api';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { PendingSignUpEntity } from './pending-sign-up.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SignUpService } from './sign-up.service';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordResetTokenEntity, PendingSignUpEntity])],
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
