import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { DateTimePipe, ErrorDisplay, LanguageStore, ListPlaceholder, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { CampaignsData } from '../data-access/campaigns.data';
import type { CampaignFieldsFragment } from '../graphql/promotions.generated';
import { CampaignForm } from '../shared/campaign-form';
import { STATUS_ORDER } from '../shared/campaign-status';

/** /campaigns — the association's campaigns by state; the president and board start a new one here. */
@Component({
  selector: 'assoc-campaigns-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    TranslatePipe,
    DateTimePipe,
    CampaignForm,
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './campaigns-page.html',
  styleUrl: './campaigns-page.scss',
})
export class CampaignsPage {
  private readonly data = inject(CampaignsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly canManage = computed(() => this.session.can(Permission.ManageCampaigns));
  protected readonly canRedeem = computed(() => this.session.can(Permission.EnrolOffer));
  protected readonly campaigns = signal<CampaignFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly creating = signal(false);
  protected readonly groups = computed(() =>
    STATUS_ORDER.map((status) => ({ status, campaigns: this.campaigns().filter((c) => c.status === status) })).filter(
      (g) => g.campaigns.length,
    ),
  );

  constructor() {
    // Cached at once when seen before, then the server's.
    this.data
      .campaigns()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (campaigns) => {
          this.campaigns.set(campaigns);
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected async created(campaign: CampaignFieldsFragment): Promise<void> {
    this.errors.success('promotions.form.created');
    await this.router.navigate(['/campaigns', campaign.id]);
  }
}
