import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ProjectStatus } from '@assoc/projects-domain';

@ObjectType('ProjectStatusCount')
export class ProjectStatusCountModel {
  @Field(() => ProjectStatus) status!: ProjectStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('ProjectsImpact')
export class ProjectsImpactModel {
  @Field(() => [ProjectStatusCountModel]) byStatus!: ProjectStatusCountModel[];
  @Field(() => Int, { description: 'Funded, active or closed projects (shares frozen).' }) fundedCount!: number;
  @Field(() => Int, { description: 'Shops taking part in those projects, counted once per project.' })
  participations!: number;
  @Field(() => Float, { description: 'Their frozen shares added up, integer cents.' }) pooledCents!: number;
  @Field(() => Float, {
    description: 'What participants saved against going alone (solo prices − share), integer cents.',
  })
  savedCents!: number;
  @Field(() => Float) myPooledCents!: number;
  @Field(() => Float) mySavedCents!: number;
}
