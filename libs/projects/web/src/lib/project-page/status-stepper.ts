import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ProjectStatus } from '@assoc/projects-domain';
import { TranslatePipe } from '@ngx-translate/core';

/** The happy path a project walks; REJECTED and CANCELLED stop it where it was. */
const STEPS: readonly ProjectStatus[] = [
  ProjectStatus.DRAFT,
  ProjectStatus.PROPOSED,
  ProjectStatus.APPROVED_OPEN,
  ProjectStatus.FUNDED,
  ProjectStatus.ACTIVE,
  ProjectStatus.CLOSED,
];

/** Brouillon → Vote → Adhésion → Financé → En cours → Clos, with the current step marked. */
@Component({
  selector: 'assoc-status-stepper',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="stepper" [attr.aria-label]="'projects.page.steps' | translate">
      @for (step of steps; track step; let i = $index) {
        <li
          [class.done]="i < currentIndex()"
          [class.current]="i === currentIndex()"
          [attr.aria-current]="i === currentIndex() ? 'step' : null"
        >
          <span class="dot" aria-hidden="true">{{ i + 1 }}</span>
          <span class="label">{{ 'projects.status.' + step | translate }}</span>
        </li>
      }
      @if (stopped()) {
        <li class="current stopped" aria-current="step">
          <span class="dot" aria-hidden="true">×</span>
          <span class="label">{{ 'projects.status.' + status() | translate }}</span>
        </li>
      }
    </ol>
  `,
  styles: `
    .stepper {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 0;
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 6px;
      padding-right: 14px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    li:not(:last-child)::after {
      content: '→';
      margin-left: 8px;
      color: var(--mat-sys-outline);
    }
    .dot {
      display: inline-grid;
      place-items: center;
      width: 24px;
      height: 24px;
      border-radius: 50%;
      border: 1px solid var(--mat-sys-outline);
      font-size: 12px;
    }
    .done .dot {
      background: var(--mat-sys-secondary-container);
      border-color: transparent;
    }
    .current {
      color: var(--mat-sys-on-surface);
      font-weight: 700;
    }
    .current .dot {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-color: transparent;
    }
    .stopped .dot {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
})
export class StatusStepper {
  readonly status = input.required<string>();
  /** Where a rejected or cancelled project stopped (its last step reached). */
  readonly reached = input<string | null>(null);

  protected readonly steps = STEPS;
  protected readonly stopped = computed(
    () => this.status() === ProjectStatus.REJECTED || this.status() === ProjectStatus.CANCELLED,
  );
  protected readonly currentIndex = computed(() => {
    if (this.status() === ProjectStatus.REJECTED) return STEPS.indexOf(ProjectStatus.PROPOSED) + 1;
    if (this.status() === ProjectStatus.CANCELLED)
      return STEPS.indexOf((this.reached() ?? ProjectStatus.APPROVED_OPEN) as ProjectStatus) + 1;
    return STEPS.indexOf(this.status() as ProjectStatus);
  });
}
