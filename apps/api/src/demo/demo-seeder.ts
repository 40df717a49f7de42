import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssociationEntity, MembershipEntity } from '@assoc/associations-api';
import { ShopEntity } from '@assoc/directory-api';
import { PasswordHasher, UserEntity } from '@assoc/identity-api';
import { AppConfig, Locale } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { DEMO_ASSOCIATION, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data';

/** On first start (SEED_DEMO, default on), creates the demo association; later starts leave it alone. */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const created = await this.dataSource.transaction(async (manager) => {
      // One instance seeds; the others wait, then see it done.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('demo-seed'))`);
      if (await manager.exists(UserEntity, { where: { email: DEMO_PEOPLE[0].email } })) return false;
      const association = await manager.save(manager.create(AssociationEntity, DEMO_ASSOCIATION));
      for (const person of DEMO_PEOPLE) {
        const user = await manager.save(manager.create(UserEntity, { email: person.email, name: person.name, passwordHash, locale: Locale.FR }));
        const membership = await manager.save(manager.create(MembershipEntity, { associationId: association.id, userId: user.id, role: person.role, removedAt: null }));
        if (person.shop) {
          await manager.insert(ShopEntity, { ...person.shop, associationId: association.id, membershipId: membership.id, postcode: DEMO_ASSOCIATION.postcode, town: DEMO_ASSOCIATION.town, website: person.shop.website ?? null, logoFile: null });
        }
      }
      return true;
    });
    if (created) this.logger.log(`Demo association "${DEMO_ASSOCIATION.name}" created (password for every demo account: ${DEMO_PASSWORD})`);
  }
}
