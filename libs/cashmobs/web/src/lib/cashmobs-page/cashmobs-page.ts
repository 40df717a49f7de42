import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { DateTimePipe, ErrorDisplay, LanguageStore, ListPlaceholder, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobFieldsFragment } from '../graphql/cashmobs.generated';
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
    TranslatePipe,
    DateTimePipe,
    LeadTimeSettings,
    SuggestedShops,
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cashmobs-page.html',
  styleUrl: './cashmobs-page.scss',
})
export class CashmobsPage {
  private readonly data = inject(CashmobsData);
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
    // Cached at once when seen before, then the server's; supporting updates the cached cashmob, which shows here.
    this.data
      .cashmobs()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (value) => {
          this.cashmobs.set(value);
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected async toggleSupport(cashmob: CashmobFieldsFragment): Promise<void> {
    if (this.busyId()) return;
    this.busyId.set(cashmob.id);
    try {
      await firstValueFrom(this.data.setSupport(cashmob.id, !cashmob.supportedByMe));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busyId.set(null);
    }
  }
}
