import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { DateTimePipe, ErrorDisplay, LanguageStore, SessionStore } from '@assoc/platform-web/core';
import { ASSOCIATION_CLOSING_GRACE } from '@assoc/associations-domain';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { AssociationClosingData } from '../data-access/association-closing.data';

/**
 * The settings page's "close the association" section (issue 25 part 5): the state (open, or closing on a
 * date in the association's time zone), the president's request after a confirmation, and the cancel.
 */
@Component({
  selector: 'assoc-association-closing-card',
  imports: [MatButtonModule, MatCardModule, MatCheckboxModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .closing {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
  `,
  template: `
    @if (closing() || !onlyWhenClosing()) {
      <mat-card appearance="outlined" class="section-card" aria-labelledby="closing-title">
        <mat-card-header>
          <mat-card-title
            ><h2 id="closing-title">{{ 'associations.closing.title' | translate }}</h2></mat-card-title
          >
          <mat-card-subtitle>{{ 'associations.closing.help' | translate: { days: graceDays } }}</mat-card-subtitle>
        </mat-card-header>
        <mat-card-content class="stack">
          @if (closing(); as closing) {
            <p class="closing" role="status">
              {{
                'associations.closing.state'
                  | translate: { date: (closing.closesAt | assocDateTime: language() : timeZone() : 'long') }
              }}
            </p>
            <p>{{ 'associations.closing.cancelHelp' | translate }}</p>
            <div class="actions">
              <button mat-flat-button type="button" (click)="cancel()" [disabled]="busy()">
                {{ 'associations.closing.cancel' | translate }}
              </button>
            </div>
          } @else {
            <p>{{ 'associations.closing.open' | translate }}</p>
            @if (session.isPresident()) {
              <mat-checkbox [checked]="confirmed()" (change)="confirmed.set($event.checked)">{{
                'associations.closing.confirm' | translate: { days: graceDays }
              }}</mat-checkbox>
              <div class="actions">
                <button mat-stroked-button type="button" (click)="request()" [disabled]="busy() || !confirmed()">
                  {{ 'associations.closing.request' | translate }}
                </button>
              </div>
            }
          }
        </mat-card-content>
      </mat-card>
    }
  `,
})
export class AssociationClosingCard {
  /** Shown only while a closing is asked for (the members page, where the board can cancel it). */
  readonly onlyWhenClosing = input(false);
  private readonly data = inject(AssociationClosingData);
  private readonly errors = inject(ErrorDisplay);
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageStore).language;

  /** The grace period the closing job uses, from the same constant. */
  protected readonly graceDays = ASSOCIATION_CLOSING_GRACE.days;
  protected readonly busy = signal(false);
  protected readonly confirmed = signal(false);
  protected readonly closing = toSignal(this.data.closing(), { initialValue: null });
  protected readonly timeZone = computed(() => this.session.currentAssociation()?.timeZone ?? 'Europe/Paris');

  protected async request(): Promise<void> {
    await this.run(() => firstValueFrom(this.data.request()), 'associations.closing.requested');
  }

  protected async cancel(): Promise<void> {
    await this.run(() => firstValueFrom(this.data.cancel()), 'associations.closing.cancelled');
    this.confirmed.set(false);
  }

  private async run(action: () => Promise<unknown>, done: string): Promise<void> {
    this.busy.set(true);
    try {
      await action();
      this.errors.success(done);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }
}
