import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { EMAIL_MAX, FIRST_NAME_MAX } from '@assoc/cashmobs-domain';
import {
  clearServerErrors,
  ErrorDisplay,
  EurosPipe,
  FieldErrorPipe,
  LanguageStore,
  parseServerError,
} from '@assoc/platform-web/core';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PublicCashmobData, SignUpReceipt } from '../data-access/public-cashmob.data';
import type { PublicCashmobFieldsFragment } from '../graphql/cashmobs.generated';
import { amountValidator } from '../shared/amount-validator';
import { PublicCashmobFacts } from '../shared/public-cashmob-facts';

type Receipt = SignUpReceipt;

/** /c/:slug — the public page of a cashmob, without an account: what, when, where, and the sign-up form. */
@Component({
  selector: 'assoc-public-cashmob',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    PublicCashmobFacts,
    EurosPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-cashmob.html',
  styleUrl: './public-cashmob.scss',
})
export class PublicCashmobPage {
  /** Route parameter. */
  readonly slug = input.required<string>();

  private readonly data = inject(PublicCashmobData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly language = inject(LanguageStore).language;
  protected readonly cashmob = signal<PublicCashmobFieldsFragment | null>(null);
  protected readonly notFound = signal(false);
  protected readonly loading = signal(true);
  protected readonly submitting = signal(false);
  protected readonly receipt = signal<Receipt | null>(null);
  protected readonly icsLink = computed(() => `/api/cashmobs/${encodeURIComponent(this.slug())}/cashmob.ics`);
  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, Validators.maxLength(FIRST_NAME_MAX)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
    amount: ['', [Validators.required, amountValidator]],
    consent: [false, Validators.requiredTrue],
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.load(slug));
    });
  }

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.submitting.set(true);
    try {
      const receipt = await firstValueFrom(
        this.data.signUp(this.slug(), {
          firstName: value.firstName,
          email: value.email,
          intendedSpendCents: parseAmountToCents(value.amount) ?? 0,
          locale: this.language() === 'en' ? 'EN' : 'FR',
          consent: value.consent,
        }),
      );
      this.receipt.set(receipt);
      await this.refreshCounts();
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: { intendedSpendCents: 'amount' } });
    } finally {
      this.submitting.set(false);
    }
  }

  private async load(slug: string): Promise<void> {
    this.loading.set(true);
    try {
      const cashmob = await firstValueFrom(this.data.cashmob(slug));
      this.cashmob.set(cashmob);
      this.notFound.set(false);
      if (!this.form.controls.amount.value)
        this.form.controls.amount.setValue(centsToInput(cashmob.spendMinCents, this.language()));
    } catch (error) {
      if (parseServerError(error).code === 'NOT_FOUND') this.notFound.set(true);
      else this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  private async refreshCounts(): Promise<void> {
    try {
      this.cashmob.set(await firstValueFrom(this.data.cashmob(this.slug())));
    } catch {
      // the receipt is what matters; the counts refresh on the next visit
    }
  }
}
