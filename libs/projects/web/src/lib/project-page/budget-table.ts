import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { LanguageStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { BudgetLineFieldsFragment, ProjectFieldsFragment } from '../graphql/projects.generated';
import { formatVatRate } from '../shared/amounts';
import { MoneyPipe } from '../shared/money.pipe';

/** The budget lines with their totals excluding VAT, VAT and including VAT. */
@Component({
  selector: 'assoc-budget-table',
  imports: [TranslatePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroll" tabindex="0" role="region" [attr.aria-label]="'projects.page.budget' | translate">
      <table class="budget">
        <thead>
          <tr>
            <th scope="col">{{ 'projects.editor.label' | translate }}</th>
            <th scope="col">{{ 'projects.editor.supplier' | translate }}</th>
            <th scope="col" class="num">{{ 'projects.page.unitPrice' | translate }}</th>
            <th scope="col" class="num">{{ 'projects.editor.totalExcl' | translate }}</th>
            <th scope="col" class="num">{{ 'projects.editor.vatRate' | translate }}</th>
            <th scope="col" class="num">{{ 'projects.editor.totalIncl' | translate }}</th>
            <th scope="col" class="num">{{ 'projects.page.soloPrice' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of lines(); track line.id) {
            <tr>
              <th scope="row" class="line">{{ line.label }}</th>
              <td [attr.data-label]="'projects.editor.supplier' | translate">{{ line.supplier }}</td>
              <td class="num" [attr.data-label]="'projects.page.unitPrice' | translate">
                {{ line.quantity }} × {{ line.unitPriceCents | assocMoney }}
              </td>
              <td class="num" [attr.data-label]="'projects.editor.totalExcl' | translate">
                {{ line.excludingVatCents | assocMoney }}
              </td>
              <td class="num" [attr.data-label]="'projects.editor.vatRate' | translate">{{ vat(line.vatRateBp) }}</td>
              <td
                class="num"
                data-testid="budget-line-incl"
                [attr.data-label]="'projects.editor.totalIncl' | translate"
              >
                {{ line.includingVatCents | assocMoney }}
              </td>
              <td class="num" [attr.data-label]="'projects.page.soloPrice' | translate">
                {{ line.soloPriceCents === null ? '—' : (line.soloPriceCents | assocMoney) }}
              </td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="3">{{ 'projects.page.total' | translate }}</th>
            <td class="num" [attr.data-label]="'projects.editor.totalExcl' | translate">
              {{ totals().excludingVatCents | assocMoney }}
            </td>
            <td class="num" [attr.data-label]="'projects.editor.vatRate' | translate">
              {{ totals().vatCents | assocMoney }}
            </td>
            <td
              class="num strong"
              data-testid="project-total"
              [attr.data-label]="'projects.editor.totalIncl' | translate"
            >
              {{ totals().includingVatCents | assocMoney }}
            </td>
            <td class="num" [attr.data-label]="'projects.page.soloPrice' | translate">
              {{ totals().soloTotalCents | assocMoney }}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  `,
  styles: `
    @use 'stacked-table' as st;
    .scroll {
      overflow-x: auto;
      container-type: inline-size;
    }
    .budget {
      width: 100%;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th,
    td {
      padding: 8px;
      text-align: left;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      white-space: nowrap;
    }
    th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .num {
      text-align: right;
    }
    .strong {
      font-weight: 700;
    }
    .line {
      font: var(--mat-sys-body-medium);
      color: inherit;
    }
    // Its seven columns need about 930 px: narrower (a phone, or a desktop beside the menu and the
    // project's side column), each line is a card, so no amount hides behind a sideways scroll.
    .budget {
      @include st.stacked-table(960px, $container: true);
    }
  `,
})
export class BudgetTable {
  readonly lines = input.required<readonly BudgetLineFieldsFragment[]>();
  readonly totals = input.required<ProjectFieldsFragment['totals']>();

  private readonly language = inject(LanguageStore).language;

  protected vat(bp: number): string {
    return formatVatRate(bp, this.language());
  }
}
