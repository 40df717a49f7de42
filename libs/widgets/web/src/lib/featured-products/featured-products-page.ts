import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { confirmAction, ErrorDisplay, EurosPipe } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { MyFeaturedProducts, WidgetsData } from '../data-access/widgets.data';
import type { FeaturedProductFieldsFragment } from '../graphql/widgets.generated';
import { ProductForm } from './product-form';

/** /widgets/products — a shopkeeper's featured products (up to six), shown in the association's blog widgets. */
@Component({
  selector: 'assoc-featured-products-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    EurosPipe,
    ProductForm,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'widgets.products.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'widgets.products.subtitle' | translate: { max: mine()?.max ?? 6 } }}</p>
      </div>
      @if (mine()?.shopId && canAdd() && !adding()) {
        <button mat-flat-button type="button" (click)="adding.set(true)">
          <mat-icon svgIcon="add" />{{ 'widgets.products.new' | translate }}
        </button>
      }
    </header>

    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (!mine()?.shopId) {
      <p class="empty">
        {{ 'widgets.products.noShop' | translate }}
        <a routerLink="/my-shop">{{ 'widgets.products.myShop' | translate }}</a>
      </p>
    } @else {
      @if (adding()) {
        <mat-card appearance="outlined" class="section-card">
          <mat-card-header
            ><mat-card-title
              ><h2>{{ 'widgets.products.new' | translate }}</h2></mat-card-title
            ></mat-card-header
          >
          <mat-card-content><assoc-product-form (saved)="added()" (cancelled)="adding.set(false)" /></mat-card-content>
        </mat-card>
      }
      @if (!canAdd()) {
        <p class="hint">{{ 'widgets.products.full' | translate: { max: mine()?.max ?? 6 } }}</p>
      }
      @if (!products().length && !adding()) {
        <p class="empty">{{ 'widgets.products.empty' | translate }}</p>
      }
      <ul class="products">
        @for (p of products(); track p.id) {
          <li class="product">
            @if (editing() === p.id) {
              <assoc-product-form [product]="p" (saved)="changed()" (cancelled)="editing.set(null)" />
            } @else {
              @if (p.photoUrl) {
                <img class="photo" [src]="p.photoUrl" [alt]="p.name" />
              } @else {
                <div class="photo none" aria-hidden="true"><mat-icon svgIcon="image" /></div>
              }
              <div class="body">
                <h3>{{ p.name }}</h3>
                @if (p.priceCents !== null) {
                  <p class="price">{{ p.priceCents | assocEuros }}</p>
                }
                @if (p.text) {
                  <p>{{ p.text }}</p>
                }
                @if (p.link) {
                  <a [href]="p.link" target="_blank" rel="noopener" class="link">{{ p.link }}</a>
                }
                <div class="actions">
                  <input #file type="file" accept="image/png,image/jpeg,image/webp" hidden (change)="upload(p, file)" />
                  <button mat-stroked-button type="button" [disabled]="uploading() === p.id" (click)="file.click()">
                    <mat-icon svgIcon="image" />{{ 'widgets.products.photo' | translate }}
                  </button>
                  <button mat-button type="button" (click)="editing.set(p.id)">
                    <mat-icon svgIcon="edit" />{{ 'widgets.edit' | translate }}
                  </button>
                  <button mat-button type="button" (click)="remove(p)">
                    <mat-icon svgIcon="delete" />{{ 'widgets.products.delete' | translate }}
                  </button>
                </div>
              </div>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    mat-card-content {
      padding-top: 16px;
    }
    .empty,
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    .products {
      list-style: none;
      margin: 16px 0 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .product {
      display: flex;
      gap: 16px;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      flex-wrap: wrap;
    }
    .product assoc-product-form {
      flex: 1 1 100%;
    }
    .photo {
      width: 120px;
      height: 90px;
      object-fit: cover;
      border-radius: 8px;
      flex: none;
    }
    .photo.none {
      display: grid;
      place-items: center;
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
    }
    .body {
      flex: 1 1 240px;
      min-width: 0;
    }
    .body h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .body p {
      margin: 4px 0;
    }
    .price {
      font-weight: 600;
    }
    .link {
      word-break: break-all;
      font: var(--mat-sys-body-small);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 8px;
    }
  `,
})
export class FeaturedProductsPage {
  private readonly data = inject(WidgetsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly dialog = inject(MatDialog);

  protected readonly mine = signal<MyFeaturedProducts | null>(null);
  protected readonly products = computed(() => this.mine()?.products ?? []);
  protected readonly canAdd = computed(() => this.products().length < (this.mine()?.max ?? 6));
  protected readonly loading = signal(true);
  protected readonly adding = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly uploading = signal<string | null>(null);

  constructor() {
    // Cached at once when seen before, then the server's; adding, saving, deleting and a new photo
    // update the cached products, which shows here.
    this.data
      .myFeaturedProducts()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (mine) => {
          this.mine.set(mine);
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected added(): void {
    this.adding.set(false);
    this.errors.success('widgets.products.added');
  }

  protected changed(): void {
    this.editing.set(null);
    this.errors.success('common.saved');
  }

  protected async remove(product: FeaturedProductFieldsFragment): Promise<void> {
    const ok = await confirmAction(this.dialog, {
      titleKey: 'widgets.products.deleteTitle',
      messageKey: 'widgets.products.deleteMessage',
      confirmKey: 'widgets.products.delete',
      params: { name: product.name },
    });
    if (!ok) return;
    try {
      await firstValueFrom(this.data.deleteProduct(product.id));
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async upload(product: FeaturedProductFieldsFragment, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.uploading.set(product.id);
    try {
      await firstValueFrom(this.data.uploadProductPhoto(product.id, file));
      this.errors.success('widgets.products.photoDone');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.uploading.set(null);
      input.value = '';
    }
  }
}
