import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageStore } from '@assoc/platform-web';
import { formatMoney } from '@assoc/shared-util';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ShopImpactQuery } from '../graphql/impact.generated';
import { CHART_COLOURS, ChartSeries, ImpactChart } from '../shared/impact-chart';

type Impact = NonNullable<ShopImpactQuery['shopImpact']>;
type Figure = Impact['figures'][number];

const MONEY = new Set(['BASKET_CENTS', 'CASHMOB_REVENUE_CENTS', 'POOLED_CENTS', 'SAVED_CENTS']);

/** One shop's figures beside the association's median: what acting together brought this shop. */
@Component({
  selector: 'assoc-shop-impact',
  imports: [TranslatePipe, ImpactChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (impact(); as i) {
      <p class="intro">{{ 'impact.shop.intro' | translate: { shop: i.shopName } }}</p>
      @if (!comparable()) {
        <p class="note" data-testid="shop-no-median">
          {{ 'impact.shop.tooFew' | translate: { count: i.comparedShops } }}
        </p>
      }
      <div class="table-wrap">
        <table data-testid="shop-impact">
          <thead>
            <tr>
              <th scope="col">{{ 'impact.shop.figure' | translate }}</th>
              <th scope="col">{{ 'impact.shop.own' | translate }}</th>
              <th scope="col">{{ 'impact.shop.median' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of i.figures; track f.metric) {
              <tr>
                <th scope="row">{{ 'impact.metrics.' + f.metric | translate }}</th>
                <td>{{ value(f, f.own) }}</td>
                <td>{{ f.median === null ? '—' : value(f, f.median) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (comparable()) {
        <section class="charts">
          <assoc-impact-chart
            kind="horizontalBar"
            [caption]="'impact.shop.countsChart' | translate"
            [labelHeader]="'impact.shop.figure' | translate"
            [labels]="countLabels()"
            [series]="countSeries()"
          />
          <assoc-impact-chart
            kind="horizontalBar"
            [caption]="'impact.shop.moneyChart' | translate"
            [labelHeader]="'impact.shop.figure' | translate"
            [labels]="moneyLabels()"
            [series]="moneySeries()"
            [format]="moneyFormat()"
          />
        </section>
      }
    } @else {
      <p class="note" data-testid="shop-impact-none">{{ 'impact.shop.noShop' | translate }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      padding-top: 16px;
    }
    .intro {
      font: var(--mat-sys-body-large);
      margin: 0 0 8px;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .table-wrap {
      overflow-x: auto;
      margin-bottom: 16px;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      max-width: 720px;
    }
    th,
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      font-variant-numeric: tabular-nums;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 460px), 1fr));
      gap: 12px;
    }
  `,
})
export class ShopImpactPanel {
  readonly impact = input.required<ShopImpactQuery['shopImpact']>();
  readonly language = input.required<string>();

  private readonly translate = inject(TranslateService);
  private readonly textsLanguage = inject(LanguageStore).textsLanguage;
  private readonly tag = computed(() => (this.language() === 'en' ? 'en-GB' : 'fr-FR'));

  protected readonly comparable = computed(() => this.impact()?.figures.some((f) => f.median !== null) ?? false);
  protected readonly moneyFormat = computed(
    () => (cents: number) => formatMoney(cents, this.impact()?.currency ?? 'EUR', this.tag()),
  );

  protected value(figure: Figure, n: number): string {
    return MONEY.has(figure.metric) ? this.moneyFormat()(n) : new Intl.NumberFormat(this.tag()).format(n);
  }

  private figures(money: boolean): Figure[] {
    return (this.impact()?.figures ?? []).filter((f) => MONEY.has(f.metric) === money);
  }

  private labels(money: boolean): string[] {
    this.textsLanguage(); // re-computed when the other language's texts are in
    return this.figures(money).map((f) => this.translate.instant(`impact.metrics.${f.metric}`));
  }

  private series(money: boolean): ChartSeries[] {
    this.textsLanguage();
    const figures = this.figures(money);
    return [
      { label: this.translate.instant('impact.shop.own'), values: figures.map((f) => f.own), colour: CHART_COLOURS[0] },
      {
        label: this.translate.instant('impact.shop.median'),
        values: figures.map((f) => f.median ?? 0),
        colour: CHART_COLOURS[7],
      },
    ];
  }

  protected readonly countLabels = computed(() => this.labels(false));
  protected readonly countSeries = computed(() => this.series(false));
  protected readonly moneyLabels = computed(() => this.labels(true));
  protected readonly moneySeries = computed(() => this.series(true));
}
