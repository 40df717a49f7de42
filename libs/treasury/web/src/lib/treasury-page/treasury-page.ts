import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Permission } from '@assoc/platform-domain';
import {
  clearServerErrors,
  confirmAction,
  DateTimePipe,
  ErrorDisplay,
  EurosPipe,
  fetchFile,
  FieldErrorPipe,
  LanguageStore,
  resetAfterSubmit,
  SessionStore,
  TOUCHED_ERRORS,
} from '@assoc/platform-web';
import { calendarDayIn, parseAmountToCents } from '@assoc/shared-util';
import { TREASURY_LABEL_MAX } from '@assoc/treasury-domain';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, Observable, of, switchMap } from 'rxjs';
import {
  ShopStatement,
  TreasuryBalance,
  TreasuryData,
  TreasuryEntry,
  TreasuryShop,
} from '../data-access/treasury.data';
import { askReversalReason } from './reverse-dialog';
import { TreasuryDayPipe } from './treasury-day.pipe';

/** What every recording form asks besides its own first field. */
type AmountControls = { amount: FormControl<string>; day: FormControl<string>; label: FormControl<string> };

/**
 * /treasury — the association's treasury for the president and board, phone first: the accounts'
 * balances, a shop's monthly statement (closing the month, its PDF and CSV, paying it), paying a shop,
 * recording an income or an expense, and the journal, newest first, where an entry can be reversed.
 */
@Component({
  selector: 'assoc-treasury-page',
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    EurosPipe,
    DateTimePipe,
    TreasuryDayPipe,
  ],
  providers: [TOUCHED_ERRORS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './treasury-page.html',
  styleUrl: './treasury-page.scss',
})
export class TreasuryPage {
  private readonly data = inject(TreasuryData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly http = inject(HttpClient);
  private readonly doc = inject(DOCUMENT);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly forms = viewChildren(FormGroupDirective);
  private readonly paySection = viewChild<ElementRef<HTMLElement>>('paySection');

  protected readonly language = inject(LanguageStore).language;
  protected readonly canRecord = computed(() => this.session.can(Permission.RecordTreasury));
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  private readonly today = computed(() => calendarDayIn(new Date(), this.timeZone()));

  protected readonly balances = signal<TreasuryBalance[] | null>(null);
  /** Every shop of the association (not only those already owed something). */
  /** The association's shops; null until they arrive (the picker says it is loading, not that there are none). */
  protected readonly shopList = signal<TreasuryShop[] | null>(null);
  protected readonly shops = computed(() => this.shopList() ?? []);
  protected readonly shopNames = computed(() => new Map(this.shops().map((s) => [s.id, s.name])));

  /** The journal page's cursors: [null] is the newest page; each "older" pushes the next cursor. */
  protected readonly cursors = signal<(string | null)[]>([null]);
  protected readonly journal = signal<TreasuryEntry[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);

  protected readonly statementShop = signal<string | null>(null);
  protected readonly statementMonth = signal(this.today().slice(0, 7));
  protected readonly statement = signal<ShopStatement | null>(null);

  protected readonly saving = signal(false);
  protected readonly labelMax = TREASURY_LABEL_MAX;
  private readonly amountControls = () => ({
    amount: ['', Validators.required],
    day: [this.today(), Validators.required],
    label: ['', [Validators.required, Validators.maxLength(TREASURY_LABEL_MAX)]],
  });
  protected readonly payment = this.fb.group({ shopId: ['', Validators.required], ...this.amountControls() });
  protected readonly entry = this.fb.group({
    flow: ['EXPENSE' as 'INCOME' | 'EXPENSE', Validators.required],
    ...this.amountControls(),
  });
  /** The closed statement the payment form pays, when it was opened from one. */
  protected readonly paymentClosing = signal<{
    id: string;
    shopId: string;
    shopName: string;
    monthName: string;
  } | null>(null);
  /** Kept until the server answered, so a retry after a lost answer posts once. */
  private paymentKey = crypto.randomUUID();
  private entryKey = crypto.randomUUID();

  constructor() {
    const shown = <T>(source: Observable<T>) =>
      source.pipe(
        catchError((error) => (this.errors.show(error), EMPTY)),
        takeUntilDestroyed(),
      );
    shown(this.data.balances()).subscribe((balances) => this.balances.set(balances));
    shown(this.data.shops()).subscribe((shops) => this.shopList.set(shops));
    toObservable(this.cursors)
      .pipe(
        switchMap((cursors) =>
          this.data.journal(cursors[cursors.length - 1]).pipe(catchError((error) => (this.errors.show(error), EMPTY))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => {
        this.journal.set(page.entries);
        this.nextCursor.set(page.nextCursor);
      });
    toObservable(computed(() => ({ shopId: this.statementShop(), month: this.statementMonth() })))
      .pipe(
        switchMap(({ shopId, month }) =>
          shopId && /^\d{4}-\d{2}$/.test(month)
            ? this.data.statement(shopId, month).pipe(catchError((error) => (this.errors.show(error), of(null))))
            : of(null),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((statement) => this.statement.set(statement));
    // Another shop chosen in the payment form: it no longer pays the statement it was opened from.
    this.payment.controls.shopId.valueChanges.pipe(takeUntilDestroyed()).subscribe((shopId) => {
      if (this.paymentClosing() && this.paymentClosing()?.shopId !== shopId) this.paymentClosing.set(null);
    });
  }

  protected accountName(balance: { kind: string; shopName?: string | null }): string {
    return balance.kind === 'SHOP_PAYABLE' && balance.shopName ? balance.shopName : '';
  }

  protected older(): void {
    const next = this.nextCursor();
    if (next) this.cursors.update((c) => [...c, next]);
  }

  protected newer(): void {
    this.cursors.update((c) => (c.length > 1 ? c.slice(0, -1) : c));
  }

  /** "mars 2026" / "March 2026". */
  private monthName(month: string): string {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(this.language() === 'en' ? 'en-GB' : 'fr-FR', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, 15)));
  }

  protected async download(statement: ShopStatement, kind: 'pdf' | 'csv'): Promise<void> {
    const lang = this.language() === 'en' ? 'en' : 'fr';
    const { shopId, month } = statement;
    try {
      await fetchFile(
        this.http,
        `/api/treasury/shops/${encodeURIComponent(shopId)}/statement.${kind}?month=${encodeURIComponent(month)}&locale=${lang}`,
        `${lang === 'fr' ? 'releve' : 'statement'}-${month}.${kind}`,
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async closeMonth(statement: ShopStatement): Promise<void> {
    const params = { shop: statement.shopName, month: this.monthName(statement.month) };
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'treasury.statement.closeTitle',
      messageKey: 'treasury.statement.closeMessage',
      confirmKey: 'treasury.statement.close',
      params,
    });
    if (!confirmed) return;
    this.saving.set(true);
    try {
      this.statement.set(await firstValueFrom(this.data.close(statement.shopId, statement.month)));
      this.errors.success('treasury.statement.closed');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Opens the payment form on what is left to pay on this closed statement, linked to it. */
  protected payStatement(statement: ShopStatement): void {
    const closing = statement.closing;
    if (!closing) return;
    const left = closing.closingCents - closing.paidCents;
    const monthName = this.monthName(statement.month);
    this.paymentClosing.set({ id: closing.id, shopId: statement.shopId, shopName: statement.shopName, monthName });
    this.payment.patchValue({
      shopId: statement.shopId,
      amount: (left / 100).toFixed(2).replace('.', this.language() === 'en' ? '.' : ','),
      day: this.today(),
      label: this.translate.instant('treasury.pay.defaultLabel', { month: monthName }),
    });
    this.paySection()?.nativeElement.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  protected detachStatement(): void {
    this.paymentClosing.set(null);
  }

  protected async reverse(entry: TreasuryEntry): Promise<void> {
    const reason = await askReversalReason(this.dialog, entry.label);
    if (!reason) return;
    this.saving.set(true);
    try {
      // An entry is reversed once: its id is the key, so a retry after a lost answer replays the reversal.
      await firstValueFrom(this.data.reverse({ entryId: entry.id, reason, idempotencyKey: `reverse-${entry.id}` }));
      this.errors.success('treasury.reverse.done');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  /** Checks the amount, then sends; on success the form is emptied and a new key drawn. */
  private async submit(
    form: FormGroup & { controls: AmountControls },
    send: (cents: number, day: string, label: string) => Promise<unknown>,
    reset: Record<string, unknown>,
    doneKey: string,
  ): Promise<boolean> {
    clearServerErrors(form);
    const { amount, day, label } = form.controls;
    const cents = parseAmountToCents(amount.value);
    if (amount.value.trim() && cents === null) amount.setErrors({ amount: true });
    if (form.invalid || cents === null) {
      form.markAllAsTouched();
      return false;
    }
    this.saving.set(true);
    try {
      await send(cents, day.value, label.value.trim());
      resetAfterSubmit(form, this.forms(), { ...reset, amount: '', day: this.today(), label: '' });
      this.errors.success(doneKey);
      return true;
    } catch (error) {
      this.errors.show(error, form, { fieldAliases: { cents: 'amount' } });
      return false;
    } finally {
      this.saving.set(false);
    }
  }

  protected async pay(): Promise<void> {
    const shopId = this.payment.controls.shopId.value;
    const closingId = this.paymentClosing()?.id ?? null;
    const sent = await this.submit(
      this.payment,
      (cents, day, label) =>
        firstValueFrom(this.data.payShop({ shopId, cents, day, label, closingId, idempotencyKey: this.paymentKey })),
      { shopId: '' },
      'treasury.pay.done',
    );
    if (sent) {
      this.paymentKey = crypto.randomUUID();
      this.paymentClosing.set(null);
    }
  }

  protected async record(): Promise<void> {
    const flow = this.entry.controls.flow.value;
    const sent = await this.submit(
      this.entry,
      (cents, day, label) =>
        firstValueFrom(this.data.record({ flow, cents, day, label, idempotencyKey: this.entryKey })),
      { flow },
      'treasury.entry.done',
    );
    if (sent) this.entryKey = crypto.randomUUID();
  }
}
