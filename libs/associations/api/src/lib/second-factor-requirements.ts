import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SecondFactorRequirements } from '@assoc/identity-api';
import { rolesNeedingSecondFactor } from '@assoc/platform-domain';
import { DataSource } from 'typeorm';
import { AssociationEntity } from './association.entity';
import { MembershipEntity } from './membership.entity';

/**
 * Which of a person's associations require a second factor of them (issue 25): those whose setting is on,
 * where the person's role holds a permission that its domain marked as needing one (money, roles, rules).
 */
@Injectable()
export class AssociationSecondFactorRequirements extends SecondFactorRequirements {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async requiredBy(userId: string): Promise<string[]> {
    const roles = rolesNeedingSecondFactor();
    if (!roles.length) return [];
    const rows = await this.dataSource
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin(AssociationEntity, 'a', 'a.id = m.associationId')
      .select('a.name', 'name')
      .where('m.userId = :userId AND m.removedAt IS NULL AND a.secondFactorRequired AND m.role IN (:...roles)', {
        userId,
        roles,
      })
      .orderBy('a.name')
      .getRawMany<{ name: string }>();
    return rows.map((row) => row.name);
  }
}
