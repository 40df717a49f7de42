import { inject, Injectable } from '@angular/core';
import type { CreateProjectTaskInput, UpdateProjectTaskInput } from '@assoc/platform-web/core';
import { resultData } from '@assoc/platform-web/core';
import { Apollo } from 'apollo-angular';
import { Observable } from 'rxjs';
import {
  CreateProjectTaskDocument,
  DeleteProjectTaskDocument,
  ProjectTaskFieldsFragment,
  ProjectTasksDocument,
  SetProjectTaskDoneDocument,
  UpdateProjectTaskDocument,
} from '../graphql/projects.generated';

/** A project's plan: its tasks and their changes. */
@Injectable({ providedIn: 'root' })
export class ProjectTasksData {
  private readonly apollo = inject(Apollo);

  /**
   * The plan in the server's order (by due day, which a change may move), read again after each
   * change the panel makes: `network-only`, since the order is the server's to compute.
   */
  tasks(projectId: string): Observable<ProjectTaskFieldsFragment[]> {
    return this.apollo
      .query({ query: ProjectTasksDocument, variables: { projectId }, fetchPolicy: 'network-only' })
      .pipe(resultData((data) => data.projectTasks));
  }

  create(input: CreateProjectTaskInput): Observable<ProjectTaskFieldsFragment> {
    return this.apollo
      .mutate({ mutation: CreateProjectTaskDocument, variables: { input } })
      .pipe(resultData((data) => data.createProjectTask));
  }

  update(input: UpdateProjectTaskInput): Observable<ProjectTaskFieldsFragment> {
    return this.apollo
      .mutate({ mutation: UpdateProjectTaskDocument, variables: { input } })
      .pipe(resultData((data) => data.updateProjectTask));
  }

  setDone(id: string, done: boolean): Observable<ProjectTaskFieldsFragment> {
    return this.apollo
      .mutate({ mutation: SetProjectTaskDoneDocument, variables: { id, done } })
      .pipe(resultData((data) => data.setProjectTaskDone));
  }

  remove(id: string): Observable<string> {
    return this.apollo
      .mutate({ mutation: DeleteProjectTaskDocument, variables: { id } })
      .pipe(resultData((data) => data.deleteProjectTask));
  }
}
