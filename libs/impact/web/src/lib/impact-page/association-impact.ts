import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LanguageStore } from '@assoc/platform-web';
import { formatMoney } from '@assoc/shared-util';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ImpactDashboardQuery } from '../graphql/impact.generated';
import { CHART_COLOURS, ImpactChart } from '../shared/impact-chart';
import { bucketLabel } from '../shared/period-navigation';

type Dashboard = ImpactDashboardQuery['impactDashboard'];

/** The association's figures: key numbers per pillar, then charts, each with its table. */
@Component({
  selector: 'assoc-association-impact',
  imports: [TranslatePipe, ImpactChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let d = dashboard();
    <section class="figures" data-testid="impact-figures">
      <div class="pillar">
        <h3>{{ 'impact.members.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.members.total' | translate }}</dt>
            <dd data-testid="figure-members">{{ count(d.members.total) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.members.active' | translate }}</dt>
            <dd data-testid="figure-active">{{ count(d.members.active) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.members.joined' | translate }}</dt>
            <dd>{{ count(d.members.joined) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.members.left' | translate }}</dt>
            <dd>{{ count(d.members.left) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.projects.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.projects.funded' | translate }}</dt>
            <dd>{{ count(d.projects.fundedCount) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.projects.pooled' | translate }}</dt>
            <dd data-testid="figure-pooled">{{ money(d.projects.pooledCents) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.projects.saved' | translate }}</dt>
            <dd data-testid="figure-saved">{{ money(d.projects.savedCents) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.projects.created' | translate }}</dt>
            <dd>{{ count(d.projects.created) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.campaigns.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.campaigns.vouchers' | translate }}</dt>
            <dd data-testid="figure-vouchers">{{ count(d.campaigns.vouchers) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.campaigns.redemptions' | translate }}</dt>
            <dd data-testid="figure-redemptions">{{ count(d.campaigns.redemptions) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.campaigns.baskets' | translate }}</dt>
            <dd>{{ money(d.campaigns.basketCents) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.campaigns.count' | translate }}</dt>
            <dd>{{ count(d.campaigns.campaigns) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.cashmobs.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.cashmobs.count' | translate }}</dt>
            <dd data-testid="figure-cashmobs">{{ count(d.cashmobs.count) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.cashmobs.participants' | translate }}</dt>
            <dd>{{ count(d.cashmobs.participants) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.cashmobs.checkIns' | translate }}</dt>
            <dd>{{ count(d.cashmobs.checkIns) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.cashmobs.revenue' | translate }}</dt>
            <dd>{{ money(d.cashmobs.revenueCents) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.cashmobs.uplift' | translate }}</dt>
            <dd data-testid="figure-uplift">{{ uplift(d.cashmobs.upliftBp) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.network.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.network.posts' | translate }}</dt>
            <dd data-testid="figure-posts">{{ count(d.network.posts) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.network.comments' | translate }}</dt>
            <dd>{{ count(d.network.comments) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.network.reactions' | translate }}</dt>
            <dd>{{ count(d.network.reactions) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.customers.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.customers.customers' | translate }}</dt>
            <dd data-testid="figure-customers">{{ count(d.customers.customers) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.customers.joined' | translate }}</dt>
            <dd>{{ count(d.customers.joined) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.customers.activeCards' | translate }}</dt>
            <dd data-testid="figure-active-cards">{{ count(d.customers.activeCards) }}</dd>
          </div>
        </dl>
      </div>
      <div class="pillar">
        <h3>{{ 'impact.loyalty.title' | translate }}</h3>
        <dl>
          <div>
            <dt>{{ 'impact.loyalty.pointsIssued' | translate }}</dt>
            <dd data-testid="figure-points-issued">{{ count(d.customers.pointsIssued) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.loyalty.pointsRedeemed' | translate }}</dt>
            <dd>{{ count(d.customers.pointsRedeemed) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.loyalty.rewardsPaid' | translate }}</dt>
            <dd data-testid="figure-rewards-paid">{{ money(d.customers.rewardsPaidCents) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.loyalty.ideasProposed' | translate }}</dt>
            <dd data-testid="figure-ideas-proposed">{{ count(d.customers.ideasProposed) }}</dd>
          </div>
          <div>
            <dt>{{ 'impact.loyalty.ideasAdopted' | translate }}</dt>
            <dd data-testid="figure-ideas-adopted">{{ count(d.customers.ideasAdopted) }}</dd>
          </div>
        </dl>
      </div>
    </section>

    <section class="charts">
      <assoc-impact-chart
        kind="line"
        [caption]="'impact.charts.members' | translate"
        [labelHeader]="'impact.charts.period' | translate"
        [labels]="axis()"
        [series]="memberSeries()"
      />
      <assoc-impact-chart
        kind="bar"
        [stacked]="true"
        [caption]="'impact.charts.network' | translate"
        [labelHeader]="'impact.charts.period' | translate"
        [labels]="axis()"
        [series]="networkSeries()"
      />
      <assoc-impact-chart
        kind="bar"
        [caption]="'impact.charts.vouchers' | translate"
        [labelHeader]="'impact.charts.period' | translate"
        [labels]="axis()"
        [series]="voucherSeries()"
      />
      @if (d.campaigns.byShop.length) {
        <assoc-impact-chart
          kind="horizontalBar"
          [caption]="'impact.charts.byShop' | translate"
          [labelHeader]="'impact.charts.shop' | translate"
          [labels]="shopLabels()"
          [series]="shopSeries()"
        />
      }
      @if (d.projects.byStatus.length) {
        <assoc-impact-chart
          kind="doughnut"
          [caption]="'impact.charts.projects' | translate"
          [labelHeader]="'impact.charts.status' | translate"
          [labels]="statusLabels()"
          [series]="statusSeries()"
        />
      }
    </section>

    @if (d.projects.byMember.length) {
      <section class="table-card">
        <div class="table-wrap">
          <table data-testid="impact-by-member">
            <caption>
              {{
                'impact.projects.byMember' | translate
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'impact.projects.member' | translate }}</th>
                <th scope="col">{{ 'impact.projects.pooled' | translate }}</th>
                <th scope="col">{{ 'impact.projects.saved' | translate }}</th>
              </tr>
            </thead>
            <tbody>
              @for (m of d.projects.byMember; track m.membershipId) {
                <tr>
                  <th scope="row">
                    {{ m.name }}
                    @if (m.shopName) {
                      <span class="shop"> · {{ m.shopName }}</span>
                    }
                  </th>
                  <td>{{ money(m.pooledCents) }}</td>
                  <td>{{ money(m.savedCents) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      padding-top: 16px;
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(260px, 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .pillar {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      break-inside: avoid;
    }
    h3 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
    }
    dl {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 8px 12px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 2px 0 0;
      font: var(--mat-sys-title-large);
      font-variant-numeric: tabular-nums;
    }
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 460px), 1fr));
      gap: 12px;
      margin-bottom: 16px;
    }
    .table-card {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
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
      font-variant-numeric: tabular-nums;
    }
    .shop {
      color: var(--mat-sys-on-surface-variant);
      font-weight: normal;
    }
    @media print {
      .charts {
        grid-template-columns: 1fr 1fr;
      }
    }
  `,
})
export class AssociationImpact {
  readonly dashboard = input.required<Dashboard>();
  readonly language = input.required<string>();

  private readonly translate = inject(TranslateService);
  private readonly textsLanguage = inject(LanguageStore).textsLanguage;
  private readonly tag = computed(() => (this.language() === 'en' ? 'en-GB' : 'fr-FR'));

  protected readonly money = (cents: number) => formatMoney(cents, this.dashboard().currency, this.tag());
  protected readonly count = (n: number) => new Intl.NumberFormat(this.tag()).format(n);
  protected uplift(bp: number | null): string {
    if (bp === null) return '—';
    return `${bp >= 0 ? '+' : ''}${new Intl.NumberFormat(this.tag(), { maximumFractionDigits: 1 }).format(bp / 100)} %`;
  }

  private t(key: string): string {
    this.textsLanguage(); // re-computed when the other language's texts are in
    return this.translate.instant(key);
  }

  protected readonly axis = computed(() =>
    this.dashboard().series.map((p) => bucketLabel(p.day, this.dashboard().period.bucket, this.language())),
  );
  protected readonly memberSeries = computed(() => {
    const s = this.dashboard().series;
    return [
      { label: this.t('impact.members.total'), values: s.map((p) => p.members), colour: CHART_COLOURS[0] },
      { label: this.t('impact.members.active'), values: s.map((p) => p.activeMembers), colour: CHART_COLOURS[1] },
    ];
  });
  protected readonly networkSeries = computed(() => {
    const s = this.dashboard().series;
    return [
      { label: this.t('impact.network.posts'), values: s.map((p) => p.posts), colour: CHART_COLOURS[0] },
      { label: this.t('impact.network.comments'), values: s.map((p) => p.comments), colour: CHART_COLOURS[1] },
      { label: this.t('impact.network.reactions'), values: s.map((p) => p.reactions), colour: CHART_COLOURS[2] },
    ];
  });
  protected readonly voucherSeries = computed(() => {
    const s = this.dashboard().series;
    return [
      { label: this.t('impact.campaigns.vouchers'), values: s.map((p) => p.vouchers), colour: CHART_COLOURS[0] },
      { label: this.t('impact.campaigns.redemptions'), values: s.map((p) => p.redemptions), colour: CHART_COLOURS[1] },
    ];
  });
  protected readonly shopLabels = computed(() => this.dashboard().campaigns.byShop.map((s) => s.shopName));
  protected readonly shopSeries = computed(() => {
    const shops = this.dashboard().campaigns.byShop;
    return [
      { label: this.t('impact.campaigns.vouchers'), values: shops.map((s) => s.vouchers), colour: CHART_COLOURS[0] },
      {
        label: this.t('impact.campaigns.redemptions'),
        values: shops.map((s) => s.redemptions),
        colour: CHART_COLOURS[1],
      },
    ];
  });
  protected readonly statusLabels = computed(() =>
    this.dashboard().projects.byStatus.map((s) => this.t(`impact.projectStatus.${s.status}`)),
  );
  protected readonly statusSeries = computed(() => [
    {
      label: this.t('impact.projects.created'),
      values: this.dashboard().projects.byStatus.map((s) => s.count),
      colour: CHART_COLOURS[0],
    },
  ]);
}
