import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DateTimePipe } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DataExport } from '../data-access/privacy.data';

/**
 * One export's state and its button: ask (none yet, or the last one expired), being prepared (the job
 * builds it; a mail follows), ready (the link, its size, until when), expired. Used for a person's data
 * and for the association's.
 */
@Component({
  selector: 'assoc-export-panel',
  imports: [MatButtonModule, MatCardModule, MatIconModule, MatProgressBarModule, TranslatePipe, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .status {
      margin: 0 0 12px;
    }
    .ready {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: center;
      margin-bottom: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
  template: `
    <mat-card appearance="outlined" class="section-card">
      @if (!loaded() || busy()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | translate" />
      }
      <mat-card-header>
        <mat-card-title
          ><h2>{{ 'privacy.export.title' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <div role="status" aria-live="polite" data-testid="export-status">
          @if (loaded()) {
            @switch (current()?.status) {
              @case ('PENDING') {
                <p class="status">
                  {{
                    'privacy.export.pending'
                      | translate: { at: current()?.requestedAt | assocDateTime: lang() : timeZone() }
                  }}
                </p>
              }
              @case ('READY') {
                <p class="status">
                  {{
                    'privacy.export.ready'
                      | translate: { until: current()?.expiresAt | assocDateTime: lang() : timeZone() }
                  }}
                </p>
              }
              @case ('EXPIRED') {
                <p class="status">
                  {{
                    'privacy.export.expired'
                      | translate: { at: current()?.expiresAt | assocDateTime: lang() : timeZone() }
                  }}
                </p>
              }
              @default {
                <p class="status">{{ 'privacy.export.none' | translate }}</p>
              }
            }
          }
        </div>
        @if (current()?.status === 'READY' && current()?.downloadUrl; as url) {
          <div class="ready">
            <a mat-flat-button [href]="current()?.downloadUrl" download data-testid="export-download">
              <mat-icon svgIcon="download" aria-hidden="true" />{{ 'privacy.export.download' | translate }}
            </a>
            @if (sizeKb(); as kb) {
              <span>{{ 'privacy.export.size' | translate: { kb } }}</span>
            }
          </div>
        }
        <div class="actions">
          <button
            mat-stroked-button
            type="button"
            [disabled]="!loaded() || busy() || current()?.status === 'PENDING'"
            (click)="ask.emit()"
          >
            {{ (current() ? 'privacy.export.askAgain' : 'privacy.export.ask') | translate }}
          </button>
        </div>
      </mat-card-content>
    </mat-card>
  `,
})
export class ExportPanel {
  readonly current = input<DataExport | null>(null);
  readonly loaded = input(false);
  readonly busy = input(false);
  readonly lang = input('fr');
  readonly timeZone = input<string | null>(null);
  readonly ask = output<void>();

  protected readonly sizeKb = computed(() => {
    const bytes = this.current()?.sizeBytes;
    return bytes ? Math.max(1, Math.round(bytes / 1024)) : null;
  });
}
