import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ErrorDisplay } from '../errors/error-display';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * A public page's address (`path` under the app's origin), to share: the phone's share sheet (Web
 * Share API) where there is one, a copy button (the clipboard, the field selectable by hand) and a link to open it.
 */
@Component({
  selector: 'assoc-share-link',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="share">
      <mat-form-field class="url">
        <mat-label>{{ 'common.share.label' | translate }}</mat-label>
        <input matInput readonly [value]="url()" data-testid="public-link" (focus)="select($event)" />
      </mat-form-field>
      @if (canShare) {
        <button mat-flat-button type="button" (click)="share()" data-testid="share-button">
          <mat-icon svgIcon="share" />
          {{ 'common.share.share' | translate }}
        </button>
      }
      <button mat-stroked-button type="button" (click)="copy()">
        <mat-icon svgIcon="link" />
        {{ 'common.share.copy' | translate }}
      </button>
      <a mat-button [href]="url()" target="_blank" rel="noopener">{{ 'common.share.open' | translate }}</a>
    </div>
  `,
  styles: `
    .share {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .url {
      flex: 1 1 280px;
      min-width: 0;
    }
  `,
})
export class ShareLink {
  /** The page's path, "/c/<slug>". */
  readonly path = input.required<string>();
  /** What the share sheet calls it (the shop's or the campaign's name). */
  readonly title = input<string>('');

  private readonly clipboard = inject(Clipboard);
  private readonly errors = inject(ErrorDisplay);
  private readonly document = inject(DOCUMENT);
  private readonly origin = this.document.location.origin;
  private readonly navigator = this.document.defaultView?.navigator;
  protected readonly canShare = typeof this.navigator?.share === 'function';

  protected readonly url = computed(() => `${this.origin}${this.path()}`);

  protected share(): void {
    // Closing the sheet without sharing rejects: nothing to say.
    this.navigator?.share({ title: this.title() || undefined, url: this.url() }).catch(() => undefined);
  }

  protected copy(): void {
    if (this.clipboard.copy(this.url())) this.errors.success('common.share.copied');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
