import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';
import { ProjectsData, ProjectsConnection } from '../data-access/projects.data';
import { ProjectSummaryFragment } from '../graphql/projects.generated';
import { MoneyPipe } from '../shared/money.pipe';
import { ImpactSummary } from './impact-summary';

/** The order of the list's sections. */
const GROUPS: readonly ProjectStatus[] = [
  ProjectStatus.DRAFT,
  ProjectStatus.PROPOSED,
  ProjectStatus.APPROVED_OPEN,
  ProjectStatus.FUNDED,
  ProjectStatus.ACTIVE,
  ProjectStatus.CLOSED,
  ProjectStatus.REJECTED,
  ProjectStatus.CANCELLED,
];

/** /projects — the association's joint projects, by status. */
@Component({
  selector: 'assoc-projects-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    MoneyPipe,
    ImpactSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './projects-page.html',
  styleUrl: './projects-page.scss',
})
export class ProjectsPage {
  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly projects = signal<ProjectSummaryFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly hasNextPage = signal(false);
  private endCursor: string | null = null;
  protected readonly groups = computed(() =>
    GROUPS.map((status) => ({ status, projects: this.projects().filter((p) => p.status === status) })).filter(
      (g) => g.projects.length > 0,
    ),
  );

  constructor() {
    // The first page from the cache at once when seen before, then from the server.
    this.data
      .projects(null)
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (page) => this.show(page, null),
        error: (error: unknown) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected async loadMore(): Promise<void> {
    this.loading.set(true);
    const after = this.endCursor;
    try {
      this.show(await firstValueFrom(this.data.projects(after)), after);
    } catch (error) {
      this.errors.show(error);
      this.loading.set(false);
    }
  }

  private show(page: ProjectsConnection, after: string | null): void {
    this.projects.update((list) => [...(after ? list : []), ...page.nodes]);
    this.hasNextPage.set(page.pageInfo.hasNextPage);
    this.endCursor = page.pageInfo.endCursor ?? null;
    this.loading.set(false);
  }
}
