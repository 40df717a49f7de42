import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { LanguageStore, SessionStore } from '@assoc/platform-web';
import { EXPORT_LINK_RETENTION } from '@assoc/privacy-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { PrivacyData } from '../data-access/privacy.data';
import { ExportPanel } from '../shared/export-panel';
import { exportState } from '../shared/export-state';

/**
 * /association/data — the president takes the whole association away (members, shops, posts, projects
 * with their ledgers, campaigns, cashmobs, meetings) in the same ZIP format as a person's data.
 */
@Component({
  selector: 'assoc-association-data-page',
  imports: [TranslatePipe, ExportPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'privacy.associationData.title' | translate }}</h1>
        <p class="page-subtitle">
          {{ 'privacy.associationData.intro' | translate: { name: associationName() } }}
        </p>
      </div>
    </header>
    <p>{{ 'privacy.associationData.how' | translate: { days } }}</p>
    <assoc-export-panel
      [current]="state.current()"
      [loaded]="state.loaded()"
      [busy]="state.busy()"
      [lang]="language()"
      [timeZone]="timeZone()"
      (ask)="state.ask()"
    />
  `,
})
export class AssociationDataPage {
  private readonly data = inject(PrivacyData);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;
  protected readonly associationName = computed(() => this.session.currentAssociation()?.name ?? '');
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? null);
  protected readonly days = EXPORT_LINK_RETENTION.days;
  protected readonly state = exportState(
    () => this.data.associationExport(),
    () => this.data.requestAssociationExport(),
  );
}
