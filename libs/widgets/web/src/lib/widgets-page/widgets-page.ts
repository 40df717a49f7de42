import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Permission } from '@assoc/platform-domain';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { WidgetsData } from '../data-access/widgets.data';
import type { WidgetFieldsFragment } from '../graphql/widgets.generated';
import { WidgetForm } from '../shared/widget-form';

/** /widgets — the association's blog widgets; the president and board create one here. */
@Component({
  selector: 'assoc-widgets-page',
  imports: [RouterLink, MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe, WidgetForm],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <div>
        <h1>{{ 'widgets.title' | translate }}</h1>
        <p class="page-subtitle">{{ 'widgets.subtitle' | translate }}</p>
      </div>
      <div class="header-actions">
        @if (canFeature()) {
          <a mat-stroked-button routerLink="/widgets/products">{{ 'widgets.products.link' | translate }}</a>
        }
        @if (!creating()) {
          <button mat-flat-button type="button" (click)="creating.set(true)">
            <mat-icon svgIcon="add" />
            {{ 'widgets.form.new' | translate }}
          </button>
        }
      </div>
    </header>

    @if (creating()) {
      <mat-card appearance="outlined" class="section-card">
        <mat-card-header>
          <mat-card-title
            ><h2>{{ 'widgets.form.new' | translate }}</h2></mat-card-title
          >
        </mat-card-header>
        <mat-card-content>
          <assoc-widget-form (saved)="created($event)" (cancelled)="creating.set(false)" />
        </mat-card-content>
      </mat-card>
    }

    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
    } @else if (!widgets().length) {
      <p class="empty">{{ 'widgets.empty' | translate }}</p>
    } @else {
      <ul class="list">
        @for (w of widgets(); track w.id) {
          <li>
            <a [routerLink]="['/widgets', w.id]" class="item">
              <span class="swatch" [style.background]="w.accentColor" aria-hidden="true"></span>
              <span class="item-text">
                <span class="item-title">{{ w.name }}</span>
                <span class="item-meta">
                  @for (k of w.contents; track k; let last = $last) {
                    {{ 'widgets.contents.' + k | translate }}{{ last ? '' : ' · ' }}
                  }
                  — {{ 'widgets.languages.' + w.language | translate }}
                </span>
              </span>
            </a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .header-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    mat-card-content {
      padding-top: 16px;
    }
    .list {
      list-style: none;
      margin: 16px 0 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .item {
      display: flex;
      gap: 12px;
      align-items: center;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      color: inherit;
      text-decoration: none;
    }
    .item:hover,
    .item:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .swatch {
      width: 20px;
      height: 20px;
      border-radius: 50%;
      flex: none;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .item-text {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .item-title {
      font: var(--mat-sys-title-small);
    }
    .item-meta {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class WidgetsPage {
  private readonly data = inject(WidgetsData);
  private readonly errors = inject(ErrorDisplay);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly canFeature = computed(() => this.session.can(Permission.EditOwnShop));
  protected readonly widgets = signal<WidgetFieldsFragment[]>([]);
  protected readonly loading = signal(true);
  protected readonly creating = signal(false);

  constructor() {
    this.data
      .widgets()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (widgets) => {
          this.widgets.set(widgets);
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected async created(widget: WidgetFieldsFragment): Promise<void> {
    this.errors.success('widgets.form.created');
    await this.router.navigate(['/widgets', widget.id]);
  }
}
