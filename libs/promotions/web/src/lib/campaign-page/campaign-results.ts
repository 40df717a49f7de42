import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ErrorDisplay, EurosPipe, fetchFile } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import type { CampaignResultsFigures } from '../data-access/campaigns.data';

export type { CampaignResultsFigures };

/** Vouchers claimed, uses and baskets, in total, by shop and by day; the CSV in French or English. */
@Component({
  selector: 'assoc-campaign-results',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, EurosPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = results();
    <dl class="totals" data-testid="campaign-results">
      <div>
        <dt>{{ 'promotions.results.claimed' | translate }}</dt>
        <dd data-testid="results-claimed">{{ r.totals.claimed }}</dd>
      </div>
      <div>
        <dt>{{ 'promotions.results.redeemed' | translate }}</dt>
        <dd data-testid="results-redeemed">{{ r.totals.redeemed }}</dd>
      </div>
      <div>
        <dt>{{ 'promotions.results.baskets' | translate }}</dt>
        <dd data-testid="results-baskets">{{ r.totals.basketCents | assocEuros }}</dd>
      </div>
      <div>
        <dt>{{ 'promotions.results.basketCount' | translate }}</dt>
        <dd>{{ r.totals.basketCount }}</dd>
      </div>
    </dl>
    @if (r.byShop.length) {
      <div class="table-wrap">
        <table>
          <caption>
            {{
              'promotions.results.byShop' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'promotions.results.shop' | translate }}</th>
              <th scope="col">{{ 'promotions.results.claimed' | translate }}</th>
              <th scope="col">{{ 'promotions.results.redeemed' | translate }}</th>
              <th scope="col">{{ 'promotions.results.baskets' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of r.byShop; track s.shopId) {
              <tr>
                <th scope="row">{{ s.shopName }}</th>
                <td [attr.data-label]="'promotions.results.claimed' | translate">{{ s.claimed }}</td>
                <td [attr.data-label]="'promotions.results.redeemed' | translate">{{ s.redeemed }}</td>
                <td [attr.data-label]="'promotions.results.baskets' | translate">{{ s.basketCents | assocEuros }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    @if (r.byDay.length) {
      <div class="table-wrap">
        <table>
          <caption>
            {{
              'promotions.results.byDay' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'promotions.results.day' | translate }}</th>
              <th scope="col">{{ 'promotions.results.shop' | translate }}</th>
              <th scope="col">{{ 'promotions.results.claimed' | translate }}</th>
              <th scope="col">{{ 'promotions.results.redeemed' | translate }}</th>
              <th scope="col">{{ 'promotions.results.baskets' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (d of r.byDay; track d.day + d.shopId) {
              <tr>
                <td [attr.data-label]="'promotions.results.day' | translate">{{ d.day }}</td>
                <th scope="row">{{ d.shopName }}</th>
                <td [attr.data-label]="'promotions.results.claimed' | translate">{{ d.claimed }}</td>
                <td [attr.data-label]="'promotions.results.redeemed' | translate">{{ d.redeemed }}</td>
                <td [attr.data-label]="'promotions.results.baskets' | translate">{{ d.basketCents | assocEuros }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
    <div class="downloads">
      <button mat-stroked-button type="button" (click)="csv('fr')" [disabled]="downloading()">
        <mat-icon svgIcon="download" />
        {{ 'promotions.results.csvFr' | translate }}
      </button>
      <button mat-stroked-button type="button" (click)="csv('en')" [disabled]="downloading()">
        <mat-icon svgIcon="download" />
        {{ 'promotions.results.csvEn' | translate }}
      </button>
    </div>
  `,
  styles: `
    @use 'stacked-table' as st;
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(140px, 1fr));
      gap: 12px;
      margin: 0 0 16px;
    }
    .totals div {
      padding: 12px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 4px 0 0;
      font: var(--mat-sys-headline-small);
    }
    .table-wrap {
      overflow-x: auto;
      margin-bottom: 16px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      @include st.stacked-table();
    }
    caption {
      text-align: left;
      font: var(--mat-sys-title-small);
      padding-bottom: 4px;
    }
    th,
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
    td {
      font-variant-numeric: tabular-nums;
    }
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class CampaignResults {
  readonly results = input.required<CampaignResultsFigures>();

  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorDisplay);
  private readonly doc = inject(DOCUMENT);

  protected readonly downloading = signal(false);

  protected async csv(locale: 'fr' | 'en'): Promise<void> {
    this.downloading.set(true);
    try {
      const id = encodeURIComponent(this.results().campaignId);
      await fetchFile(
        this.http,
        `/api/campaigns/${id}/results.csv?locale=${locale}`,
        locale === 'fr' ? 'resultats.csv' : 'results.csv',
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(false);
    }
  }
}
