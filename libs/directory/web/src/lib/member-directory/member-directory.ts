import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, ListPlaceholder, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, firstValueFrom, map } from 'rxjs';
import { DirectoryData, DirectoryEntry } from '../data-access/directory.data';
import type { TradeCategory } from '@assoc/platform-web/core';
import { ShopLogo } from '../shared/shop-logo';
import { TRADES } from '../shared/trades';

const PAGE_SIZE = 20;

/** The association's member directory: search, filter by trade, load more. */
@Component({
  selector: 'assoc-member-directory',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ListPlaceholder,
    TranslatePipe,
    ShopLogo,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './member-directory.html',
  styleUrl: './member-directory.scss',
})
export class MemberDirectory {
  private readonly data = inject(DirectoryData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);

  protected readonly trades = TRADES;
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly search = toSignal(
    this.searchControl.valueChanges.pipe(
      map((value) => value.trim()),
      debounceTime(300),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  protected readonly trade = signal<TradeCategory | null>(null);

  protected readonly entries = signal<DirectoryEntry[]>([]);
  protected readonly totalCount = signal(0);
  protected readonly hasNextPage = signal(false);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  private endCursor: string | null = null;
  private requestId = 0;

  constructor() {
    effect(() => {
      const search = this.search();
      const trade = this.trade();
      untracked(() => void this.load(search, trade, false));
    });
  }

  /** Chips act as radio buttons: "all" or one trade; unselecting goes back to "all". */
  protected selectTrade(value: TradeCategory | 'ALL' | null | undefined): void {
    this.trade.set(!value || value === 'ALL' ? null : value);
  }

  protected loadMore(): void {
    void this.load(this.search(), this.trade(), true);
  }

  protected clearSearch(): void {
    this.searchControl.setValue('');
  }

  private async load(search: string, trade: TradeCategory | null, more: boolean): Promise<void> {
    const id = ++this.requestId;
    this.loading.set(true);
    try {
      const page = await firstValueFrom(
        this.data.page({ search: search || null, trade }, PAGE_SIZE, more ? this.endCursor : null),
      );
      if (id !== this.requestId) return;
      this.entries.set(more ? [...this.entries(), ...page.nodes] : page.nodes);
      this.totalCount.set(page.totalCount);
      this.hasNextPage.set(page.pageInfo.hasNextPage);
      this.endCursor = page.pageInfo.endCursor ?? null;
    } catch (error) {
      if (id === this.requestId) this.errors.show(error);
    } finally {
      if (id === this.requestId) {
        this.loading.set(false);
        this.loaded.set(true);
      }
    }
  }
}
