import { Routes } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { associationGuard, permissionGuard, provideTypePolicies, withTexts } from '@assoc/platform-web/core';
import { projectsTypePolicies } from './data-access/projects.type-policies';
import { projectsTexts } from './projects.texts';

/** Joint projects (inside the application shell, in the current association). */
export const projectsRoutes: Routes = [
  {
    path: '',
    providers: [provideTypePolicies('projects', projectsTypePolicies)],
    children: withTexts(
      [projectsTexts],
      [
        {
          path: 'projects',
          title: 'projects.title',
          canActivate: [associationGuard, permissionGuard(Permission.ViewProjects)],
          loadComponent: () => import('./projects-page/projects-page').then((m) => m.ProjectsPage),
        },
        {
          path: 'projects/new',
          title: 'projects.editor.newTitle',
          canActivate: [associationGuard, permissionGuard(Permission.DraftProject)],
          loadComponent: () => import('./project-editor/project-editor').then((m) => m.ProjectEditor),
        },
        {
          path: 'projects/:id/edit',
          title: 'projects.editor.editTitle',
          canActivate: [associationGuard, permissionGuard(Permission.DraftProject)],
          loadComponent: () => import('./project-editor/project-editor').then((m) => m.ProjectEditor),
        },
        {
          path: 'projects/:id',
          title: 'projects.title',
          canActivate: [associationGuard, permissionGuard(Permission.ViewProjects)],
          loadComponent: () => import('./project-page/project-page').then((m) => m.ProjectPage),
        },
      ],
    ),
  },
];
