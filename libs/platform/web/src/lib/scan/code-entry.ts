import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { resetAfterSubmit } from '../forms/reset-after-submit';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

/** The browser's barcode detector, where it exists (Chrome on Android and macOS; not everywhere). */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const SCAN_EVERY_MS = 250;

/**
 * A code typed or scanned from a QR code: a text field (always) and, where the browser can read QR
 * codes from the camera, a "Scan" button that opens it and fills in the first code seen. Emits the
 * code; the page decides what it means (a check-in, a voucher). Nothing is downloaded: the camera
 * and the detector are the browser's own.
 */
@Component({
  selector: 'assoc-code-entry',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="code-entry" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field class="code">
        <mat-label>{{ label() | translate }}</mat-label>
        <input matInput formControlName="code" autocomplete="off" autocapitalize="characters" spellcheck="false" />
      </mat-form-field>
      <button mat-flat-button type="submit" [disabled]="busy()">{{ action() | translate }}</button>
      @if (canScan) {
        <button mat-stroked-button type="button" (click)="scanning() ? stop() : scan()">
          {{ (scanning() ? 'common.code.stopScan' : 'common.code.scan') | translate }}
        </button>
      }
    </form>
    @if (scanning()) {
      <video #video class="camera" playsinline muted [attr.aria-label]="'common.code.camera' | translate"></video>
    }
  `,
  styles: `
    .code-entry {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: baseline;
    }
    /* 180 px: the field and its button stay on one line on a 360 px phone, in French and English. */
    .code {
      flex: 1 1 180px;
    }
    .camera {
      width: 100%;
      max-width: 420px;
      border-radius: 12px;
      background: #000;
    }
  `,
})
export class CodeEntry {
  /** Translation keys of the field's label and the button. */
  readonly label = input('common.code.label');
  readonly action = input('common.code.submit');
  readonly busy = input(false);
  readonly entered = output<string>();

  protected readonly form = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly scanning = signal(false);
  protected readonly canScan =
    typeof window !== 'undefined' && 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly formDirective = viewChild(FormGroupDirective);
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  protected submit(): void {
    const value = this.form.controls.code.value.trim();
    if (!value) {
      this.form.markAllAsTouched();
      return;
    }
    this.entered.emit(value);
    resetAfterSubmit(this.form, this.formDirective());
  }

  protected async scan(): Promise<void> {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      return; // refused or no camera: typing stays possible
    }
    this.scanning.set(true);
    await Promise.resolve();
    const video = this.video()?.nativeElement;
    if (!video) return this.stop();
    video.srcObject = this.stream;
    await video.play();
    const Detector = (window as unknown as { BarcodeDetector: BarcodeDetectorConstructor }).BarcodeDetector;
    const detector = new Detector({ formats: ['qr_code'] });
    this.timer = setInterval(async () => {
      const [found] = await detector.detect(video).catch(() => []);
      if (!found?.rawValue) return;
      this.stop();
      this.entered.emit(found.rawValue.trim());
    }, SCAN_EVERY_MS);
  }

  protected stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.scanning.set(false);
  }
}
