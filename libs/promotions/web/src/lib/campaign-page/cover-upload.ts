import { HttpClient } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ErrorDisplay } from '@assoc/platform-web';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';

/** The campaign's cover image (PNG, JPEG or WebP, up to 5 MB), sent to `POST /api/campaigns/:id/cover`. */
@Component({
  selector: 'assoc-cover-upload',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <input #file type="file" accept="image/png,image/jpeg,image/webp" hidden (change)="upload(file)" />
    <button mat-stroked-button type="button" [disabled]="uploading()" (click)="file.click()">
      <mat-icon svgIcon="image" />
      {{ 'promotions.cover.upload' | translate }}
    </button>
  `,
})
export class CoverUpload {
  readonly campaignId = input.required<string>();
  readonly uploaded = output<string | null>();

  private readonly http = inject(HttpClient);
  private readonly errors = inject(ErrorDisplay);

  protected readonly uploading = signal(false);

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const body = new FormData();
    body.append('cover', file);
    this.uploading.set(true);
    try {
      const result = await firstValueFrom(
        this.http.post<{ coverUrl: string | null }>(
          `/api/campaigns/${encodeURIComponent(this.campaignId())}/cover`,
          body,
        ),
      );
      this.uploaded.emit(result.coverUrl);
      this.errors.success('promotions.cover.done');
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.uploading.set(false);
      input.value = '';
    }
  }
}
