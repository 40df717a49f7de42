import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * Grey placeholder rows shown where a list is loading, instead of its empty state: a page never says
 * "Aucune écriture" before it knows (issue 16). Announced once as "Loading…" to screen readers.
 *
 *   @if (!loaded()) { <assoc-list-placeholder [rows]="4" shape="card" /> } @else if (...empty...) { ... }
 */
@Component({
  selector: 'assoc-list-placeholder',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="placeholder" role="status" aria-busy="true" data-testid="list-placeholder">
      <span class="visually-hidden">{{ 'common.loading' | translate }}</span>
      @for (row of rowList(); track row) {
        <div class="row" [class.card]="shape() === 'card'" aria-hidden="true">
          @if (shape() === 'card') {
            <span class="bar avatar"></span>
          }
          <span class="lines">
            <span class="bar wide"></span>
            <span class="bar"></span>
          </span>
        </div>
      }
    </div>
  `,
  styles: `
    .placeholder {
      display: flex;
      flex-direction: column;
      gap: 12px;
      padding: 8px 0;
    }
    .row {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .row.card {
      padding: 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
    }
    .lines {
      flex: 1 1 auto;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .bar {
      display: block;
      height: 12px;
      width: 45%;
      border-radius: 6px;
      background: linear-gradient(
        90deg,
        var(--mat-sys-surface-container-high) 0%,
        var(--mat-sys-surface-container-low) 50%,
        var(--mat-sys-surface-container-high) 100%
      );
      background-size: 200% 100%;
      animation: shimmer 1.4s ease-in-out infinite;
    }
    .bar.wide {
      width: 80%;
    }
    .bar.avatar {
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 50%;
    }
    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar {
        animation: none;
      }
    }
  `,
})
export class ListPlaceholder {
  /** How many placeholder rows to draw. */
  readonly rows = input(3);
  /** 'line' for table rows and short lists, 'card' for feeds and directories. */
  readonly shape = input<'line' | 'card'>('line');
  protected readonly rowList = computed(() => Array.from({ length: this.rows() }, (_, i) => i));
}
