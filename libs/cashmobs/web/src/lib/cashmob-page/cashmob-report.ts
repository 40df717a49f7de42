import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { EurosPipe, LanguageStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import type { CashmobReportFigures } from '../data-access/cashmobs.data';

export type { CashmobReportFigures };

/** The figures every member sees: sign-ups, check-ins, revenue, average basket against the intended spend, uplift. */
@Component({
  selector: 'assoc-cashmob-report',
  imports: [TranslatePipe, EurosPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="report-title" data-testid="cashmob-report">
      <h2 id="report-title">{{ 'cashmobs.report.title' | translate }}</h2>
      <dl class="figures">
        <div>
          <dt>{{ 'cashmobs.report.confirmed' | translate }}</dt>
          <dd data-testid="report-confirmed">{{ report().confirmed }}</dd>
        </div>
        <div>
          <dt>{{ 'cashmobs.report.checkIns' | translate }}</dt>
          <dd data-testid="report-check-ins">{{ report().checkIns }}</dd>
          @if (report().walkIns) {
            <dd class="sub">{{ 'cashmobs.report.walkIns' | translate: { count: report().walkIns } }}</dd>
          }
        </div>
        <div>
          <dt>{{ 'cashmobs.report.sales' | translate }}</dt>
          <dd>{{ report().salesCount ?? '—' }}</dd>
        </div>
        <div>
          <dt>{{ 'cashmobs.report.revenue' | translate }}</dt>
          <dd data-testid="report-revenue">
            {{ report().revenueCents === null ? '—' : (report().revenueCents | assocEuros) }}
          </dd>
        </div>
        <div>
          <dt>{{ 'cashmobs.report.averageBasket' | translate }}</dt>
          <dd data-testid="report-average">
            {{ report().averageBasketCents === null ? '—' : (report().averageBasketCents | assocEuros) }}
          </dd>
          @if (report().averageIntendedSpendCents !== null) {
            <dd class="sub">
              {{
                'cashmobs.report.intended' | translate: { amount: (report().averageIntendedSpendCents | assocEuros) }
              }}
            </dd>
          }
        </div>
        <div>
          <dt>{{ 'cashmobs.report.uplift' | translate }}</dt>
          <dd>{{ uplift() ?? ('cashmobs.report.upliftUnknown' | translate) }}</dd>
        </div>
      </dl>
      @if (report().revenueCents === null) {
        <p class="note">{{ 'cashmobs.report.noResult' | translate }}</p>
      }
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
      gap: 12px;
      margin: 0;
    }
    .figures div {
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
      font: var(--mat-sys-title-large);
    }
    dd.sub {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CashmobReport {
  readonly report = input.required<CashmobReportFigures>();

  private readonly language = inject(LanguageStore).language;

  /** Basis points as a signed percentage ("+42 %" / "+42%"). */
  protected readonly uplift = computed(() => {
    const bp = this.report().upliftBp;
    if (bp === null) return null;
    return new Intl.NumberFormat(this.language() === 'en' ? 'en-GB' : 'fr-FR', {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(bp / 10_000);
  });
}
