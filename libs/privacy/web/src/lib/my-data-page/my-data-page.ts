import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { LanguageStore, SessionStore } from '@assoc/platform-web';
import { EXPORT_LINK_RETENTION } from '@assoc/privacy-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { PrivacyData } from '../data-access/privacy.data';
import { ExportPanel } from '../shared/export-panel';
import { exportState } from '../shared/export-state';

/**
 * /account/data — take one's data away (GDPR articles 15 and 20): one button prepares a ZIP of everything
 * the platform holds about the person in every association they belong to; a mail says when it is ready,
 * the link works for the registered number of days, for them only.
 */
@Component({
  selector: 'assoc-my-data-page',
  imports: [TranslatePipe, ExportPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .contents {
      margin: 0 0 16px;
      padding-left: 20px;
    }
  `,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'privacy.myData.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'privacy.myData.intro' | translate }}</p>
      </div>
    </header>
    <p>{{ 'privacy.myData.contents' | translate }}</p>
    <p>{{ 'privacy.myData.how' | translate: { days } }}</p>
    <assoc-export-panel
      [current]="state.current()"
      [loaded]="state.loaded()"
      [busy]="state.busy()"
      [lang]="language()"
      [timeZone]="timeZone()"
      (ask)="state.ask()"
    />
    <p>
      <a href="/privacy?lang={{ language() }}">{{ 'privacy.links.privacy' | translate }}</a>
    </p>
  `,
})
export class MyDataPage {
  private readonly data = inject(PrivacyData);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? null);
  protected readonly days = EXPORT_LINK_RETENTION.days;
  protected readonly state = exportState(
    () => this.data.myExport(),
    () => this.data.requestMyExport(),
  );
}
