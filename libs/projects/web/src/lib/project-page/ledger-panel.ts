import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Permission } from '@assoc/platform-domain';
import {
  clearServerErrors,
  confirmAction,
  DateTimePipe,
  ErrorDisplay,
  fetchFile,
  FieldErrorPipe,
  LanguageStore,
  ListPlaceholder,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import {
  acceptsLedgerEntries,
  LedgerApproval,
  overpaymentCents,
  PaymentMethod,
  ProjectStatus,
  REJECTION_REASON_MAX,
} from '@assoc/projects-domain';
import { formatMoney } from '@assoc/shared-util';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom, Observable } from 'rxjs';
import { ProjectsData } from '../data-access/projects.data';
import { LedgerEntryFieldsFragment, ProjectFieldsFragment, ProjectLedgerQuery } from '../graphql/projects.generated';
import { AmountErrorPipe } from '../shared/amount-error.pipe';
import { parseAmountToCents } from '../shared/amounts';
import { MoneySubmission } from '../shared/money-submission';
import { MoneyPipe } from '../shared/money.pipe';
import { amountValidator } from '../shared/project-form';
import { projectFileProblem, uploadProjectFile } from '../shared/upload';
import { nowZonedLocal, zonedLocalToIso } from '../shared/zoned-time';
import { AuditTrail } from './audit-trail';
import { MemberNames } from './member-names';
import { MoneyPanel } from './money-panel';
import { OverpaymentLimit } from './overpayment-limit';
import { RefundForm } from './refund-form';

/**
 * After funding: the ledger (who paid what, expenses with receipts, refunds, corrections), the forms
 * of the treasurer, balances and the settle-up transfers, the CSV export, and the audit trail.
 * Every money form sends an idempotency key made once per submission, so a double click records once.
 */
@Component({
  selector: 'assoc-ledger-panel',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    DateTimePipe,
    FieldErrorPipe,
    AmountErrorPipe,
    MoneyPipe,
    RefundForm,
    AuditTrail,
    MoneyPanel,
    OverpaymentLimit,
    ListPlaceholder,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [TOUCHED_ERRORS],
  templateUrl: './ledger-panel.html',
  styleUrl: './ledger-panel.scss',
})
export class LedgerPanel {
  readonly project = input.required<ProjectFieldsFragment>();
  readonly names = input.required<MemberNames>();

  private readonly data = inject(ProjectsData);
  private readonly http = inject(HttpClient);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly currency = computed(() => this.session.currentAssociation()?.currency ?? 'EUR');
  protected readonly methods = Object.values(PaymentMethod);
  protected readonly entries = signal<LedgerEntryFieldsFragment[]>([]);
  protected readonly balances = signal<ProjectLedgerQuery['balances'] | null>(null);
  /** Bumped after every load, for the audit trail to reload too. */
  protected readonly version = signal(0);
  protected readonly saving = signal(false);
  protected readonly receipt = signal<File | null>(null);
  protected readonly canRecord = computed(
    () => this.session.can(Permission.RecordMoney) && acceptsLedgerEntries(this.project().status as ProjectStatus),
  );
  /** Two signatures: a board member may approve or reject a pending expense they did not record. */
  protected readonly canSign = computed(
    () => this.session.can(Permission.ApproveExpenses) && acceptsLedgerEntries(this.project().status as ProjectStatus),
  );
  protected readonly me = computed(() => this.session.currentMembership()?.id ?? null);
  protected readonly PENDING = LedgerApproval.PENDING;
  protected readonly REJECTED = LedgerApproval.REJECTED;
  /** The pending expense whose refusal form is open, if any. */
  protected readonly rejecting = signal<string | null>(null);
  protected readonly rejectForm = new FormGroup({
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(REJECTION_REASON_MAX)],
    }),
  });
  /** Entries already reversed (a correction points at them): they cannot be reversed again. */
  protected readonly reversed = computed(
    () =>
      new Set(
        this.entries()
          .map((e) => e.reverses)
          .filter((id): id is string => !!id),
      ),
  );

  protected readonly contribution = new FormGroup({
    membershipId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    amount: new FormControl('', { nonNullable: true, validators: [Validators.required, amountValidator] }),
    paymentMethod: new FormControl<PaymentMethod>(PaymentMethod.TRANSFER, { nonNullable: true }),
    occurredAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly expense = new FormGroup({
    supplier: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(200)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    amount: new FormControl('', { nonNullable: true, validators: [Validators.required, amountValidator] }),
    paidByMembershipId: new FormControl('', { nonNullable: true }),
    occurredAt: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  private readonly formDirectives = viewChildren(FormGroupDirective);
  private readonly contributionSubmission = new MoneySubmission(this.contribution, this.saving, this.errors);
  private readonly expenseSubmission = new MoneySubmission(this.expense, this.saving, this.errors);

  constructor() {
    effect(() => {
      const id = this.project().id;
      untracked(() => void this.load(id));
    });
    effect(() => {
      const zone = this.timeZone();
      untracked(() => {
        if (!this.contribution.controls.occurredAt.value)
          this.contribution.controls.occurredAt.setValue(nowZonedLocal(zone));
        if (!this.expense.controls.occurredAt.value) this.expense.controls.occurredAt.setValue(nowZonedLocal(zone));
      });
    });
  }

  protected account(account: string): string {
    return this.names().account(account, this.translate.instant('projects.ledger.project'));
  }

  protected async recordContribution(): Promise<void> {
    const raw = this.contribution.getRawValue();
    // The API's last refusal (say, beyond the limit the board has since raised) must not count as the form
    // being invalid, or a retry would skip the confirmation below and be refused again.
    clearServerErrors(this.contribution);
    const confirmOverpayment = await this.confirmOverpayment(raw.membershipId, parseAmountToCents(raw.amount));
    if (confirmOverpayment === null) return;
    const recorded = await this.contributionSubmission.submit((idempotencyKey) =>
      firstValueFrom(
        this.data.recordContribution({
          projectId: this.project().id,
          idempotencyKey,
          membershipId: raw.membershipId,
          cents: parseAmountToCents(raw.amount) ?? 0,
          paymentMethod: raw.paymentMethod,
          occurredAt: zonedLocalToIso(raw.occurredAt, this.timeZone()),
          confirmOverpayment,
        }),
      ),
    );
    if (!recorded) return;
    resetAfterSubmit(this.contribution, this.formDirectives(), {
      membershipId: '',
      amount: '',
      paymentMethod: raw.paymentMethod,
      occurredAt: raw.occurredAt,
    });
    this.errors.success('projects.contribution.recorded');
    await this.reload();
  }

  /**
   * Beyond what the participant still owes against their share, asks first, naming by how much:
   * true once confirmed, false when there is nothing to confirm, null when the treasurer declined.
   * (The API refuses an unconfirmed overpayment, and any beyond the project's limit.)
   */
  private async confirmOverpayment(membershipId: string, cents: number | null): Promise<boolean | null> {
    const money = this.balances();
    if (!this.contribution.valid || cents === null || !money) return false;
    const participant = money.participants.find((p) => p.membershipId === membershipId);
    const over = overpaymentCents(participant, cents);
    if (over === 0) return false;
    const amount = (value: number) => formatMoney(value, this.currency(), this.language() === 'en' ? 'en-GB' : 'fr-FR');
    const ok = await confirmAction(this.dialog, {
      titleKey: 'projects.contribution.overTitle',
      messageKey: 'projects.contribution.overMessage',
      confirmKey: 'projects.contribution.overConfirm',
      params: {
        name: this.names().name(membershipId),
        owed: amount(Math.max(0, -(participant?.balanceCents ?? 0))),
        amount: amount(cents),
        over: amount(over),
      },
    });
    return ok ? true : null;
  }

  protected chooseReceipt(event: Event): void {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0] ?? null;
    target.value = '';
    if (!file) return;
    const problem = projectFileProblem(file);
    if (problem) {
      this.errors.success(problem);
      return;
    }
    this.receipt.set(file);
    this.expenseSubmission.renew();
  }

  protected async recordExpense(): Promise<void> {
    const raw = this.expense.getRawValue();
    const projectId = this.project().id;
    const file = this.receipt();
    const recorded = await this.expenseSubmission.submit(async (idempotencyKey) => {
      const receiptId = file
        ? (
            await uploadProjectFile<{ receiptId: string }>(
              this.http,
              `/api/projects/${projectId}/receipts`,
              'file',
              file,
            )
          ).receiptId
        : null;
      await firstValueFrom(
        this.data.recordExpense({
          projectId,
          idempotencyKey,
          supplier: raw.supplier.trim(),
          note: raw.note.trim() || null,
          cents: parseAmountToCents(raw.amount) ?? 0,
          paidByMembershipId: raw.paidByMembershipId || null,
          receiptId,
          occurredAt: zonedLocalToIso(raw.occurredAt, this.timeZone()),
        }),
      );
    });
    if (!recorded) return;
    this.receipt.set(null);
    resetAfterSubmit(this.expense, this.formDirectives(), {
      supplier: '',
      note: '',
      amount: '',
      paidByMembershipId: '',
      occurredAt: raw.occurredAt,
    });
    this.errors.success('projects.expense.recorded');
    await this.reload();
  }

  protected async reverse(entry: LedgerEntryFieldsFragment): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'projects.ledger.reverseTitle',
      messageKey: 'projects.ledger.reverseMessage',
      confirmKey: 'projects.ledger.reverse',
      destructive: true,
    });
    if (!ok) return;
    const idempotencyKey = crypto.randomUUID();
    this.saving.set(true);
    try {
      await firstValueFrom(this.data.reverseEntry({ projectId: this.project().id, idempotencyKey, entryId: entry.id }));
      this.errors.success('projects.ledger.reversed');
      await this.reload();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Whether the signed-in member may be this expense's second signature. */
  protected signable(entry: LedgerEntryFieldsFragment): boolean {
    return this.canSign() && entry.approval === LedgerApproval.PENDING && entry.createdByMembershipId !== this.me();
  }

  protected async approve(entry: LedgerEntryFieldsFragment): Promise<void> {
    await this.decide(() => this.data.approveExpense({ projectId: this.project().id, entryId: entry.id }), 'approved');
  }

  protected startRejecting(entry: LedgerEntryFieldsFragment): void {
    this.rejectForm.reset({ reason: '' });
    this.rejecting.set(entry.id);
  }

  protected async reject(entry: LedgerEntryFieldsFragment): Promise<void> {
    const control = this.rejectForm.controls.reason;
    control.markAsTouched();
    if (control.invalid || !control.value.trim()) {
      control.setErrors({ required: true });
      return;
    }
    const reason = control.value.trim();
    const done = await this.decide(
      () => this.data.rejectExpense({ projectId: this.project().id, entryId: entry.id, reason }),
      'rejectedDone',
    );
    if (done) this.rejecting.set(null);
  }

  private async decide(call: () => Observable<unknown>, successKey: string): Promise<boolean> {
    this.saving.set(true);
    try {
      await firstValueFrom(call());
      this.errors.success(`projects.ledger.signature.${successKey}`);
      await this.reload();
      return true;
    } catch (error) {
      this.errors.show(error);
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  protected async openReceipt(receiptId: string): Promise<void> {
    try {
      await fetchFile(this.http, `/api/projects/${this.project().id}/files/${receiptId}`, null, this.document);
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async downloadCsv(locale: 'fr' | 'en'): Promise<void> {
    const project = this.project();
    try {
      await fetchFile(
        this.http,
        `/api/projects/${project.id}/ledger.csv?locale=${locale}`,
        `${this.slug(project.title)}-${locale}.csv`,
        this.document,
      );
    } catch (error) {
      this.errors.show(error);
    }
  }

  /** Reloads the entries, balances and audit trail after a money write. */
  protected async reload(): Promise<void> {
    await this.load(this.project().id);
  }

  private slug(title: string): string {
    return (
      title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'ledger'
    );
  }

  private async load(projectId: string): Promise<void> {
    try {
      const result = await firstValueFrom(this.data.ledger(projectId));
      this.entries.set(result.ledger);
      this.balances.set(result.balances);
      this.version.update((v) => v + 1);
    } catch (error) {
      this.errors.show(error);
    }
  }
}
