import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A six-digit code from the authenticator app, or a recovery code ("k7m2p-xq4rt"); spaces and dashes are ignored. */
function CodeField(): PropertyDecorator {
  return (target, key) => {
    Field({ description: 'A code from the authenticator app, or a recovery code.' })(target, key);
    IsString()(target, key);
    IsNotEmpty()(target, key);
    MaxLength(32)(target, key);
  };
}

@InputType()
export class SecondFactorCodeInput {
  @CodeField() code!: string;
}

@InputType()
export class DisableSecondFactorInput {
  @Field() @IsString() @IsNotEmpty() @MaxLength(1024) password!: string;
  @CodeField() code!: string;
}

@ObjectType('SecondFactorStatus')
export class SecondFactorStatusModel {
  @Field({ description: 'The second factor is on: sign-in asks for a code.' }) enabled!: boolean;
  @Field(() => Int, { description: 'Recovery codes not used yet.' }) recoveryCodesLeft!: number;
  @Field(() => [String], {
    description: 'Names of the associations that require a second factor of this person (empty once it is on).',
  })
  requiredBy!: string[];
}

@ObjectType('SecondFactorSetup')
export class SecondFactorSetupModel {
  @Field({ description: 'The secret (base32), to type into an app by hand; shown during setup only.' }) secret!: string;
  @Field({ description: 'The otpauth:// URI the QR code holds.' }) otpauthUri!: string;
  @Field({ description: 'The QR code, as an SVG data URL.' }) qrCode!: string;
}

@ObjectType('RecoveryCodes')
export class RecoveryCodesModel {
  @Field(() => [String], { description: 'Ten single-use codes, shown this once (only their hashes are kept).' })
  codes!: string[];
}
