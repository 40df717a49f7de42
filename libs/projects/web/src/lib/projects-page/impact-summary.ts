import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ProjectsData, ProjectsImpact } from '../data-access/projects.data';
import { MoneyPipe } from '../shared/money.pipe';

/** What pooling brought so far: funded projects, money pooled, saved against going alone, and my part. Hidden until something was funded. */
@Component({
  selector: 'assoc-impact-summary',
  imports: [TranslatePipe, MoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (impact(); as i) {
      @if (i.fundedCount > 0) {
        <section class="impact" data-testid="projects-impact" [attr.aria-label]="'projects.impact.title' | translate">
          <div class="figure">
            <span class="value">{{ i.fundedCount }}</span>
            <span class="label">{{ 'projects.impact.funded' | translate: { count: i.participations } }}</span>
          </div>
          <div class="figure">
            <span class="value">{{ i.pooledCents | assocMoney }}</span>
            <span class="label">{{ 'projects.impact.pooled' | translate }}</span>
          </div>
          <div class="figure">
            <span class="value">{{ i.savedCents | assocMoney }}</span>
            <span class="label">{{ 'projects.impact.saved' | translate }}</span>
          </div>
          @if (i.myPooledCents > 0) {
            <div class="figure mine">
              <span class="value">{{ i.mySavedCents | assocMoney }}</span>
              <span class="label">{{
                'projects.impact.mySaved' | translate: { share: (i.myPooledCents | assocMoney) }
              }}</span>
            </div>
          }
        </section>
      }
    }
  `,
  styles: `
    .impact {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(160px, 1fr));
      gap: 12px;
      margin: 0 0 24px;
    }
    .figure {
      display: flex;
      flex-direction: column;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .figure.mine {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .value {
      font-size: 1.4rem;
      font-weight: 600;
    }
    .label {
      font-size: 0.85rem;
    }
  `,
})
export class ImpactSummary {
  private readonly data = inject(ProjectsData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly impact = signal<ProjectsImpact | null>(null);

  constructor() {
    this.data
      .impact()
      .pipe(takeUntilDestroyed())
      .subscribe({ next: (impact) => this.impact.set(impact), error: (error: unknown) => this.errors.show(error) });
  }
}
