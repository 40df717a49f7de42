import { Injectable } from '@nestjs/common';
import { DataPart, PersonalDataSource, PersonSubject } from '@assoc/platform-api';
import type { EntityManager } from 'typeorm';
import { DataExportEntity } from './data-export.entity';
import { DataExportsService } from './data-exports.service';

/**
 * What privacy itself holds about a person: the exports they asked for (when, which, until when). Erasing
 * them ends every export at once (the job deletes the files on its next run); an association's closing
 * ends the exports of that association.
 */
@Injectable()
export class PrivacyPersonalData implements PersonalDataSource {
  readonly domain = 'privacy';

  constructor(private readonly exports: DataExportsService) {}

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const rows = await manager.find(DataExportEntity, {
      where: { userId: subject.userId },
      order: { requestedAt: 'ASC' },
    });
    return {
      sections: [
        {
          name: 'privacy-exports',
          description: {
            fr: 'Les exports de données que vous avez demandés : quand, lesquels, jusqu’à quand ils sont téléchargeables.',
            en: 'The data exports you asked for: when, which ones, until when they can be downloaded.',
          },
          columns: ['requestedAt', 'kind', 'associationId', 'status', 'readyAt', 'expiresAt'],
          rows: rows.map((row) => ({
            requestedAt: row.requestedAt.toISOString(),
            kind: row.kind,
            associationId: row.associationId,
            status: row.status,
            readyAt: row.readyAt?.toISOString() ?? null,
            expiresAt: row.expiresAt?.toISOString() ?? null,
          })),
        },
      ],
    };
  }

  erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    return this.exports.endPersonExports(subject.userId, manager);
  }

  async exportAssociation(): Promise<DataPart> {
    // The association's exports are its presidents' own requests, in their personal exports.
    return { sections: [] };
  }

  eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    return this.exports.endAssociationExports(associationId, manager);
  }
}
