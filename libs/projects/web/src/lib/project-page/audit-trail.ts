import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { Permission } from '@assoc/platform-domain';
import { DateTimePipe, ErrorDisplay, LanguageStore, ListPlaceholder, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectAuditEntry, ProjectsData } from '../data-access/projects.data';
import { MoneyPipe } from '../shared/money.pipe';
import { describeAudit } from './audit-entry';
import { MemberNames } from './member-names';

/**
 * The audit trail, readable: who changed the status (and why), who moved money, the project's cash
 * before and after. For the president and board (ViewAudit) only; it loads itself, again whenever
 * `version` changes (the page or the ledger bump it after a change).
 */
@Component({
  selector: 'assoc-audit-trail',
  imports: [MatCardModule, TranslatePipe, DateTimePipe, MoneyPipe, ListPlaceholder],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail.html',
  styleUrl: './audit-trail.scss',
})
export class AuditTrail {
  readonly projectId = input.required<string>();
  readonly version = input<unknown>(0);
  readonly names = input.required<MemberNames>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  /** Null until the first answer: a placeholder, never "no entry yet", while it loads. */
  private readonly entries = signal<ProjectAuditEntry[] | null>(null);
  protected readonly loaded = computed(() => this.entries() !== null);
  protected readonly canAudit = computed(() => this.session.can(Permission.ViewAudit));

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly rows = computed(() =>
    (this.entries() ?? []).map((entry) => ({ entry, what: describeAudit(entry) })),
  );
  /** Events that say more than the new status does (the others would only repeat it). */
  protected readonly explained: ReadonlySet<string> = new Set(['FUNDING_MISSED', 'CANCEL']);

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      this.version();
      if (this.canAudit()) untracked(() => void this.load(projectId));
    });
  }

  private async load(projectId: string): Promise<void> {
    try {
      this.entries.set(await firstValueFrom(this.data.audit(projectId)));
    } catch (error) {
      this.errors.show(error);
    }
  }
}
