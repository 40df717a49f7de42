import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, LanguageStore, SessionStore } from '@assoc/platform-web';
import { centsToInput, parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssociationsData } from '../data-access/associations.data';
import type { AssociationSettingsFieldsFragment } from '../graphql/associations.generated';
import type { Majority } from '@assoc/platform-web/core';
import { CURRENCIES, DEFAULT_TIME_ZONE, timeZones } from '../shared/time-zones';
import { AssociationClosingCard } from './association-closing-card';

/** Empty (two signatures off) or an amount of money, 0 or more, with at most two decimals. */
function thresholdValidator(control: AbstractControl<string>): ValidationErrors | null {
  const text = control.value.trim();
  if (!text) return null;
  const cents = parseAmountToCents(text);
  return cents === null || cents < 0 ? { amountFormat: true } : null;
}

/** The president sets the association's identity, its voting rules and the two signatures' threshold. */
@Component({
  selector: 'assoc-association-settings',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    FieldErrorPipe,
    AssociationClosingCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './association-settings.html',
})
export class AssociationSettings {
  private readonly data = inject(AssociationsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageStore).language;

  protected readonly zones = timeZones();
  protected readonly currencies = CURRENCIES;
  protected readonly majorities: readonly Majority[] = ['SIMPLE', 'TWO_THIRDS'];
  protected readonly loading = signal(true);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    town: ['', [Validators.required, Validators.maxLength(120)]],
    postcode: ['', [Validators.required]],
    timeZone: [DEFAULT_TIME_ZONE, Validators.required],
    currency: ['EUR', Validators.required],
    quorumPercent: [50, [Validators.required, Validators.min(0), Validators.max(100)]],
    majority: ['SIMPLE' as Majority, Validators.required],
    /** Euros as typed; empty turns two signatures off. */
    secondSignatureAbove: ['', thresholdValidator],
    /** Those who can act on money, roles or rules need a second factor (issue 25). */
    secondFactorRequired: [false],
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.patch(await firstValueFrom(this.data.settings()));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  private patch(association: AssociationSettingsFieldsFragment): void {
    const {
      name,
      town,
      postcode,
      timeZone,
      currency,
      quorumPercent,
      majority,
      secondSignatureAboveCents,
      secondFactorRequired,
    } = association;
    const secondSignatureAbove =
      secondSignatureAboveCents == null ? '' : centsToInput(secondSignatureAboveCents, this.language());
    this.form.reset({
      name,
      town,
      postcode,
      timeZone,
      currency,
      quorumPercent,
      majority,
      secondSignatureAbove,
      secondFactorRequired,
    });
  }

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    try {
      const { secondSignatureAbove, ...value } = this.form.getRawValue();
      this.patch(
        await firstValueFrom(
          this.data.updateSettings({
            ...value,
            quorumPercent: Number(value.quorumPercent),
            secondSignatureAboveCents: secondSignatureAbove.trim() ? parseAmountToCents(secondSignatureAbove) : null,
          }),
        ),
      );
      await this.session.refresh();
      this.errors.success('common.saved');
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
