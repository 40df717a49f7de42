import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  NotificationPreferencesDocument,
  UpdateNotificationPreferenceDocument,
} from '../graphql/notifications.generated';
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
  private readonly apollo = inject(Apollo);
  private readonly errors = inject(ErrorDisplay);

  protected readonly frequencies = FREQUENCIES;
  protected readonly rows = signal<PreferenceRow[]>([]);
  protected readonly loading = signal(true);

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: NotificationPreferencesDocument, fetchPolicy: 'network-only' }),
      );
      this.rows.set((result.data?.notificationPreferences ?? []).map((p) => ({ ...p, saving: false })));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async choose(row: PreferenceRow, frequency: EmailFrequency): Promise<void> {
    const previous = row.frequency;
    this.patch(row.kind, { frequency, saving: true });
    try {
      const result = await firstValueFrom(
        this.apollo.mutate({
          mutation: UpdateNotificationPreferenceDocument,
          variables: { input: { kind: row.kind, frequency } },
        }),
      );
      const saved = result.data?.updateNotificationPreference.frequency ?? frequency;
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
