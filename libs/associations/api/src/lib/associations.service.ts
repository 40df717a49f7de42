import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { SecondFactorService } from '@assoc/identity-api';
import { AppError, CurrentMember, Role } from '@assoc/platform-api';
import { DEFAULT_CURRENCY, DEFAULT_TIME_ZONE } from '@assoc/shared-util';
import { associationSlugBase, associationSlugCandidate } from '@assoc/associations-domain';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { CreateAssociationInput, UpdateAssociationSettingsInput } from './association.inputs';
import { AssociationEntity } from './association.entity';
import { MembershipEntity } from './membership.entity';

/**
 * The first free slug of `base`, `base-2`, `base-3`... Two associations of the same name created at the same
 * instant: the unique index refuses the second, whose creation then fails as a whole (nothing half-written).
 */
async function freeSlug(manager: EntityManager, base: string): Promise<string> {
  const rows = (await manager.query(
    `SELECT slug FROM associations WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
    [base],
  )) as { slug: string }[];
  const taken = new Set(rows.map((r) => r.slug));
  let n = 1;
  while (taken.has(associationSlugCandidate(base, n))) n++;
  return associationSlugCandidate(base, n);
}

/** Associations themselves: creating one, its settings and decision rules. */
@Injectable()
export class AssociationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AssociationEntity) private readonly associations: Repository<AssociationEntity>,
    @InjectRepository(MembershipEntity) private readonly memberships: Repository<MembershipEntity>,
    private readonly secondFactor: SecondFactorService,
  ) {}

  /** Creates the association and makes its creator PRESIDENT, together. */
  async create(userId: string, input: CreateAssociationInput): Promise<MembershipEntity> {
    return this.dataSource.transaction(async (manager) => {
      const slug = await freeSlug(manager, associationSlugBase(input.name));
      const association = await manager.save(
        manager.create(AssociationEntity, {
          name: input.name.trim(),
          slug,
          town: input.town.trim(),
          postcode: input.postcode,
          timeZone: input.timeZone ?? DEFAULT_TIME_ZONE,
          currency: input.currency ?? DEFAULT_CURRENCY,
        }),
      );
      const membership = await manager.save(
        manager.create(MembershipEntity, {
          associationId: association.id,
          userId,
          role: Role.PRESIDENT,
          removedAt: null,
        }),
      );
      return manager.findOneOrFail(MembershipEntity, {
        where: { id: membership.id },
        relations: { user: true, association: true },
      });
    });
  }

  async current(member: CurrentMember): Promise<AssociationEntity> {
    return this.associations.findOneByOrFail({ id: member.associationId });
  }

  async updateSettings(member: CurrentMember, input: UpdateAssociationSettingsInput): Promise<AssociationEntity> {
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as Partial<AssociationEntity>;
    if (typeof changes.name === 'string') changes.name = changes.name.trim();
    if (typeof changes.town === 'string') changes.town = changes.town.trim();
    // Requiring a second factor of others starts with one's own: else the president could no longer edit settings.
    if (changes.secondFactorRequired && !(await this.secondFactor.isOn(this.dataSource.manager, member.userId)))
      throw AppError.field('secondFactorRequired', 'secondFactorNeededToRequire');
    // Saving the page counts as settings done for the onboarding, even when nothing changed.
    await this.associations.update(member.associationId, { ...changes, settingsSavedAt: new Date() });
    return this.current(member);
  }

  memberCount(associationId: string): Promise<number> {
    return this.memberships.count({ where: { associationId, removedAt: IsNull() } });
  }

  /** The person's active memberships across associations, oldest first. */
  viewerMemberships(userId: string): Promise<MembershipEntity[]> {
    return this.memberships.find({
      where: { userId, removedAt: IsNull() },
      relations: { user: true, association: true },
      order: { createdAt: 'ASC' },
    });
  }
}
