import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  DateTimePipe,
  ErrorDisplay,
  LanguageStore,
  parseServerError,
  type TradeCategory,
} from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { PublicCampaignData } from '../data-access/public-campaign.data';
import type { PublicCampaignFieldsFragment } from '../graphql/promotions.generated';
import { VoucherClaim } from './voucher-claim';

type PublicOffer = PublicCampaignFieldsFragment['offers'][number];

/** /p/:slug — the public page of a campaign, without an account: dates, every approved offer by shop, a trade filter and personal vouchers. */
@Component({
  selector: 'assoc-public-campaign',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    DateTimePipe,
    VoucherClaim,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-campaign.html',
  styleUrl: './public-campaign.scss',
})
export class PublicCampaignPage {
  /** Route parameter. */
  readonly slug = input.required<string>();
  /** Query parameter `offer`: the offer a poster's link points at, shown first. */
  readonly offer = input<string | undefined>();

  private readonly data = inject(PublicCampaignData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly language = inject(LanguageStore).language;
  protected readonly campaign = signal<PublicCampaignFieldsFragment | null>(null);
  protected readonly trades = signal<TradeCategory[]>([]);
  protected readonly trade = signal<TradeCategory | null>(null);
  protected readonly notFound = signal(false);
  protected readonly failed = signal(false);
  protected readonly loading = signal(true);
  protected readonly offers = computed<PublicOffer[]>(() => {
    const all = this.campaign()?.offers ?? [];
    const first = this.offer();
    return first ? [...all.filter((o) => o.id === first), ...all.filter((o) => o.id !== first)] : all;
  });

  constructor() {
    effect((onCleanup) => {
      const slug = this.slug();
      const trade = this.trade();
      this.language(); // headlines come in the visitor's language
      const watching = untracked(() => this.watch(slug, trade));
      onCleanup(() => watching.unsubscribe());
    });
  }

  protected filter(trade: TradeCategory | null): void {
    this.trade.set(trade);
  }

  /** Cached at once when seen before (going back, or the same trade again), then the server's. */
  private watch(slug: string, trade: TradeCategory | null): Subscription {
    this.loading.set(true);
    this.failed.set(false);
    return this.data.campaign(slug, trade).subscribe({
      next: (campaign) => {
        this.campaign.set(campaign);
        this.notFound.set(false);
        if (trade === null) this.trades.set(campaign.trades);
        this.loading.set(false);
      },
      error: (error) => {
        if (parseServerError(error).code === 'NOT_FOUND') this.notFound.set(true);
        else {
          this.failed.set(true);
          this.errors.show(error);
        }
        this.loading.set(false);
      },
    });
  }
}
