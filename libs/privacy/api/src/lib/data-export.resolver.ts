import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Authenticated, AuthUser, CurrentMember, CurrentUser, Member, RequestLocale } from '@assoc/platform-api';
import { Locale, Permission } from '@assoc/platform-domain';
import { DataExportStatus } from '@assoc/privacy-domain';
import { DataExportEntity } from './data-export.entity';
import { DataExportModel } from './data-export.models';
import { DataExportsService } from './data-exports.service';

/** The export's URL for its owner (the controller checks the session again). */
export const exportDownloadPath = (id: string) => `/api/privacy/exports/${id}`;

@Resolver(() => DataExportModel)
export class DataExportResolver {
  constructor(private readonly exports: DataExportsService) {}

  private model(row: DataExportEntity): DataExportModel {
    const status = this.exports.statusOf(row);
    return {
      id: row.id,
      kind: row.kind,
      status,
      requestedAt: row.requestedAt,
      readyAt: row.readyAt,
      expiresAt: row.expiresAt,
      sizeBytes: row.sizeBytes,
      downloadUrl: status === DataExportStatus.READY ? exportDownloadPath(row.id) : null,
    };
  }

  @Authenticated()
  @Query(() => DataExportModel, { nullable: true, description: 'The caller’s newest export of their own data.' })
  async myDataExport(@CurrentUser() user: AuthUser): Promise<DataExportModel | null> {
    const row = await this.exports.latestPerson(user.id);
    return row && this.model(row);
  }

  @Authenticated()
  @Mutation(() => DataExportModel, {
    description:
      'Asks for a ZIP of everything the platform holds about the caller (GDPR articles 15 and 20): built by a job, mailed when ready. A second ask while one is pending returns that one.',
  })
  async requestMyDataExport(@CurrentUser() user: AuthUser): Promise<DataExportModel> {
    return this.model(await this.exports.requestPerson(user));
  }

  @Allow(Permission.ExportAssociationData)
  @Query(() => DataExportModel, {
    nullable: true,
    description: 'The newest export of the current association asked for by the caller (its president).',
  })
  async associationDataExport(@Member() member: CurrentMember): Promise<DataExportModel | null> {
    const row = await this.exports.latestAssociation(member);
    return row && this.model(row);
  }

  @Allow(Permission.ExportAssociationData)
  @Mutation(() => DataExportModel, {
    description:
      'Asks for a ZIP of everything the platform holds for the current association (members, shops, posts, projects and ledgers, campaigns, cashmobs, meetings). One pending export per association.',
  })
  async requestAssociationDataExport(
    @Member() member: CurrentMember,
    @RequestLocale() locale: Locale,
  ): Promise<DataExportModel> {
    return this.model(await this.exports.requestAssociation(member, locale));
  }
}
