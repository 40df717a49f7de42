import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, AppError, CurrentMember, Member, Permission } from '@assoc/platform-api';
import { ProjectsImpactModel } from './projects-impact.model';
import { ProjectsImpactService } from './projects-impact.service';

/** What pooling costs brought the association, and the caller. */
@Resolver()
export class ProjectsImpactResolver {
  constructor(private readonly service: ProjectsImpactService) {}

  @Allow(Permission.ViewProjects)
  @Query(() => ProjectsImpactModel, {
    description: 'Optionally only the projects funded in [frozenSince, frozenBefore).',
  })
  async projectsImpact(
    @Member() member: CurrentMember,
    @Args('frozenSince', { type: () => Date, nullable: true }) frozenSince: Date | null,
    @Args('frozenBefore', { type: () => Date, nullable: true }) frozenBefore: Date | null,
  ): Promise<ProjectsImpactModel> {
    if (frozenSince && frozenBefore && frozenBefore <= frozenSince)
      throw AppError.field('frozenBefore', 'endBeforeStart');
    return this.service.impact(member, { frozenSince, frozenBefore });
  }
}
