import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Permission } from '@assoc/platform-domain';
import { ErrorDisplay, fetchFile, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, combineLatest, EMPTY, of, switchMap, tap } from 'rxjs';
import { ImpactDashboard, ImpactData, ShopImpact } from '../data-access/impact.data';
import type { ImpactPeriodInput } from '@assoc/platform-web/core';
import { PeriodKindName, periodTitle, shiftAnchor, shiftRange, todayIn } from '../shared/period-navigation';
import { AssociationImpact } from './association-impact';
import { ShopImpactPanel } from './shop-impact';

/**
 * /impact — what acting together brought, over a month, a quarter, a year or chosen days: the whole
 * association for the president and board (charts with their tables, CSV, a one-page PDF, printable),
 * and for each shopkeeper their own shop against the association's median.
 */
@Component({
  selector: 'assoc-impact-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTabsModule,
    MatTooltipModule,
    TranslatePipe,
    AssociationImpact,
    ShopImpactPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './impact-page.html',
  styleUrl: './impact-page.scss',
})
export class ImpactPage {
  private readonly data = inject(ImpactData);
  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  private readonly doc = inject(DOCUMENT);

  protected readonly language = inject(LanguageStore).language;
  protected readonly canViewAssociation = computed(() => this.session.can(Permission.ViewImpact));
  private readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected readonly kind = signal<PeriodKindName>('MONTH');
  protected readonly anchor = signal(todayIn(this.timeZone()));
  protected readonly customFrom = signal(shiftAnchor('MONTH', todayIn(this.timeZone()), 0));
  protected readonly customTo = signal(todayIn(this.timeZone()));

  protected readonly request = computed<ImpactPeriodInput>(() =>
    this.kind() === 'CUSTOM'
      ? { kind: 'CUSTOM', from: this.customFrom(), to: this.customTo() }
      : { kind: this.kind(), from: this.anchor() },
  );
  protected readonly dashboard = signal<ImpactDashboard | null>(null);
  protected readonly shop = signal<ShopImpact | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(true);
  protected readonly downloading = signal(false);
  protected readonly title = computed(() => {
    const period = this.dashboard()?.period ?? this.shop()?.period;
    return period ? periodTitle(period, this.language()) : '';
  });
  constructor() {
    // Each period's figures: at once from the cache when seen before, then from the server; a
    // newer period replaces the older one's requests (switchMap).
    toObservable(this.request)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap((period) =>
          combineLatest([
            this.canViewAssociation() ? this.data.dashboard(period) : of(null),
            this.data.shop(period),
          ]).pipe(
            catchError((error: unknown) => {
              this.errors.show(error);
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(([dashboard, shop]) => {
        this.dashboard.set(dashboard);
        this.shop.set(shop);
        this.loaded.set(true);
        this.loading.set(false);
      });
  }

  protected setKind(kind: PeriodKindName): void {
    this.kind.set(kind);
  }

  protected move(step: -1 | 1): void {
    const kind = this.kind();
    if (kind === 'CUSTOM') {
      const { from, to } = shiftRange(this.customFrom(), this.customTo(), step);
      this.customFrom.set(from);
      this.customTo.set(to);
    } else {
      this.anchor.set(shiftAnchor(kind, this.anchor(), step));
    }
  }

  protected current(): void {
    this.anchor.set(todayIn(this.timeZone()));
  }

  protected print(): void {
    this.doc.defaultView?.print();
  }

  protected async download(kind: 'csv' | 'pdf'): Promise<void> {
    const r = this.request();
    const lang = this.language() === 'en' ? 'en' : 'fr';
    const query = new URLSearchParams({ kind: r.kind, from: r.from, ...(r.to ? { to: r.to } : {}), locale: lang });
    const period = this.dashboard()?.period;
    const name =
      kind === 'csv'
        ? `impact-${period?.fromDay}-${period?.toDay}.csv`
        : `${lang === 'fr' ? 'bilan' : 'impact-report'}-${period?.fromDay}-${period?.toDay}.pdf`;
    this.downloading.set(true);
    try {
      await fetchFile(
        this.http,
        `/api/impact/${kind === 'csv' ? 'dashboard.csv' : 'summary.pdf'}?${query}`,
        name,
        this.doc,
      );
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(false);
    }
  }
}
