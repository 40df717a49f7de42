import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Permission } from '@assoc/platform-domain';
import { ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { acceptsLedgerEntries, ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { AmountErrorPipe } from '../shared/amount-error.pipe';
import { centsToInput, parseAmountToCents } from '../shared/amounts';
import { MoneyPipe } from '../shared/money.pipe';

/** Empty (no limit) or an amount of zero or more, with at most two decimals. */
function limitValidator(control: { value: unknown }): ValidationErrors | null {
  const value = String(control.value ?? '').trim();
  return value === '' || parseAmountToCents(value) !== null ? null : { amount: true };
}

/**
 * The project's overpayment limit: how far a contribution may go beyond what its participant still
 * owes (the API refuses one beyond it). Everyone who sees the ledger reads it; the president and the
 * board change it, or lift it by leaving the field empty, while the ledger is open.
 */
@Component({
  selector: 'assoc-overpayment-limit',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    AmountErrorPipe,
    MoneyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
      margin-block: 16px;
    }
    form {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 8px 16px;
    }
    mat-form-field {
      flex: 1 1 220px;
      max-width: 320px;
    }
  `,
  template: `
    <section data-testid="overpayment-limit" aria-labelledby="overpayment-limit-title">
      <h3 id="overpayment-limit-title">{{ 'projects.overpaymentLimit.title' | translate }}</h3>
      <p data-testid="overpayment-limit-current">
        @if (project().overpaymentLimitCents === null || project().overpaymentLimitCents === undefined) {
          {{ 'projects.overpaymentLimit.none' | translate }}
        } @else {
          {{
            'projects.overpaymentLimit.current' | translate: { amount: (project().overpaymentLimitCents | assocMoney) }
          }}
        }
      </p>
      @if (canChange()) {
        <form [formGroup]="form" (ngSubmit)="save()">
          <mat-form-field>
            <mat-label>{{ 'projects.overpaymentLimit.field' | translate: { currency: currency() } }}</mat-label>
            <input matInput inputmode="decimal" formControlName="limitCents" autocomplete="off" />
            <mat-hint>{{ 'projects.overpaymentLimit.hint' | translate }}</mat-hint>
            @if (form.controls.limitCents.invalid && form.controls.limitCents.touched) {
              <mat-error>{{ form.controls.limitCents.errors | assocAmountError }}</mat-error>
            }
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="saving()">
            {{ 'projects.overpaymentLimit.save' | translate }}
          </button>
        </form>
      }
    </section>
  `,
})
export class OverpaymentLimit {
  readonly project = input.required<ProjectFieldsFragment>();
  /** After a change (for the audit trail beside it to show it). */
  readonly changed = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageStore).language;

  protected readonly currency = computed(() => this.session.currentAssociation()?.currency ?? 'EUR');
  protected readonly saving = signal(false);
  protected readonly canChange = computed(
    () => this.session.can(Permission.ManageProjects) && acceptsLedgerEntries(this.project().status as ProjectStatus),
  );
  /** Named as the API's field, so its refusal (too large...) shows under the amount. */
  protected readonly form = new FormGroup({
    limitCents: new FormControl('', { nonNullable: true, validators: [limitValidator] }),
  });

  constructor() {
    // The field shows the limit in force, again after each save (the cached project follows).
    effect(() => {
      const value = centsToInput(this.project().overpaymentLimitCents, this.language());
      untracked(() => this.form.reset({ limitCents: value }));
    });
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const text = this.form.controls.limitCents.value.trim();
    this.saving.set(true);
    try {
      await firstValueFrom(
        this.data.setOverpaymentLimit(this.project().id, text === '' ? null : parseAmountToCents(text)),
      );
      this.errors.success(text === '' ? 'projects.overpaymentLimit.lifted' : 'projects.overpaymentLimit.saved');
      this.changed.emit();
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
