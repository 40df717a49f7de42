import { Injectable, OnModuleInit } from '@nestjs/common';
import { AssociationReads, MembershipReads } from '@assoc/associations-api';
import {
  afterCommit,
  DataFile,
  DataPart,
  DataSection,
  dataTime,
  FileStore,
  PersonalData,
  PersonSubject,
} from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { LOGO_IMAGE } from './logo-storage';
import { ShopEntity } from './shop.entity';

const iso = dataTime;
const logoKey = (file: string): string => `uploads/${LOGO_IMAGE.folder}/${file}`;
/** Where a shop's logo goes in the archive: `files/directory/<shop id>-logo.<ext>`. */
const logoPathInArchive = (shop: ShopEntity): string | null =>
  shop.logoFile ? `files/directory/${shop.id}-logo.${shop.logoFile.split('.').pop()}` : null;

/**
 * What the directory holds about a person (issue 25): the shop profile of each of their memberships, every field,
 * and its logo. Erasing the person takes the shop out of the directory and the search (the membership ends in the
 * associations domain; the directory's entries follow it) and empties what describes or reaches the shopkeeper:
 * address, phone, website, description, opening hours and logo (its file deleted once the closing commits, unless
 * another shop shows the same image). The shop's row stays with its name, trade, postcode and town: past cashmobs
 * and campaign offers and redemptions point at it, and the association's records of what they brought to whom
 * must stay exact (those tables refuse the row's deletion).
 */
@Injectable()
export class DirectoryPersonalData implements OnModuleInit {
  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly associations: AssociationReads,
    private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.personalData.register({
      domain: 'directory',
      exportPerson: (subject, manager) => this.exportPerson(subject, manager),
      erasePerson: (subject, manager) => this.erasePerson(subject, manager),
      exportAssociation: (associationId, manager) => this.exportAssociation(associationId, manager),
      eraseAssociation: (associationId, manager) => this.eraseAssociation(associationId, manager),
    });
  }

  /** The person's shops; with `lock`, their memberships held FOR UPDATE until the closing commits (their shop writes wait). */
  private async personShops(subject: PersonSubject, manager: EntityManager, lock = false): Promise<ShopEntity[]> {
    const memberships = await this.memberships.personMemberships(subject.userId, subject.associationIds, manager, lock);
    if (!memberships.length) return [];
    return manager.find(ShopEntity, {
      where: {
        associationId: In([...subject.associationIds]),
        membershipId: In(memberships.map((m) => m.id)),
      },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const shops = await this.personShops(subject, manager);
    const names = new Map<string, string>();
    for (const id of new Set(shops.map((s) => s.associationId)))
      names.set(id, (await this.associations.summary(id, manager))?.name ?? '');
    return {
      sections: [
        shopSection(shops, names, {
          fr: 'Le profil de votre commerce dans l’annuaire de chaque association : tous ses champs ; le logo est dans files/directory.',
          en: 'Your shop’s profile in each association’s directory: every field; the logo is in files/directory.',
        }),
      ],
      files: logoFiles(shops),
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    await this.empty(await this.personShops(subject, manager, true), manager);
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const shops = await manager.find(ShopEntity, { where: { associationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const name = (await this.associations.summary(associationId, manager))?.name ?? '';
    return {
      sections: [
        shopSection(shops, new Map([[associationId, name]]), {
          fr: 'Les commerces de l’annuaire, y compris ceux d’anciens adhérents : tous leurs champs ; les logos sont dans files/directory.',
          en: 'The directory’s shops, former members’ too: every field; the logos are in files/directory.',
        }),
      ],
      files: logoFiles(shops),
    };
  }

  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await this.empty(await manager.find(ShopEntity, { where: { associationId } }), manager);
  }

  /**
   * Empties what describes or reaches the shopkeeper, keeping the row (name, trade, postcode, town) for the
   * records that point at it; the logos' files go after the commit when no shop shows them any more (a public
   * logo is named by its bytes, so two shops may share one file).
   */
  private async empty(shops: readonly ShopEntity[], manager: EntityManager): Promise<void> {
    if (!shops.length) return;
    await manager.update(
      ShopEntity,
      { id: In(shops.map((s) => s.id)) },
      { address: '', phone: null, website: null, description: null, logoFile: null, openingHours: [] },
    );
    const logos = [...new Set(shops.flatMap((s) => (s.logoFile ? [s.logoFile] : [])))];
    if (!logos.length) return;
    const reader = manager.connection.manager;
    await afterCommit(manager, 'Deleting erased shop logos', async () => {
      const stillShown = await reader.find(ShopEntity, { select: { logoFile: true }, where: { logoFile: In(logos) } });
      const kept = new Set(stillShown.map((s) => s.logoFile));
      for (const logo of logos) if (!kept.has(logo)) await this.files.delete(logoKey(logo));
    });
  }
}

function shopSection(
  shops: readonly ShopEntity[],
  associationNames: ReadonlyMap<string, string>,
  description: DataSection['description'],
): DataSection {
  return {
    name: 'directory-shops',
    description,
    columns: [
      'association',
      'shopId',
      'name',
      'trade',
      'address',
      'postcode',
      'town',
      'phone',
      'website',
      'description',
      'openingHours',
      'logo',
      'createdAt',
      'updatedAt',
    ],
    rows: shops.map((s) => ({
      association: associationNames.get(s.associationId) ?? null,
      shopId: s.id,
      name: s.name,
      trade: s.trade,
      address: s.address,
      postcode: s.postcode,
      town: s.town,
      phone: s.phone,
      website: s.website,
      description: s.description,
      openingHours: JSON.stringify(s.openingHours),
      logo: logoPathInArchive(s),
      createdAt: iso(s.createdAt),
      updatedAt: iso(s.updatedAt),
    })),
  };
}

function logoFiles(shops: readonly ShopEntity[]): DataFile[] {
  return shops.flatMap((s) => {
    const path = logoPathInArchive(s);
    return path && s.logoFile ? [{ path, key: logoKey(s.logoFile) }] : [];
  });
}
