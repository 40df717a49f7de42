import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { confirmAction, DateTimePipe, ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { CalendarData } from '../data-access/calendar.data';

/**
 * The member's private subscription URL for calendar apps: made (or renewed) on request and shown
 * once, with a copy button; revocable. Only when it was made is known afterwards.
 */
@Component({
  selector: 'assoc-feed-panel',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './feed-panel.html',
  styleUrl: './feed-panel.scss',
})
export class FeedPanel {
  readonly timeZone = input.required<string>();
  readonly language = input.required<string>();

  private readonly calendar = inject(CalendarData);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);
  private readonly errors = inject(ErrorDisplay);

  /** When the live link was made; null when there is none. */
  protected readonly since = signal<string | null>(null);
  /** The URL just made: shown this once. */
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    void this.load();
  }

  protected async renew(): Promise<void> {
    if (this.since()) {
      const confirmed = await confirmAction(this.dialog, {
        titleKey: 'calendar.feed.renewTitle',
        messageKey: 'calendar.feed.renewMessage',
        confirmKey: 'calendar.feed.renew',
      });
      if (!confirmed) return;
    }
    await this.run(async () => {
      const feed = await firstValueFrom(this.calendar.renewFeed());
      this.url.set(feed.url);
      this.since.set(feed.createdAt);
    });
  }

  protected async revoke(): Promise<void> {
    const confirmed = await confirmAction(this.dialog, {
      titleKey: 'calendar.feed.revokeTitle',
      messageKey: 'calendar.feed.revokeMessage',
      confirmKey: 'calendar.feed.revoke',
      destructive: true,
    });
    if (!confirmed) return;
    await this.run(async () => {
      await firstValueFrom(this.calendar.revokeFeed());
      this.url.set(null);
      this.since.set(null);
      this.errors.success('calendar.feed.revoked');
    });
  }

  protected copy(): void {
    const url = this.url();
    if (url && this.clipboard.copy(url)) this.errors.success('calendar.feed.copied');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  private async load(): Promise<void> {
    await this.run(async () => {
      this.since.set(await firstValueFrom(this.calendar.feedSince()));
    });
  }

  private async run(body: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    try {
      await body();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }
}
