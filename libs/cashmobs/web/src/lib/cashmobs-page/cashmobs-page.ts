import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  CashmobFieldsFragment,
  CashmobsDocument,
  SupportCashmobDocument,
  UnsupportCashmobDocument,
} from '../graphql/cashmobs.generated';
import { CASHMOB_GROUPS, groupCashmobs } from '../shared/cashmob-groups';
import { LeadTimeSettings } from './lead-time-settings';
import { SuggestedShops } from './suggested-shops';

/** /cashmobs — upcoming, awaiting the shop and past cashmobs; the suggested shops; the lead time. */
@Component({
  selector: 'assoc-cashmobs-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    LeadTimeSettings,
    SuggestedShops,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cashmobs-page.html',
  styleUrl: './cashmobs-page.scss',
})
export class CashmobsPage {
  private readonly apollo = inject(Apollo);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly canPropose = computed(
    () => this.session.role() !== null && this.session.can(Permission.ProposeCashmob),
  );
  protected readonly isPresident = this.session.isPresident;
  protected readonly cashmobs = signal<CashmobFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly busyId = signal<string | null>(null);
  protected readonly groups = computed(() => {
    const groups = groupCashmobs(this.cashmobs(), new Date());
    return CASHMOB_GROUPS.map((name) => ({ name, cashmobs: groups[name] }));
  });

  constructor() {
    void this.load();
  }

  protected async toggleSupport(cashmob: CashmobFieldsFragment): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(cashmob.id);
    try {
      const mutation = cashmob.supportedByMe ? UnsupportCashmobDocument : SupportCashmobDocument;
      const result = await firstValueFrom(this.apollo.mutate({ mutation, variables: { id: cashmob.id } }));
      const data = result.data as
        { supportCashmob?: CashmobFieldsFragment; unsupportCashmob?: CashmobFieldsFragment } | null | undefined;
      const updated = data?.supportCashmob ?? data?.unsupportCashmob;
      if (updated) this.cashmobs.update((list) => list.map((c) => (c.id === updated.id ? updated : c)));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(this.apollo.query({ query: CashmobsDocument, fetchPolicy: 'network-only' }));
      this.cashmobs.set(result.data?.cashmobs ?? []);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
