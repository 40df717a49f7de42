import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionAuthenticator } from '@assoc/platform-api';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginFailureEntity } from './login-failure.entity';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { UserEntity } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, PasswordResetTokenEntity, LoginFailureEntity])],
  providers: [
    AuthService,
    SessionService,
    { provide: SessionAuthenticator, useExisting: SessionService },
    LoginThrottle,
    PasswordHasher,
    AuthResolver,
  ],
  exports: [AuthService, SessionService, SessionAuthenticator, PasswordHasher],
})
export class IdentityModule {}
