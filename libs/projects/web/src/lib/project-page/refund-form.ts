import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ErrorDisplay, FieldErrorPipe, resetAfterSubmit, SessionStore, TOUCHED_ERRORS } from '@assoc/platform-web';
import { PaymentMethod } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { ProjectFieldsFragment } from '../graphql/projects.generated';
import { AmountErrorPipe } from '../shared/amount-error.pipe';
import { parseAmountToCents } from '../shared/amounts';
import { MoneySubmission } from '../shared/money-submission';
import { amountValidator } from '../shared/project-form';
import { nowZonedLocal, zonedLocalToIso } from '../shared/zoned-time';
import { MemberNames } from './member-names';

/** Who gets the money back: a participant from the project's cash, or the project from a supplier. */
export type RefundDirection = 'participant' | 'supplier';

/**
 * The treasurer records a refund: the project pays a participant back (an overpayment, a share
 * reduced at closing), or a supplier pays the project back (a cancelled order, a credit note).
 */
@Component({
  selector: 'assoc-refund-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    AmountErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TOUCHED_ERRORS],
  templateUrl: './refund-form.html',
  styles: `
    .direction {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin: 0 0 12px;
    }
    .direction-label {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RefundForm {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly names = input.required<MemberNames>();
  /** A refund was recorded: the ledger reloads. */
  readonly recorded = output<void>();

  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly currency = computed(() => this.session.currentAssociation()?.currency ?? 'EUR');
  protected readonly methods = Object.values(PaymentMethod);
  protected readonly saving = signal(false);

  protected readonly form = new FormGroup({
    direction: new FormControl<RefundDirection>('participant', { nonNullable: true }),
    membershipId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    supplier: new FormControl(
      { value: '', disabled: true },
      { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] },
    ),
    amount: new FormControl('', { nonNullable: true, validators: [Validators.required, amountValidator] }),
    paymentMethod: new FormControl<PaymentMethod>(PaymentMethod.TRANSFER, { nonNullable: true }),
    occurredAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
  });
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly submission = new MoneySubmission(this.form, this.saving, this.errors);

  constructor() {
    // Only the field of the chosen direction counts (a disabled control is not validated).
    this.form.controls.direction.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((direction) => {
      const { membershipId, supplier } = this.form.controls;
      if (direction === 'participant') {
        membershipId.enable();
        supplier.disable();
      } else {
        supplier.enable();
        membershipId.disable();
      }
    });
    effect(() => {
      const zone = this.timeZone();
      untracked(() => {
        if (!this.form.controls.occurredAt.value) this.form.controls.occurredAt.setValue(nowZonedLocal(zone));
      });
    });
  }

  protected async record(): Promise<void> {
    const raw = this.form.getRawValue();
    const toParticipant = raw.direction === 'participant';
    const recorded = await this.submission.submit((idempotencyKey) =>
      firstValueFrom(
        this.data.recordRefund({
          projectId: this.project().id,
          idempotencyKey,
          membershipId: toParticipant ? raw.membershipId : null,
          supplier: toParticipant ? null : raw.supplier.trim(),
          cents: parseAmountToCents(raw.amount) ?? 0,
          paymentMethod: raw.paymentMethod,
          note: raw.note.trim() || null,
          occurredAt: zonedLocalToIso(raw.occurredAt, this.timeZone()),
        }),
      ),
    );
    if (!recorded) return;
    resetAfterSubmit(this.form, this.formDirective(), {
      direction: raw.direction,
      membershipId: '',
      supplier: '',
      amount: '',
      paymentMethod: raw.paymentMethod,
      occurredAt: raw.occurredAt,
      note: '',
    });
    this.errors.success('projects.refund.recorded');
    this.recorded.emit();
  }
}
