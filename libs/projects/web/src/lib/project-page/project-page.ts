import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import {
  DateTimePipe,
  ErrorDisplay,
  fetchFile,
  LanguageStore,
  parseServerError,
  SessionStore,
} from '@assoc/platform-web';
import { acceptsLedgerEntries, isEditable, ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { MoneyPipe } from '../shared/money.pipe';
import { AuditTrail } from './audit-trail';
import { BudgetTable } from './budget-table';
import { ConsultantsPanel } from './consultants-panel';
import { LedgerPanel } from './ledger-panel';
import { LifecyclePanel } from './lifecycle-panel';
import { MemberNames } from './member-names';
import { ParticipationPanel } from './participation-panel';
import { ProjectDiscussion } from './project-discussion';
import { ProposalPanel } from './proposal-panel';
import { StatusStepper } from './status-stepper';
import { TasksPanel } from './tasks-panel';
import { VotePanel } from './vote-panel';

/** /projects/:id — a project through its whole life: budget, vote, participation, money, consultants, discussion. */
@Component({
  selector: 'assoc-project-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    MoneyPipe,
    StatusStepper,
    BudgetTable,
    ProposalPanel,
    VotePanel,
    ParticipationPanel,
    LedgerPanel,
    LifecyclePanel,
    ConsultantsPanel,
    ProjectDiscussion,
    TasksPanel,
    AuditTrail,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-page.html',
  styleUrl: './project-page.scss',
})
export class ProjectPage {
  readonly id = input.required<string>();

  private readonly data = inject(ProjectsData);
  private readonly translate = inject(TranslateService);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly project = signal<ProjectFieldsFragment | null>(null);
  protected readonly names = signal<MemberNames>(new MemberNames([]));
  protected readonly rules = signal<{ quorumPercent: number; majority: string } | null>(null);
  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly myMembershipId = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly isConsultant = computed(() => this.session.role() === 'CONSULTANT');
  /** The project's writers: its author, the president or board, an assigned consultant (who sees only assigned projects). */
  protected readonly canPlan = computed(() => {
    const p = this.project();
    if (!p || !this.session.can(Permission.DraftProject)) return false;
    return (
      p.authorMembershipId === this.myMembershipId() ||
      this.session.can(Permission.ManageProjects) ||
      this.isConsultant()
    );
  });
  /** Its writers edit the project itself only while it is a draft; the plan (tasks) stays theirs later. */
  protected readonly canEdit = computed(() => this.canPlan() && isEditable(this.project()?.status as ProjectStatus));
  protected readonly canPropose = computed(
    () => this.project()?.status === ProjectStatus.DRAFT && this.session.can(Permission.ProposeProject),
  );
  protected readonly showLedger = computed(() => {
    const status = this.project()?.status as ProjectStatus | undefined;
    return !!status && (acceptsLedgerEntries(status) || status === ProjectStatus.CLOSED);
  });

  constructor() {
    // Shown at once from the cache when seen before, then as the server has it; every change a
    // panel makes (its mutation answers with the project) shows here too.
    toObservable(this.id)
      .pipe(
        switchMap((id) => this.data.project(id).pipe(catchError((error: unknown) => this.failed(error)))),
        takeUntilDestroyed(),
      )
      .subscribe((project) => {
        this.project.set(project);
        this.notFound.set(false);
        this.loading.set(false);
      });
    this.data
      .members()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (result) => {
          this.names.set(new MemberNames(result.directory.nodes, this.translate.instant('projects.formerMember')));
          const association = result.association;
          if (association) this.rules.set({ quorumPercent: association.quorumPercent, majority: association.majority });
        },
        error: (error: unknown) => this.errors.show(error),
      });
  }

  protected async openQuote(url: string): Promise<void> {
    try {
      await fetchFile(this.http, url, null, this.document);
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** Reads the project again after a change a panel made (its money, its consultants' view). */
  protected async reload(): Promise<void> {
    try {
      await firstValueFrom(this.data.refreshProject(this.id()));
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): typeof EMPTY {
    if (parseServerError(error).code === 'NOT_FOUND') {
      this.project.set(null);
      this.notFound.set(true);
    } else this.errors.show(error);
    this.loading.set(false);
    return EMPTY;
  }
}
