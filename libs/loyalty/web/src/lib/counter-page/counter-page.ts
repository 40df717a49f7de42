import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  clearServerErrors,
  CodeEntry,
  ErrorDisplay,
  EurosPipe,
  FieldErrorPipe,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom } from 'rxjs';
import {
  LoyaltyCardView,
  LoyaltyCounterResult,
  LoyaltyCounterView,
  LoyaltyData,
  LoyaltyReward,
} from '../data-access/loyalty.data';

/**
 * /loyalty/counter — the shopkeeper's phone at the till: scan the card's QR or type its short code, see the first
 * name and balance, record a purchase (points by the association's rule) or redeem a reward. Each request carries a
 * key drawn by the page and kept until the server answered, so a double tap or a retry after a lost answer counts once.
 */
@Component({
  selector: 'assoc-loyalty-counter-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    CodeEntry,
    EurosPipe,
    FieldErrorPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './counter-page.html',
  styleUrl: './counter-page.scss',
})
export class CounterPage {
  private readonly data = inject(LoyaltyData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly counter = signal<LoyaltyCounterView | null>(null);
  protected readonly busy = signal(false);
  protected readonly code = signal<string | null>(null);
  protected readonly card = signal<LoyaltyCardView | null>(null);
  protected readonly result = signal<(LoyaltyCounterResult & { kind: 'purchase' | 'reward'; reward?: string }) | null>(
    null,
  );
  protected readonly ready = computed(() => {
    const c = this.counter();
    return !!c && !!c.shopId && c.inProgramme && c.programmeEnabled;
  });

  protected readonly amount = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly product = new FormControl('', { nonNullable: true });
  protected readonly purchaseForm = new FormGroup({ amount: this.amount, product: this.product });
  /** Drawn per operation, kept until answered (a retry sends the same key). */
  private purchaseKey = crypto.randomUUID();
  private rewardKey = crypto.randomUUID();

  constructor() {
    this.data
      .counter()
      .pipe(
        catchError((error) => (this.errors.show(error), EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe((counter) => this.counter.set(counter));
  }

  protected async lookUp(code: string): Promise<void> {
    this.result.set(null);
    this.card.set(null);
    this.busy.set(true);
    try {
      this.card.set(await firstValueFrom(this.data.card(code)));
      this.code.set(code);
      this.purchaseKey = crypto.randomUUID();
      this.rewardKey = crypto.randomUUID();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async purchase(): Promise<void> {
    const code = this.code();
    const max = this.counter()?.maxPurchaseCents ?? 0;
    clearServerErrors(this.amount);
    const cents = parseAmountToCents(this.amount.value);
    if (this.amount.value.trim() && (cents === null || cents <= 0)) this.amount.setErrors({ amountPositive: true });
    else if (cents !== null && cents > max) this.amount.setErrors({ amountMax: true });
    if (!code || this.amount.invalid || cents === null) {
      this.amount.markAsTouched();
      return;
    }
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.data.recordPurchase({
          code,
          amountCents: cents,
          productRef: this.product.value || null,
          idempotencyKey: this.purchaseKey,
        }),
      );
      this.purchaseKey = crypto.randomUUID();
      this.result.set({ ...result, kind: 'purchase' });
      this.card.update((c) => c && { ...c, balance: result.balance });
      this.amount.reset();
      this.product.reset();
    } catch (error) {
      this.errors.show(error, this.purchaseForm, { fieldAliases: { amountCents: 'amount', productRef: 'product' } });
    } finally {
      this.busy.set(false);
    }
  }

  protected async redeem(reward: LoyaltyReward): Promise<void> {
    const code = this.code();
    if (!code) return;
    this.busy.set(true);
    try {
      const result = await firstValueFrom(
        this.data.redeem({ code, rewardId: reward.id, idempotencyKey: this.rewardKey }),
      );
      this.rewardKey = crypto.randomUUID();
      this.result.set({ ...result, kind: 'reward', reward: reward.label });
      this.card.update((c) => c && { ...c, balance: result.balance });
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async join(inProgramme: boolean): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(this.data.setShop({ inProgramme }));
      this.errors.success(inProgramme ? 'loyalty.counter.joined' : 'loyalty.counter.left');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected next(): void {
    this.card.set(null);
    this.code.set(null);
    this.result.set(null);
    this.amount.reset();
    this.product.reset();
  }
}
