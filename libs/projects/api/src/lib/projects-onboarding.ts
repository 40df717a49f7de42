import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { OnboardingSteps } from '@assoc/associations-api';
import { Repository } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** A new president's "first project or campaign" step (issue 16), on the projects' side: the association has a project. */
@Injectable()
export class ProjectsOnboarding implements OnModuleInit {
  constructor(
    private readonly onboarding: OnboardingSteps,
    @InjectRepository(ProjectEntity) private readonly projects: Repository<ProjectEntity>,
  ) {}

  onModuleInit(): void {
    this.onboarding.register({
      key: 'firstProject',
      audience: 'president',
      order: 30,
      link: '/projects',
      done: ({ associationId }) => this.projects.exists({ where: { associationId } }),
    });
  }
}
