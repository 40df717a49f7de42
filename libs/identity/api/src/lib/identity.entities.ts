import { EmailChangeEntity } from './email-change.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { PendingSignUpEntity } from './pending-sign-up.entity';
import { RecoveryCodeEntity, SecondFactorEntity, SecondFactorStepEntity } from './second-factor.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

/**
 * The tables this library owns (the identity domain): its module registers them with TypeORM,
 * and apps/api composes every library's list for the TypeORM CLI, the tests and the running API.
 */
export const IDENTITY_ENTITIES = [
  UserEntity,
  SessionEntity,
  PasswordResetTokenEntity,
  PendingSignUpEntity,
  SecondFactorEntity,
  RecoveryCodeEntity,
  SecondFactorStepEntity,
  EmailChangeEntity,
];
