import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentMember, Member, Permission, uuidArg } from '@assoc/platform-api';
import { CreateProjectTaskInput, UpdateProjectTaskInput } from './project-task.inputs';
import { ProjectTaskModel, toProjectTaskModel } from './project-task.model';
import { ProjectTasksService } from './project-tasks.service';

/** A project's plan: tasks and milestones. Who may write is the service's check (author, board, assigned consultant; assignee ticks done). */
@Resolver(() => ProjectTaskModel)
export class ProjectTaskResolver {
  constructor(private readonly tasks: ProjectTasksService) {}

  @Allow(Permission.ViewProjects)
  @Query(() => [ProjectTaskModel], { description: 'By due day (undated last), then by creation.' })
  async projectTasks(
    @Args('projectId', { type: () => ID }, uuidArg('projectId')) projectId: string,
    @Member() member: CurrentMember,
  ): Promise<ProjectTaskModel[]> {
    return (await this.tasks.list(member, projectId)).map(toProjectTaskModel);
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ProjectTaskModel, {
    description: 'The assignee is told (in-app and by e-mail per their preferences).',
  })
  async createProjectTask(
    @Args('input') input: CreateProjectTaskInput,
    @Member() member: CurrentMember,
  ): Promise<ProjectTaskModel> {
    return toProjectTaskModel(await this.tasks.create(member, input));
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ProjectTaskModel)
  async updateProjectTask(
    @Args('input') input: UpdateProjectTaskInput,
    @Member() member: CurrentMember,
  ): Promise<ProjectTaskModel> {
    return toProjectTaskModel(await this.tasks.update(member, input));
  }

  @Allow(Permission.ViewProjects)
  @Mutation(() => ProjectTaskModel, { description: 'By the plan’s writers or the task’s assignee.' })
  async setProjectTaskDone(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Args('done') done: boolean,
    @Member() member: CurrentMember,
  ): Promise<ProjectTaskModel> {
    return toProjectTaskModel(await this.tasks.setDone(member, id, done));
  }

  @Allow(Permission.DraftProject)
  @Mutation(() => ID, { description: 'Returns the id of the task removed.' })
  async deleteProjectTask(
    @Args('id', { type: () => ID }, uuidArg('id')) id: string,
    @Member() member: CurrentMember,
  ): Promise<string> {
    return this.tasks.remove(member, id);
  }
}
