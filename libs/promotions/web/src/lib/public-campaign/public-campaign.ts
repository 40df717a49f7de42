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
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { PublicCampaignDocument, PublicCampaignFieldsFragment } from '../graphql/promotions.generated';
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

  private readonly apollo = inject(Apollo);
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
    effect(() => {
      const slug = this.slug();
      const trade = this.trade();
      this.language(); // headlines come in the visitor's language
      untracked(() => void this.load(slug, trade));
    });
  }

  protected filter(trade: TradeCategory | null): void {
    this.trade.set(trade);
  }

  private async load(slug: string, trade: TradeCategory | null): Promise<void> {
    this.loading.set(true);
    this.failed.set(false);
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: PublicCampaignDocument, variables: { slug, trade }, fetchPolicy: 'network-only' }),
      );
      const campaign = result.data?.publicCampaign ?? null;
      this.campaign.set(campaign);
      this.notFound.set(!campaign);
      if (campaign && trade === null) this.trades.set(campaign.trades);
    } catch (error) {
      if (parseServerError(error).code === 'NOT_FOUND') this.notFound.set(true);
      else {
        this.failed.set(true);
        this.errors.show(error);
      }
    } finally {
      this.loading.set(false);
    }
  }
}
