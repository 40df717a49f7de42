import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ProjectsDocument, ProjectSummaryFragment } from '../graphql/projects.generated';
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
  private readonly apollo = inject(Apollo);
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
    void this.load();
  }

  protected async loadMore(): Promise<void> {
    this.loading.set(true);
    await this.load(this.endCursor);
  }

  private async load(after: string | null = null): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ProjectsDocument, variables: { after }, fetchPolicy: 'network-only' }),
      );
      const page = result.data?.projects;
      this.projects.update((list) => [...(after ? list : []), ...(page?.nodes ?? [])]);
      this.hasNextPage.set(page?.pageInfo.hasNextPage ?? false);
      this.endCursor = page?.pageInfo.endCursor ?? null;
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
