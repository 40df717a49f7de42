import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { checkInQrImage } from './check-in-qr-image';

/** The sign-up's check-in code as a QR image, drawn in the browser (nothing leaves the page). */
@Component({
  selector: 'assoc-check-in-qr',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="qr">
      @if (image(); as src) {
        <img
          [src]="src"
          width="220"
          height="220"
          [alt]="'cashmobs.mySignUp.qrAlt' | translate"
          data-testid="check-in-qr"
        />
      }
      <figcaption>
        {{ 'cashmobs.mySignUp.qrCaption' | translate }}
        <code>{{ code() }}</code>
      </figcaption>
    </figure>
  `,
  styles: `
    .qr {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      margin: 16px 0 0;
      text-align: center;
    }
    img {
      background: #fff;
      padding: 8px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      max-width: 100%;
      height: auto;
    }
    figcaption {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    code {
      display: block;
      margin-top: 4px;
      overflow-wrap: anywhere;
      font-size: 11px;
    }
  `,
})
export class CheckInQr {
  readonly code = input.required<string>();

  protected readonly image = signal<string | null>(null);

  constructor() {
    effect(() => {
      const code = this.code();
      void this.draw(code);
    });
  }

  private async draw(code: string): Promise<void> {
    this.image.set(await checkInQrImage(code));
  }
}
