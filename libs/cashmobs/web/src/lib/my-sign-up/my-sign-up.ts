import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  clearServerErrors,
  confirmAction,
  ErrorDisplay,
  EurosPipe,
  FieldErrorPipe,
  LanguageStore,
  parseServerError,
} from '@assoc/platform-web';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PublicCashmobData } from '../data-access/public-cashmob.data';
import type { MySignUpFieldsFragment } from '../graphql/cashmobs.generated';
import { amountValidator } from '../shared/amount-validator';
import { PublicCashmobFacts } from '../shared/public-cashmob-facts';
import { CheckInQr } from './check-in-qr';

/** /c/sign-up/:token — the link in the confirmation mail: see, change or cancel one's sign-up, erase one's data, show the QR. */
@Component({
  selector: 'assoc-my-sign-up',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    FieldErrorPipe,
    EurosPipe,
    PublicCashmobFacts,
    CheckInQr,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-sign-up.html',
  styleUrl: './my-sign-up.scss',
})
export class MySignUpPage {
  /** Route parameter: the secret token of the e-mailed link. */
  readonly token = input.required<string>();

  private readonly data = inject(PublicCashmobData);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);

  protected readonly language = inject(LanguageStore).language;
  protected readonly signUp = signal<MySignUpFieldsFragment | null>(null);
  protected readonly invalid = signal(false);
  protected readonly erased = signal(false);
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly editable = computed(() => {
    const s = this.signUp();
    return !!s && s.status !== 'CANCELLED' && s.cashmob.acceptsSignUps;
  });
  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: ['', [Validators.required, amountValidator]],
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected async change(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    await this.run(async () => {
      const cents = parseAmountToCents(this.form.getRawValue().amount) ?? 0;
      this.show(await firstValueFrom(this.data.change(this.token(), cents)));
      this.errors.success('cashmobs.mySignUp.changed');
    });
  }

  protected async cancel(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'cashmobs.mySignUp.cancelTitle',
      messageKey: 'cashmobs.mySignUp.cancelMessage',
      confirmKey: 'cashmobs.mySignUp.cancel',
      destructive: true,
    });
    if (!ok) return;
    await this.run(async () => {
      this.show(await firstValueFrom(this.data.cancel(this.token())));
      this.errors.success('cashmobs.mySignUp.cancelled');
    });
  }

  protected async erase(): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'cashmobs.mySignUp.eraseTitle',
      messageKey: 'cashmobs.mySignUp.eraseMessage',
      confirmKey: 'cashmobs.mySignUp.erase',
      destructive: true,
    });
    if (!ok) return;
    await this.run(async () => {
      await firstValueFrom(this.data.erase(this.token()));
      this.signUp.set(null);
      this.erased.set(true);
    });
  }

  private show(signUp: MySignUpFieldsFragment | null): void {
    this.signUp.set(signUp);
    if (signUp?.intendedSpendCents !== null && signUp?.intendedSpendCents !== undefined) {
      this.form.controls.amount.setValue(centsToInput(signUp.intendedSpendCents, this.language()));
    }
  }

  private async run(send: () => Promise<void>): Promise<void> {
    if (this.saving()) return;
    this.saving.set(true);
    try {
      await send();
    } catch (error) {
      this.errors.show(error, this.form, { fieldAliases: { intendedSpendCents: 'amount' } });
    } finally {
      this.saving.set(false);
    }
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    try {
      this.show(await firstValueFrom(this.data.mySignUp(token)));
      this.invalid.set(false);
    } catch (error) {
      const code = parseServerError(error).code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') this.invalid.set(true);
      else this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }
}
