import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { ErrorDisplay } from '@assoc/platform-web/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

/** The ten recovery codes, shown once, with a copy and a download (a text file). */
@Component({
  selector: 'assoc-recovery-codes',
  imports: [MatButtonModule, MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ol {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px 24px;
      padding-left: 1.5em;
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.05rem;
    }
    .warning {
      font-weight: 500;
    }
  `,
  template: `
    <mat-card appearance="outlined" class="section-card">
      <mat-card-header>
        <mat-card-title
          ><h2 id="recovery-codes">{{ 'identity.secondFactor.codes.title' | translate }}</h2></mat-card-title
        >
      </mat-card-header>
      <mat-card-content>
        <p class="warning">{{ 'identity.secondFactor.codes.once' | translate }}</p>
        <ol aria-labelledby="recovery-codes" data-testid="recovery-codes">
          @for (code of codes(); track code) {
            <li>{{ code }}</li>
          }
        </ol>
        <div class="actions">
          <button mat-stroked-button type="button" (click)="copy()">
            {{ 'identity.secondFactor.codes.copy' | translate }}
          </button>
          <button mat-stroked-button type="button" (click)="download()">
            {{ 'identity.secondFactor.codes.download' | translate }}
          </button>
          <button mat-flat-button type="button" (click)="done.emit()">
            {{ 'identity.secondFactor.codes.done' | translate }}
          </button>
        </div>
      </mat-card-content>
    </mat-card>
  `,
})
export class RecoveryCodes {
  readonly codes = input.required<string[]>();
  /** The person has noted them: the codes are hidden for good. */
  readonly done = output<void>();

  private readonly errors = inject(ErrorDisplay);
  private readonly translate = inject(TranslateService);

  private text(): string {
    const title = this.translate.instant('identity.secondFactor.codes.fileTitle') as string;
    return `${title}\n\n${this.codes().join('\n')}\n`;
  }

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.text());
      this.errors.success('identity.secondFactor.codes.copied');
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected download(): void {
    const url = URL.createObjectURL(new Blob([this.text()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.translate.instant('identity.secondFactor.codes.fileName') as string;
    link.click();
    URL.revokeObjectURL(url);
  }
}
