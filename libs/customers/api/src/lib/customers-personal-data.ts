import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, DataPart, dataTime, PersonalData } from '@assoc/platform-api';
import { EntityManager } from 'typeorm';
import { CustomerDataSources } from './customer-data-sources';
import { CARD_COLUMNS, cardOf, CardRow } from './customer-card';
import { pseudonymise } from './customers.service';

/**
 * The customers domain in the platform's personal data (ADR 0031). Customers are not platform users: a person's
 * export or closing holds nothing of theirs here (a customer takes their data away on their my-data page).
 * The association's export lists its customers (the president's export); closing the association erases them
 * all: each registered customer data source first (ideas, points of each customer), then the rows
 * pseudonymised as a customer's own erasure does.
 */
@Injectable()
export class CustomersPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly sources: CustomerDataSources,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'customers',
      exportPerson: async () => ({ sections: [] }),
      erasePerson: async () => undefined,
      exportAssociation: (associationId, manager) => this.exportAssociation(associationId, manager),
      eraseAssociation: (associationId, manager) => this.eraseAssociation(associationId, manager),
    });
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const rows = (await manager.query(
      `SELECT ${CARD_COLUMNS} FROM customers c WHERE c."associationId" = $1 ORDER BY c."createdAt", c.id`,
      [associationId],
    )) as CardRow[];
    return {
      sections: [
        {
          name: 'customers-customers',
          description: {
            fr: 'Les clients de l’association : prénom, e-mail, langue, consentements (date où chacun a été donné), code de carte, adhésion, confirmation, effacement.',
            en: 'The association’s customers: first name, e-mail, language, consents (when each was given), card code, joined, confirmed, erased.',
          },
          columns: [
            'id',
            'firstName',
            'email',
            'language',
            'consentLoyaltyAt',
            'consentNewsAt',
            'consentIdeasAt',
            'cardCode',
            'cardRevokedAt',
            'joinedAt',
            'confirmedAt',
            'erasedAt',
          ],
          rows: rows.map((r) => ({
            id: r.id,
            firstName: r.firstName,
            email: r.email,
            language: r.language,
            consentLoyaltyAt: dataTime(r.consentLoyaltyAt),
            consentNewsAt: dataTime(r.consentNewsAt),
            consentIdeasAt: dataTime(r.consentIdeasAt),
            cardCode: r.cardCode,
            cardRevokedAt: dataTime(r.cardRevokedAt),
            joinedAt: dataTime(r.createdAt),
            confirmedAt: dataTime(r.confirmedAt),
            erasedAt: dataTime(r.erasedAt),
          })),
        },
      ],
    };
  }

  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    const rows = (await manager.query(
      `SELECT ${CARD_COLUMNS} FROM customers c WHERE c."associationId" = $1 AND c."erasedAt" IS NULL
        ORDER BY c.id FOR UPDATE`,
      [associationId],
    )) as CardRow[];
    for (const row of rows) for (const source of this.sources.sources()) await source.erase(manager, cardOf(row));
    await pseudonymise(manager, associationId, 'all', this.clock.now());
  }
}
