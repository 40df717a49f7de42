import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChildren } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Permission } from '@assoc/platform-domain';
import {
  clearServerErrors,
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
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, EMPTY, firstValueFrom, of, switchMap } from 'rxjs';
import { ShopStatement, TreasuryBalance, TreasuryData, TreasuryEntry } from '../data-access/treasury.data';

/**
 * /treasury — the association's treasury for the president and board, phone first: the accounts'
 * balances, a shop's monthly statement (with its CSV), paying a shop, recording an income or an expense,
 * and the journal, newest first.
 */
@Component({
  selector: 'assoc-treasury-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    EurosPipe,
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
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly forms = viewChildren(FormGroupDirective);

  protected readonly language = inject(LanguageStore).language;
  protected readonly canRecord = computed(() => this.session.can(Permission.RecordTreasury));
  private readonly today = computed(() =>
    calendarDayIn(new Date(), this.session.currentAssociation()?.timeZone ?? 'Europe/Paris'),
  );

  protected readonly balances = signal<TreasuryBalance[] | null>(null);
  protected readonly shops = computed(() =>
    (this.balances() ?? [])
      .filter((b) => b.kind === 'SHOP_PAYABLE' && b.ref)
      .map((b) => ({ id: b.ref as string, name: b.shopName ?? '' })),
  );

  /** The journal page's cursors: [null] is the newest page; each "older" pushes the next cursor. */
  protected readonly cursors = signal<(string | null)[]>([null]);
  protected readonly journal = signal<TreasuryEntry[] | null>(null);
  protected readonly nextCursor = signal<string | null>(null);

  protected readonly statementShop = signal<string | null>(null);
  protected readonly statementMonth = signal(this.today().slice(0, 7));
  protected readonly statement = signal<ShopStatement | null>(null);

  protected readonly saving = signal(false);
  protected readonly labelMax = TREASURY_LABEL_MAX;
  protected readonly payment = this.fb.group({
    shopId: ['', Validators.required],
    amount: ['', Validators.required],
    day: [this.today(), Validators.required],
    label: ['', [Validators.required, Validators.maxLength(TREASURY_LABEL_MAX)]],
  });
  protected readonly entry = this.fb.group({
    flow: ['EXPENSE' as 'INCOME' | 'EXPENSE', Validators.required],
    amount: ['', Validators.required],
    day: [this.today(), Validators.required],
    label: ['', [Validators.required, Validators.maxLength(TREASURY_LABEL_MAX)]],
  });
  /** Kept until the server answered, so a retry after a lost answer posts once. */
  private paymentKey = crypto.randomUUID();
  private entryKey = crypto.randomUUID();

  constructor() {
    this.data
      .balances()
      .pipe(
        catchError((error) => (this.errors.show(error), EMPTY)),
        takeUntilDestroyed(),
      )
      .subscribe((balances) => this.balances.set(balances));
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

  protected async downloadCsv(): Promise<void> {
    const shopId = this.statementShop();
    if (!shopId) return;
    const month = this.statementMonth();
    const lang = this.language() === 'en' ? 'en' : 'fr';
    try {
      await fetchFile(
        this.http,
        `/api/treasury/shops/${encodeURIComponent(shopId)}/statement.csv?month=${encodeURIComponent(month)}&locale=${lang}`,
        `${lang === 'fr' ? 'releve' : 'statement'}-${month}.csv`,
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async pay(): Promise<void> {
    const form = this.payment;
    clearServerErrors(form);
    const v = form.getRawValue();
    const cents = parseAmountToCents(v.amount);
    if (v.amount.trim() && cents === null) form.controls.amount.setErrors({ amount: true });
    if (form.invalid || cents === null) return form.markAllAsTouched();
    this.saving.set(true);
    try {
      await firstValueFrom(
        this.data.payShop({
          shopId: v.shopId,
          cents,
          day: v.day,
          label: v.label.trim(),
          idempotencyKey: this.paymentKey,
        }),
      );
      this.paymentKey = crypto.randomUUID();
      resetAfterSubmit(form, this.forms(), { shopId: '', amount: '', day: this.today(), label: '' });
      this.errors.success('treasury.pay.done');
    } catch (error) {
      this.errors.show(error, form, { fieldAliases: { cents: 'amount' } });
    } finally {
      this.saving.set(false);
    }
  }

  protected async record(): Promise<void> {
    const form = this.entry;
    clearServerErrors(form);
    const v = form.getRawValue();
    const cents = parseAmountToCents(v.amount);
    if (v.amount.trim() && cents === null) form.controls.amount.setErrors({ amount: true });
    if (form.invalid || cents === null) return form.markAllAsTouched();
    this.saving.set(true);
    try {
      await firstValueFrom(
        this.data.record({ flow: v.flow, cents, day: v.day, label: v.label.trim(), idempotencyKey: this.entryKey }),
      );
      this.entryKey = crypto.randomUUID();
      resetAfterSubmit(form, this.forms(), { flow: v.flow, amount: '', day: this.today(), label: '' });
      this.errors.success('treasury.entry.done');
    } catch (error) {
      this.errors.show(error, form, { fieldAliases: { cents: 'amount' } });
    } finally {
      this.saving.set(false);
    }
  }
}
