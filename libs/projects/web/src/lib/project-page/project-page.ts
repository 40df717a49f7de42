import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
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
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { ProjectDocument, ProjectFieldsFragment, ProjectMembersDocument } from '../graphql/projects.generated';
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

  private readonly apollo = inject(Apollo);
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
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    void this.loadMembers();
  }

  protected async openQuote(url: string): Promise<void> {
    try {
      await fetchFile(this.http, url, null, this.document);
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** Reloads the project after any change a panel made. */
  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  private async load(id: string): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ProjectDocument, variables: { id }, fetchPolicy: 'network-only' }),
      );
      this.project.set(result.data?.project ?? null);
      this.notFound.set(!result.data?.project);
    } catch (error) {
      if (parseServerError(error).code === 'NOT_FOUND') this.notFound.set(true);
      else this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadMembers(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: ProjectMembersDocument, fetchPolicy: 'network-only' }),
      );
      this.names.set(new MemberNames(result.data?.directory.nodes ?? []));
      const association = result.data?.association;
      if (association) this.rules.set({ quorumPercent: association.quorumPercent, majority: association.majority });
    } catch (error) {
      this.errors.show(error);
    }
  }
}
