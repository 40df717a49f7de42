import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { DateTimePipe, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { ProjectAuditQuery } from '../graphql/projects.generated';
import { MoneyPipe } from '../shared/money.pipe';
import { describeAudit } from './audit-entry';
import { MemberNames } from './member-names';

/** The audit trail, readable: who changed the status (and why), who moved money, the project's cash before and after. */
@Component({
  selector: 'assoc-audit-trail',
  imports: [MatCardModule, TranslatePipe, DateTimePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail.html',
  styleUrl: './audit-trail.scss',
})
export class AuditTrail {
  readonly entries = input.required<ProjectAuditQuery['projectAudit']>();
  readonly names = input.required<MemberNames>();

  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly rows = computed(() => this.entries().map((entry) => ({ entry, what: describeAudit(entry) })));
  /** Events that say more than the new status does (the others would only repeat it). */
  protected readonly explained: ReadonlySet<string> = new Set(['FUNDING_MISSED', 'CANCEL']);
}
