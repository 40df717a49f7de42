import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { NotificationsData } from '../data-access/notifications.data';
import type { EmailFrequency, NotificationKind } from '@assoc/platform-web/core';

export const FREQUENCIES: readonly EmailFrequency[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

interface PreferenceRow {
  kind: NotificationKind;
  frequency: EmailFrequency;
  saving: boolean;
}

/** /notifications/preferences — per kind of notification: mail at once, in the daily digest, or never. */
@Component({
  selector: 'assoc-notification-preferences',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-preferences.html',
  styleUrl: './notification-preferences.scss',
})
export class NotificationPreferences {
  private readonly data = inject(NotificationsData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly frequencies = FREQUENCIES;
  protected readonly rows = signal<PreferenceRow[]>([]);
  protected readonly loading = signal(true);

  constructor() {
    // The cached choices at once when seen before, then the server's; a row being saved stays disabled.
    this.data
      .preferences()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (preferences) => {
          const saving = new Set(
            this.rows()
              .filter((r) => r.saving)
              .map((r) => r.kind),
          );
          this.rows.set(preferences.map((p) => ({ ...p, saving: saving.has(p.kind) })));
          this.loading.set(false);
        },
        error: (error) => {
          this.errors.show(error);
          this.loading.set(false);
        },
      });
  }

  protected async choose(row: PreferenceRow, frequency: EmailFrequency): Promise<void> {
    const previous = row.frequency;
    this.patch(row.kind, { frequency, saving: true });
    try {
      const saved = (await firstValueFrom(this.data.updatePreference(row.kind, frequency))).frequency;
      this.patch(row.kind, { frequency: saved, saving: false });
      this.errors.success('notifications.preferences.saved');
    } catch (error) {
      this.patch(row.kind, { frequency: previous, saving: false });
      this.errors.show(error);
    }
  }

  private patch(kind: NotificationKind, change: Partial<PreferenceRow>): void {
    this.rows.update((rows) => rows.map((r) => (r.kind === kind ? { ...r, ...change } : r)));
  }
}
