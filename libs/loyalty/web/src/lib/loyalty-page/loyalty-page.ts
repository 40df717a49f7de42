import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { LOYALTY_LIMITS } from '@assoc/loyalty-domain';
import {
  clearServerErrors,
  ErrorDisplay,
  EurosPipe,
  FieldErrorPipe,
  LanguageStore,
  TOUCHED_ERRORS,
  wholeNumber,
} from '@assoc/platform-web';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom } from 'rxjs';
import { LoyaltyData, LoyaltyMovement, LoyaltyProgramme, LoyaltyReward } from '../data-access/loyalty.data';

/**
 * /loyalty — the board's loyalty card, phone first: the rule (points per euro, campaign bonus, daily cap, largest
 * purchase, on/off), the pot and its funding, the rewards, the shops taking the card, the latest movements with
 * their reversal (a reason asked).
 */
@Component({
  selector: 'assoc-loyalty-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    EurosPipe,
    FieldErrorPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './loyalty-page.html',
  styleUrl: './loyalty-page.scss',
})
export class LoyaltyPage {
  private readonly data = inject(LoyaltyData);
  private readonly errors = inject(ErrorDisplay);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly language = inject(LanguageStore).language;
  protected readonly limits = LOYALTY_LIMITS;

  protected readonly programme = signal<LoyaltyProgramme | null>(null);
  protected readonly saving = signal(false);
  /** The movement whose reversal is being asked (its reason typed). */
  protected readonly reversing = signal<LoyaltyMovement | null>(null);

  private readonly whole = (min: number, max: number) => [
    Validators.required,
    wholeNumber,
    Validators.min(min),
    Validators.max(max),
  ];
  protected readonly settings = this.fb.group({
    enabled: [false],
    pointsPerEuro: [1, this.whole(LOYALTY_LIMITS.pointsPerEuro.min, LOYALTY_LIMITS.pointsPerEuro.max)],
    campaignBonusPercent: [
      50,
      this.whole(LOYALTY_LIMITS.campaignBonusPercent.min, LOYALTY_LIMITS.campaignBonusPercent.max),
    ],
    dailyCapPoints: [200, this.whole(LOYALTY_LIMITS.dailyCapPoints.min, LOYALTY_LIMITS.dailyCapPoints.max)],
    maxPurchase: ['', Validators.required],
  });
  protected readonly reward = this.fb.group({
    label: ['', [Validators.required, Validators.maxLength(LOYALTY_LIMITS.rewardLabel.max)]],
    pointsCost: [100, this.whole(LOYALTY_LIMITS.rewardPoints.min, LOYALTY_LIMITS.rewardPoints.max)],
    value: ['', Validators.required],
  });
  protected readonly fund = this.fb.group({
    amount: ['', Validators.required],
    label: ['', Validators.maxLength(LOYALTY_LIMITS.label.max)],
  });
  protected readonly reversal = this.fb.group({
    reason: ['', [Validators.required, Validators.maxLength(LOYALTY_LIMITS.reason.max)]],
  });
  private fundKey = crypto.randomUUID();

  constructor() {
    this.data
      .programme()
      .pipe(
        catchError((error) => (this.errors.show(error), EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe((programme) => {
        const first = !this.programme();
        this.programme.set(programme);
        if (first || this.settings.pristine) {
          const s = programme.settings;
          this.settings.reset({ ...s, maxPurchase: centsToInput(s.maxPurchaseCents, this.language()) });
        }
      });
  }

  /** Cents typed in euros, or null after marking the control (required, or not an amount). */
  private cents(form: FormGroup, name: string): number | null {
    const control = form.get(name);
    const text = String(control?.value ?? '').trim();
    const cents = parseAmountToCents(text);
    if (text && (cents === null || cents <= 0)) control?.setErrors({ amount: true });
    return cents;
  }

  private async run(form: FormGroup, action: () => Promise<unknown>, done: string, aliases = {}): Promise<boolean> {
    this.saving.set(true);
    try {
      await action();
      this.errors.success(done);
      return true;
    } catch (error) {
      this.errors.show(error, form, { fieldAliases: aliases });
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  protected async saveSettings(): Promise<void> {
    clearServerErrors(this.settings);
    const maxPurchaseCents = this.cents(this.settings, 'maxPurchase');
    if (this.settings.invalid || maxPurchaseCents === null) return this.settings.markAllAsTouched();
    const { enabled, pointsPerEuro, campaignBonusPercent, dailyCapPoints } = this.settings.getRawValue();
    const input = {
      enabled,
      pointsPerEuro: Number(pointsPerEuro),
      campaignBonusPercent: Number(campaignBonusPercent),
      dailyCapPoints: Number(dailyCapPoints),
      maxPurchaseCents,
    };
    if (
      await this.run(this.settings, () => firstValueFrom(this.data.updateSettings(input)), 'loyalty.settings.saved', {
        maxPurchaseCents: 'maxPurchase',
      })
    )
      this.settings.markAsPristine();
  }

  protected async addReward(): Promise<void> {
    clearServerErrors(this.reward);
    const valueCents = this.cents(this.reward, 'value');
    if (this.reward.invalid || valueCents === null) return this.reward.markAllAsTouched();
    const { label, pointsCost } = this.reward.getRawValue();
    const input = { label: label.trim(), pointsCost: Number(pointsCost), valueCents, active: true };
    if (
      await this.run(this.reward, () => firstValueFrom(this.data.saveReward(input)), 'loyalty.rewards.saved', {
        valueCents: 'value',
      })
    )
      this.reward.reset({ label: '', pointsCost: 100, value: '' });
  }

  protected async toggleReward(r: LoyaltyReward): Promise<void> {
    const { id, label, pointsCost, valueCents, active } = r;
    await this.run(
      this.reward,
      () => firstValueFrom(this.data.saveReward({ id, label, pointsCost, valueCents, active: !active })),
      'loyalty.rewards.saved',
    );
  }

  protected async setShop(shopId: string, inProgramme: boolean): Promise<void> {
    await this.run(
      this.settings,
      () => firstValueFrom(this.data.setShop({ shopId, inProgramme })),
      'loyalty.shops.saved',
    );
  }

  protected async fundPot(): Promise<void> {
    clearServerErrors(this.fund);
    const cents = this.cents(this.fund, 'amount');
    if (this.fund.invalid || cents === null) return this.fund.markAllAsTouched();
    const label = this.fund.controls.label.value.trim() || null;
    if (
      await this.run(
        this.fund,
        () => firstValueFrom(this.data.fundPot({ cents, label, idempotencyKey: this.fundKey })),
        'loyalty.pot.funded',
        { cents: 'amount' },
      )
    ) {
      this.fundKey = crypto.randomUUID();
      this.fund.reset();
    }
  }

  protected askReversal(m: LoyaltyMovement): void {
    this.reversal.reset();
    this.reversing.set(m);
  }

  protected async reverse(): Promise<void> {
    const m = this.reversing();
    clearServerErrors(this.reversal);
    if (!m || this.reversal.invalid) return this.reversal.markAllAsTouched();
    const reason = this.reversal.controls.reason.value.trim();
    // A movement is reversed once: its id is the key, so a retry after a lost answer replays the reversal.
    if (
      await this.run(
        this.reversal,
        () => firstValueFrom(this.data.reverse({ movementId: m.id, reason, idempotencyKey: `reverse-${m.id}` })),
        'loyalty.movements.reversedDone',
      )
    )
      this.reversing.set(null);
  }
}
