import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ErrorDisplay, SessionStore } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { OnboardingData, OnboardingStep } from '../data-access/onboarding.data';

/**
 * The new member's or new president's checklist at the top of the feed (issue 16): one line per step with its link,
 * done ones ticked; gone once every step is done (the API answers none) or dismissed.
 */
@Component({
  selector: 'assoc-onboarding-card',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (steps().length > 0) {
      <mat-card
        appearance="outlined"
        class="onboarding"
        data-testid="onboarding"
        role="region"
        aria-labelledby="onboarding-title"
      >
        <mat-card-content>
          <div class="head">
            <h2 id="onboarding-title">{{ 'network.onboarding.title' | translate }}</h2>
            <span class="progress">{{
              'network.onboarding.progress' | translate: { done: doneCount(), total: steps().length }
            }}</span>
          </div>
          <ul>
            @for (step of steps(); track step.key) {
              <li [class.done]="step.done" [attr.data-step]="step.key" [attr.data-done]="step.done">
                <span class="mark" aria-hidden="true">
                  @if (step.done) {
                    <mat-icon svgIcon="check" />
                  }
                </span>
                <a [routerLink]="step.link">{{ labels[step.key] ?? step.key | translate }}</a>
                @if (step.done) {
                  <span class="visually-hidden">{{ 'network.onboarding.done' | translate }}</span>
                }
              </li>
            }
          </ul>
          <button mat-button type="button" class="dismiss" [disabled]="dismissing()" (click)="dismiss()">
            <mat-icon svgIcon="close" />
            {{ 'network.onboarding.dismiss' | translate }}
          </button>
        </mat-card-content>
      </mat-card>
    }
  `,
  styles: `
    .onboarding {
      margin-bottom: 12px;
    }
    .head {
      display: flex;
      align-items: baseline;
      justify-content: space-between;
      gap: 8px;
    }
    h2 {
      font-size: 1.05rem;
      margin: 0 0 4px;
    }
    .progress {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
      white-space: nowrap;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      gap: 10px;
      min-height: 44px;
    }
    .mark {
      flex: none;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      width: 22px;
      height: 22px;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 50%;
      box-sizing: border-box;
    }
    .done .mark {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .mark mat-icon {
      width: 16px;
      height: 16px;
    }
    li a {
      color: inherit;
    }
    .done a {
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
    .dismiss {
      margin-top: 4px;
    }
  `,
})
export class OnboardingCard {
  /** Each step's text, by the key the API gives (written whole, so the translation check sees them). */
  protected readonly labels: Record<string, string> = {
    shop: 'network.onboarding.steps.shop',
    logo: 'network.onboarding.steps.logo',
    feed: 'network.onboarding.steps.feed',
    settings: 'network.onboarding.steps.settings',
    invite: 'network.onboarding.steps.invite',
    firstProject: 'network.onboarding.steps.firstProject',
  };
  private readonly onboarding = inject(OnboardingData);
  private readonly errors = inject(ErrorDisplay);
  private readonly session = inject(SessionStore);
  protected readonly steps = signal<OnboardingStep[]>([]);
  protected readonly doneCount = computed(() => this.steps().filter((step) => step.done).length);
  protected readonly dismissing = signal(false);
  private watch?: Subscription;

  constructor() {
    // Each association has its own checklist: read again when the member switches.
    effect(() => {
      this.session.associationId();
      untracked(() => {
        this.watch?.unsubscribe();
        this.steps.set([]);
        this.watch = this.onboarding.steps().subscribe({
          next: (steps) => this.steps.set(steps),
          error: (error) => this.errors.show(error),
        });
      });
    });
    inject(DestroyRef).onDestroy(() => this.watch?.unsubscribe());
  }

  protected dismiss(): void {
    this.dismissing.set(true);
    this.onboarding.dismiss().subscribe({
      next: () => this.dismissing.set(false),
      error: (error) => {
        this.dismissing.set(false);
        this.errors.show(error);
      },
    });
  }
}
