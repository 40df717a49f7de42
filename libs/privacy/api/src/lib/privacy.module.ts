import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssociationsModule } from '@assoc/associations-api';
import { FilesModule, PersonalData } from '@assoc/platform-api';
import { PRIVACY_MESSAGES, PRIVACY_PERMISSIONS, PRIVACY_RETENTION, PRIVACY_SECOND_FACTOR } from '@assoc/privacy-domain';
import {
  registerMessages,
  registerPermissions,
  registerRetention,
  registerSecondFactorPermissions,
} from '@assoc/platform-domain';
import { DataExportController } from './data-export.controller';
import { DataExportJob } from './data-export.job';
import { DataExportResolver } from './data-export.resolver';
import { DataExportsService } from './data-exports.service';
import { PRIVACY_ENTITIES } from './privacy.entities';
import { PrivacyPagesController } from './privacy-pages.controller';
import { PrivacyPersonalData } from './privacy-personal-data';

// This domain's own error reasons, permissions and retention periods, registered with the platform (ADR 0026).
registerMessages('privacy', PRIVACY_MESSAGES);
registerPermissions('privacy', PRIVACY_PERMISSIONS);
registerRetention('privacy', PRIVACY_RETENTION);
registerSecondFactorPermissions('privacy', PRIVACY_SECOND_FACTOR);

/**
 * What the platform does with personal data (issue 25): a person's export and the president's export of
 * the association (built by a job from every domain's `PersonalDataSource`, offered by an expiring link),
 * and the public privacy and legal-notice pages.
 */
@Module({
  imports: [AssociationsModule, FilesModule, TypeOrmModule.forFeature(PRIVACY_ENTITIES)],
  controllers: [DataExportController, PrivacyPagesController],
  providers: [DataExportsService, DataExportJob, DataExportResolver, PrivacyPersonalData],
  exports: [DataExportsService],
})
export class PrivacyModule implements OnModuleInit {
  static readonly entities = PRIVACY_ENTITIES;

  constructor(
    private readonly personalData: PersonalData,
    private readonly own: PrivacyPersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this.own);
  }
}
