import { Clipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { ErrorDisplay } from '../errors/error-display';
import { TranslatePipe } from '@ngx-translate/core';

/** A public page's address (`path` under the app's origin), to share, with a copy button and a link to open it. */
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

  private readonly clipboard = inject(Clipboard);
  private readonly errors = inject(ErrorDisplay);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly url = computed(() => `${this.origin}${this.path()}`);

  protected copy(): void {
    if (this.clipboard.copy(this.url())) this.errors.success('common.share.copied');
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }
}
