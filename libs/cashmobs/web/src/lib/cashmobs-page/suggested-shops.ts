import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { CashmobsData, ShopRotation } from '../data-access/cashmobs.data';

type Rotation = ShopRotation;

/** How many suggested shops the list shows before "show all". */
const FIRST_SHOWN = 6;

/** The fair rotation: shops due a cashmob first, the trade mix, and the shops resting after declining. */
@Component({
  selector: 'assoc-suggested-shops',
  imports: [RouterLink, MatButtonModule, MatCardModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="section-card" aria-labelledby="suggested-title">
      <mat-card-header>
        <mat-card-title
          ><h2 id="suggested-title">{{ 'cashmobs.rotation.title' | translate }}</h2></mat-card-title
        >
        <mat-card-subtitle>{{ 'cashmobs.rotation.subtitle' | translate }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        @if (rotation(); as r) {
          @if (r.tradeMix.length) {
            <p class="mix" [attr.aria-label]="'cashmobs.rotation.tradeMix' | translate">
              @for (t of r.tradeMix; track t.trade) {
                <span class="chip">{{
                  'cashmobs.rotation.mixItem'
                    | translate: { trade: ('trades.' + t.trade | translate), shops: t.shops, had: t.hadCashmob }
                }}</span>
              }
            </p>
          }
          <ol class="shops">
            @for (shop of shown(); track shop.shopId) {
              <li class="shop">
                <div class="shop-text">
                  <span class="shop-name">{{ shop.name }}</span>
                  <span class="shop-meta">
                    {{ 'trades.' + shop.trade | translate }} ·
                    @if (shop.lastCashmobAt) {
                      {{
                        'cashmobs.rotation.last'
                          | translate: { date: (shop.lastCashmobAt | assocDateTime: language() : timeZone() : 'date') }
                      }}
                    } @else {
                      {{ 'cashmobs.rotation.never' | translate }}
                    }
                    @if (shop.supports) {
                      · {{ 'cashmobs.supports' | translate: { count: shop.supports } }}
                    }
                  </span>
                </div>
                @if (canPropose()) {
                  <a
                    mat-stroked-button
                    [routerLink]="['/cashmobs/new']"
                    [queryParams]="{ shop: shop.shopId }"
                    [attr.aria-label]="'cashmobs.rotation.proposeFor' | translate: { shop: shop.name }"
                  >
                    {{ 'cashmobs.rotation.propose' | translate }}
                  </a>
                }
              </li>
            } @empty {
              <li class="empty">{{ 'cashmobs.rotation.empty' | translate }}</li>
            }
          </ol>
          @if (r.suggested.length > shown().length) {
            <button mat-button type="button" (click)="showAll.set(true)">
              {{ 'cashmobs.rotation.showAll' | translate: { count: r.suggested.length } }}
            </button>
          }
          @if (r.skipped.length) {
            <h3 class="skipped-title">{{ 'cashmobs.rotation.skipped' | translate }}</h3>
            <ul class="skipped">
              @for (shop of r.skipped; track shop.shopId) {
                <li>
                  {{
                    'cashmobs.rotation.skippedUntil'
                      | translate
                        : {
                            shop: shop.name,
                            date: (shop.skippedUntil | assocDateTime: language() : timeZone() : 'date'),
                          }
                  }}
                </li>
              }
            </ul>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .mix {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0 0 12px;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-surface-container-high);
      font: var(--mat-sys-label-medium);
    }
    .shops {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .shop {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .shop-text {
      display: flex;
      flex-direction: column;
      min-width: 0;
    }
    .shop-name {
      font: var(--mat-sys-title-small);
    }
    .shop-meta,
    .empty,
    .skipped {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .skipped-title {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    .skipped {
      margin: 0;
      padding-left: 18px;
    }
  `,
})
export class SuggestedShops {
  readonly canPropose = input(false);

  private readonly data = inject(CashmobsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);

  protected readonly language = inject(LanguageStore).language;
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');
  protected readonly rotation = signal<Rotation | null>(null);
  protected readonly showAll = signal(false);
  protected readonly shown = computed(() => {
    const suggested = this.rotation()?.suggested ?? [];
    return this.showAll() ? suggested : suggested.slice(0, FIRST_SHOWN);
  });

  constructor() {
    // Cached at once when seen before, then the server's.
    this.data
      .suggestedShops()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (rotation) => this.rotation.set(rotation), error: (error) => this.errors.show(error) });
  }
}
