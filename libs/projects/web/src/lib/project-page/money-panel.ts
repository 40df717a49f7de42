import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { LanguageStore } from '@assoc/platform-web';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MoneyPipe } from '../shared/money.pipe';
import { MemberNames } from './member-names';
import { MoneyModel, moneyView, Said, transferKey } from './money-view';

/**
 * The balances section: one model (see `moneyView`), with the basis it shows said in words, each
 * participant's share, what they paid and their balance, the project's own balance beside them, and
 * the transfers that bring every one of those balances to zero. Stacked rows, readable at 360 px.
 */
@Component({
  selector: 'assoc-money-panel',
  imports: [MatCardModule, TranslatePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="section-card" data-testid="balances-panel">
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'projects.balances.title' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p class="basis" data-testid="money-basis">{{ text(view().basis) }}</p>
        <ul class="balances">
          @for (row of view().rows; track row.key) {
            <li [attr.data-testid]="row.shareCents === null ? 'project-balance' : 'participant-balance'">
              <span class="who">{{ account(row.key) }}</span>
              <span class="status">{{ text(row.status) }}</span>
              @if (row.shareCents !== null) {
                <span class="detail">{{
                  'projects.balances.row'
                    | translate: { share: (row.shareCents | assocMoney), paid: (row.paidCents ?? 0 | assocMoney) }
                }}</span>
              }
            </li>
          }
        </ul>
        <h3>{{ 'projects.balances.transfers' | translate }}</h3>
        @if (view().transfers.length === 0) {
          <p>{{ 'projects.balances.settled' | translate }}</p>
        } @else {
          <ul class="transfers" data-testid="settle-up">
            @for (t of view().transfers; track $index) {
              <li>{{ transferText(t) }}</li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .basis {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
    .balances {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .balances li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 12px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .who {
      font: var(--mat-sys-title-small);
    }
    h3 {
      margin-top: 16px;
    }
    .detail {
      flex-basis: 100%;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class MoneyPanel {
  readonly money = input.required<MoneyModel>();
  readonly names = input.required<MemberNames>();

  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageStore).language;
  private readonly moneyPipe = new MoneyPipe();

  protected readonly view = computed(() => moneyView(this.money()));

  protected account(key: string): string {
    return this.names().account(key, this.translate.instant('projects.ledger.project'));
  }

  /** "Lucie Gautier verse 152,00 € à la caisse du projet": the fund named as such, each person by name. */
  protected transferText(t: { from: string; to: string; cents: number }): string {
    return this.text({
      key: transferKey(t),
      params: { from: this.account(t.from), to: this.account(t.to), amount: t.cents },
    });
  }

  /** A sentence of the model, its amounts formatted like the rest of the page. */
  protected text({ key, params }: Said): string {
    this.language(); // read again when the language changes
    const formatted = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === 'number' ? this.moneyPipe.transform(value) : value,
      ]),
    );
    return this.translate.instant(key, formatted);
  }
}
