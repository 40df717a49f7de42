import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { DirectoryModule } from '@assoc/directory-api';
import { registerMessages, registerPermissions, registerSecondFactorPermissions } from '@assoc/platform-domain';
import { TREASURY_MESSAGES, TREASURY_PERMISSIONS, TREASURY_SECOND_FACTOR } from '@assoc/treasury-domain';
import { TreasuryFilesController } from './treasury-files.controller';
import { TreasuryClosings } from './treasury-closings.service';
import { TreasuryLedger } from './treasury-ledger.service';
import { TreasuryResolver } from './treasury.resolver';
import { TreasuryService } from './treasury.service';
import { TREASURY_ENTITIES } from './treasury.entities';

// This domain's own error reasons and permissions, registered with the platform's catalogue and guard (ADR 0026).
registerMessages('treasury', TREASURY_MESSAGES);
registerPermissions('treasury', TREASURY_PERMISSIONS);
registerSecondFactorPermissions('treasury', TREASURY_SECOND_FACTOR);

/**
 * The association treasury (issue 17, ADR 0032): one append-only double-entry ledger that other domains
 * post to through `TreasuryLedger`, and the board's reads and entries.
 */
@Module({
  imports: [AssociationsModule, DirectoryModule, TypeOrmModule.forFeature(TREASURY_ENTITIES)],
  controllers: [TreasuryFilesController],
  providers: [TreasuryLedger, TreasuryClosings, TreasuryService, TreasuryResolver],
  exports: [TreasuryLedger],
})
export class TreasuryModule {
  static readonly entities = TREASURY_ENTITIES;
}
