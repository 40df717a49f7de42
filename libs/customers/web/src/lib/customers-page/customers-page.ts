import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Permission } from '@assoc/platform-domain';
import { confirmAction, DateTimePipe, ErrorDisplay, fetchFile, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, EMPTY, firstValueFrom, switchMap } from 'rxjs';
import { CustomerRow, CustomersData, CustomersPage as Page } from '../data-access/customers.data';

/**
 * /customers — the association's customers for the president and board (issue 17), phone first: how many,
 * the join link and its poster for shop windows, the list (first name, joined, consents, card code, revoked)
 * searched by first name, e-mail or card code; a lost card revoked or reissued (ManageCustomers).
 */
@Component({
  selector: 'assoc-customers-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './customers-page.html',
  styleUrl: './customers-page.scss',
})
export class CustomersPage {
  private readonly data = inject(CustomersData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly http = inject(HttpClient);
  private readonly doc = inject(DOCUMENT);

  protected readonly language = inject(LanguageStore).language;
  protected readonly canManage = computed(() => this.session.can(Permission.ManageCustomers));
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly search = signal('');
  protected readonly offset = signal(0);
  protected readonly page = signal<Page | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    toObservable(computed(() => ({ search: this.search().trim(), offset: this.offset() })))
      .pipe(
        debounceTime(250),
        distinctUntilChanged((a, b) => a.search === b.search && a.offset === b.offset),
        switchMap(({ search, offset }) =>
          this.data.list(search, offset).pipe(catchError((error) => (this.errors.show(error), EMPTY))),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.page.set(page));
  }

  protected searchFor(text: string): void {
    this.offset.set(0);
    this.search.set(text);
  }

  protected async revoke(customer: CustomerRow): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'customers.revoke.title',
      messageKey: 'customers.revoke.message',
      confirmKey: 'customers.revoke.confirm',
      params: { name: customer.firstName, code: customer.cardCode },
    });
    if (confirmed) await this.act(() => this.data.revoke(customer.id), 'customers.revoke.done');
  }

  protected async reissue(customer: CustomerRow): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'customers.reissue.title',
      messageKey: 'customers.reissue.message',
      confirmKey: 'customers.reissue.confirm',
      params: { name: customer.firstName, code: customer.cardCode },
    });
    if (confirmed) await this.act(() => this.data.reissue(customer.id), 'customers.reissue.done');
  }

  protected async poster(): Promise<void> {
    const lang = this.language() === 'en' ? 'en' : 'fr';
    try {
      await fetchFile(
        this.http,
        `/api/customers/poster.pdf?locale=${lang}`,
        lang === 'en' ? 'poster.pdf' : 'affiche.pdf',
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async act(run: () => import('rxjs').Observable<CustomerRow>, done: string): Promise<void> {
    this.saving.set(true);
    try {
      await firstValueFrom(run());
      this.errors.success(done);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
