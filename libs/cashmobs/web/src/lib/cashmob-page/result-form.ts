import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { clearServerErrors, ErrorDisplay, FieldErrorPipe, wholeNumber } from '@assoc/platform-web';
import { parseAmountToCents } from '@assoc/shared-util';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CashmobsData } from '../data-access/cashmobs.data';
import type { CashmobFieldsFragment } from '../graphql/cashmobs.generated';
import { amountValidator } from '../shared/amount-validator';

/** After the start, the shop's owner records how many sales and how much revenue the cashmob brought. */
@Component({
  selector: 'assoc-result-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="panel" aria-labelledby="result-title" data-testid="result-form">
      <h2 id="result-title">{{ 'cashmobs.result.title' | translate }}</h2>
      <p>{{ 'cashmobs.result.intro' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate class="form-grid">
        <mat-form-field>
          <mat-label>{{ 'cashmobs.result.salesCount' | translate }}</mat-label>
          <input matInput inputmode="numeric" formControlName="salesCount" required />
          <mat-error>{{ form.controls.salesCount.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'cashmobs.result.revenue' | translate }}</mat-label>
          <input matInput inputmode="decimal" formControlName="revenue" required />
          <span matTextSuffix>€</span>
          <mat-error>{{ form.controls.revenue.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <mat-form-field class="span-2">
          <mat-label>{{ 'cashmobs.result.ordinaryRevenue' | translate }}</mat-label>
          <input matInput inputmode="decimal" formControlName="ordinaryRevenue" />
          <span matTextSuffix>€</span>
          <mat-hint>{{ 'cashmobs.result.ordinaryHint' | translate }}</mat-hint>
          <mat-error>{{ form.controls.ordinaryRevenue.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <div class="actions span-2">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'cashmobs.result.submit' | translate }}
          </button>
        </div>
      </form>
    </section>
  `,
  styles: `
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ResultForm {
  readonly cashmob = input.required<CashmobFieldsFragment>();
  readonly changed = output<CashmobFieldsFragment>();

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    // "-3" says "at least 0", "2,5" asks for a whole number (not a vague "format").
    salesCount: ['', [Validators.required, wholeNumber, Validators.min(0)]],
    revenue: ['', [Validators.required, amountValidator]],
    ordinaryRevenue: ['', amountValidator],
  });

  protected async save(): Promise<void> {
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(
        this.data.recordResult({
          id: this.cashmob().id,
          salesCount: Number(value.salesCount.trim()),
          revenueCents: parseAmountToCents(value.revenue) ?? 0,
          ordinaryRevenueCents: value.ordinaryRevenue.trim() ? parseAmountToCents(value.ordinaryRevenue) : null,
        }),
      );
      this.errors.success('cashmobs.result.saved');
      this.changed.emit(updated);
    } catch (error) {
      this.errors.show(error, this.form, {
        fieldAliases: { revenueCents: 'revenue', ordinaryRevenueCents: 'ordinaryRevenue' },
      });
    } finally {
      this.saving.set(false);
    }
  }
}
