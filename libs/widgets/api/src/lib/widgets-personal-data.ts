import { Injectable, OnModuleInit } from '@nestjs/common';
import { MembershipReads } from '@assoc/associations-api';
import { ShopReads } from '@assoc/directory-api';
import {
  afterCommit,
  DataFile,
  DataPart,
  DataSection,
  dataTime,
  FileStore,
  PersonalData,
  PersonalDataSource,
  PersonSubject,
} from '@assoc/platform-api';
import { EntityManager, In } from 'typeorm';
import { FeaturedProductEntity } from './featured-product.entity';
import { PRODUCT_PHOTO } from './photo-storage';
import { WidgetEntity } from './widget.entity';

const iso = dataTime;
const photoKey = (file: string): string => `uploads/${PRODUCT_PHOTO.folder}/${file}`;
/** Where a product's photo goes in the archive: `files/widgets/<product id>.<ext>`. */
const photoInArchive = (p: FeaturedProductEntity): DataFile | null =>
  p.photoFile ? { path: `files/widgets/${p.id}.${p.photoFile.split('.').pop()}`, key: photoKey(p.photoFile) } : null;

const PRODUCT_COLUMNS = [
  'product_id',
  'shop',
  'position',
  'name',
  'price_cents',
  'text',
  'link',
  'photo',
  'created_at',
  'updated_at',
] as const;

function productsSection(
  products: readonly FeaturedProductEntity[],
  shops: ReadonlyMap<string, string>,
  description: { fr: string; en: string },
): DataSection {
  return {
    name: 'widgets-featured-products',
    description,
    columns: PRODUCT_COLUMNS,
    rows: products.map((p) => ({
      product_id: p.id,
      shop: shops.get(p.shopId) ?? null,
      position: p.position,
      name: p.name,
      price_cents: p.priceCents,
      text: p.text,
      link: p.link,
      photo: photoInArchive(p)?.path ?? null,
      created_at: iso(p.createdAt),
      updated_at: iso(p.updatedAt),
    })),
  };
}

/**
 * The widgets' personal data (issue 25), registered with the platform's `PersonalData`. The widgets
 * themselves are the association's settings (contents, colours, shops shown): nothing personal. What a
 * person wrote here is their shop's featured products (name, price, text, link, photo).
 *
 * Erasing a person: their shops' featured products go with their photos (deleted from the file store once
 * the closing transaction commits, unless another product shows the same image), as the directory empties
 * the shop's own description and logo; widgets stay (they only name the shop, which the directory keeps).
 */
@Injectable()
export class WidgetsPersonalData implements OnModuleInit, PersonalDataSource {
  readonly domain = 'widgets';

  constructor(
    private readonly personalData: PersonalData,
    private readonly memberships: MembershipReads,
    private readonly shops: ShopReads,
    private readonly files: FileStore,
  ) {}

  onModuleInit(): void {
    this.personalData.register(this);
  }

  async exportPerson(subject: PersonSubject, manager: EntityManager): Promise<DataPart> {
    const shops = await this.shopsOf(subject, manager, false);
    const products = shops.size
      ? await manager.find(FeaturedProductEntity, {
          where: { shopId: In([...shops.keys()]) },
          order: { shopId: 'ASC', position: 'ASC' },
        })
      : [];
    return {
      sections: [
        productsSection(products, shops, {
          fr: 'Les produits mis en avant par votre boutique dans les widgets (prix en centimes ; la photo est dans files/widgets/).',
          en: 'The products your shop puts forward in the widgets (prices in cents; the photo is in files/widgets/).',
        }),
      ],
      files: products.flatMap((p) => photoInArchive(p) ?? []),
    };
  }

  async erasePerson(subject: PersonSubject, manager: EntityManager): Promise<void> {
    // Their shops' rows locked, as adding a product locks them: none can be added meanwhile.
    const shops = await this.shopsOf(subject, manager, true);
    if (shops.size) await this.eraseProducts(manager, { shopId: In([...shops.keys()]) });
  }

  async exportAssociation(associationId: string, manager: EntityManager): Promise<DataPart> {
    const widgets = await manager.find(WidgetEntity, { where: { associationId }, order: { createdAt: 'ASC' } });
    const products = await manager.find(FeaturedProductEntity, {
      where: { associationId },
      order: { shopId: 'ASC', position: 'ASC' },
    });
    const shopIds = [...new Set([...products.map((p) => p.shopId), ...widgets.flatMap((w) => w.shopIds)])];
    const shops = await this.shops.names(associationId, shopIds);
    const creators = new Map(
      (
        await this.memberships.contacts(
          associationId,
          widgets.map((w) => w.createdByMembershipId),
          manager,
        )
      ).map((c) => [c.membershipId, c.name]),
    );
    return {
      sections: [
        {
          name: 'widgets-widgets',
          description: {
            fr: 'Les widgets de l’association : contenu, boutiques et métiers montrés, langue, taille et couleurs.',
            en: 'The association’s widgets: contents, shops and trades shown, language, size and colours.',
          },
          columns: [
            'widget_id',
            'name',
            'contents',
            'shops',
            'trades',
            'language',
            'size',
            'max_items',
            'accent_color',
            'background_color',
            'text_color',
            'created_by',
            'created_at',
          ],
          rows: widgets.map((w) => ({
            widget_id: w.id,
            name: w.name,
            contents: w.contents.join(' '),
            shops: w.shopIds.map((id) => shops.get(id) ?? id).join(' | '),
            trades: w.trades.join(' '),
            language: w.language,
            size: w.size,
            max_items: w.maxItems,
            accent_color: w.accentColor,
            background_color: w.backgroundColor,
            text_color: w.textColor,
            created_by: creators.get(w.createdByMembershipId) ?? null,
            created_at: iso(w.createdAt),
          })),
        },
        productsSection(products, shops, {
          fr: 'Les produits mis en avant par les boutiques (prix en centimes ; les photos sont dans files/widgets/).',
          en: 'The products the shops put forward (prices in cents; the photos are in files/widgets/).',
        }),
      ],
      files: products.flatMap((p) => photoInArchive(p) ?? []),
    };
  }

  /** A closed association: every shop's featured products and photos go; the widgets (its settings) stay. */
  async eraseAssociation(associationId: string, manager: EntityManager): Promise<void> {
    await this.eraseProducts(manager, { associationId });
  }

  /** The shops of the person's memberships, by id with their name; locked FOR UPDATE with `lock`. */
  private async shopsOf(subject: PersonSubject, manager: EntityManager, lock: boolean): Promise<Map<string, string>> {
    const shops = new Map<string, string>();
    const memberships = await this.memberships.personMemberships(subject.userId, subject.associationIds, manager);
    for (const m of memberships) {
      const shop = await this.shops.ownShop(m.associationId, m.id, manager, lock);
      if (shop) shops.set(shop.id, shop.name);
    }
    return shops;
  }

  private async eraseProducts(
    manager: EntityManager,
    where: { shopId: ReturnType<typeof In> } | { associationId: string },
  ): Promise<void> {
    const products = await manager.find(FeaturedProductEntity, { where });
    if (!products.length) return;
    await manager.delete(FeaturedProductEntity, { id: In(products.map((p) => p.id)) });
    const photos = [...new Set(products.flatMap((p) => p.photoFile ?? []))];
    if (!photos.length) return;
    const reader = manager.connection.manager;
    // Photos are stored by content: one another product still shows stays.
    await afterCommit(manager, 'Deleting erased featured products’ photos', async () => {
      const still = await reader.find(FeaturedProductEntity, {
        select: { photoFile: true },
        where: { photoFile: In(photos) },
      });
      const kept = new Set(still.map((p) => p.photoFile));
      for (const photo of photos) if (!kept.has(photo)) await this.files.delete(photoKey(photo));
    });
  }
}
