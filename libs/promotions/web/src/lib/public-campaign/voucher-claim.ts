import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { clearServerErrors, DateTimePipe, ErrorDisplay, FieldErrorPipe, LanguageStore } from '@assoc/platform-web/core';
import { TranslatePipe } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { PublicCampaignData, VoucherReceipt } from '../data-access/public-campaign.data';

type Receipt = VoucherReceipt;

/** "Get my voucher" for one offer: an optional e-mail (required for one per customer) with plain consent, then the code, big, with its QR. */
@Component({
  selector: 'assoc-voucher-claim',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (receipt(); as r) {
      <section class="voucher" role="status" aria-live="polite" data-testid="voucher">
        <h3>{{ 'promotions.public.voucherTitle' | translate }}</h3>
        <p class="voucher-shop">{{ r.shopName }} · {{ r.headline }}</p>
        <p class="voucher-code" data-testid="voucher-code">{{ r.code }}</p>
        <img
          class="voucher-qr"
          [src]="r.qrCode"
          [alt]="'promotions.public.voucherQrAlt' | translate"
          width="200"
          height="200"
        />
        <p class="voucher-valid">
          {{
            'promotions.public.voucherValid'
              | translate
                : {
                    from: (r.validFrom | assocDateTime: language() : timeZone() : 'date'),
                    until: (r.validUntil | assocDateTime: language() : timeZone() : 'date'),
                  }
          }}
        </p>
        <p class="voucher-hint">{{ 'promotions.public.voucherHint' | translate }}</p>
      </section>
    } @else if (open()) {
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="claim">
        <mat-form-field>
          <mat-label>{{
            (onePerCustomer() ? 'promotions.public.emailRequired' : 'promotions.public.emailOptional') | translate
          }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" [required]="onePerCustomer()" />
          @if (onePerCustomer()) {
            <mat-hint>{{ 'promotions.public.onePerCustomerHint' | translate }}</mat-hint>
          }
          <mat-error>{{ form.controls.email.errors | assocFieldError }}</mat-error>
        </mat-form-field>
        <mat-checkbox formControlName="consent">{{
          'promotions.public.consent' | translate: { association: associationName() }
        }}</mat-checkbox>
        @if (consentMissing()) {
          <p class="error" role="alert">{{ 'promotions.public.consentRequired' | translate }}</p>
        }
        <div class="claim-actions">
          <button mat-button type="button" (click)="open.set(false)">{{ 'common.cancel' | translate }}</button>
          <button mat-flat-button type="submit" [disabled]="submitting()">
            {{ 'promotions.public.confirmClaim' | translate }}
          </button>
        </div>
      </form>
    } @else {
      <button mat-flat-button type="button" class="full" (click)="open.set(true)">
        {{ 'promotions.public.getVoucher' | translate }}
      </button>
    }
  `,
  styles: `
    .claim {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 8px;
    }
    .claim-actions {
      display: flex;
      justify-content: flex-end;
      flex-wrap: wrap;
      gap: 8px;
    }
    .full {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
    .voucher {
      margin-top: 12px;
      padding: 16px;
      border: 2px dashed var(--mat-sys-primary);
      border-radius: 16px;
      text-align: center;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .voucher h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-medium);
    }
    .voucher-shop {
      margin: 0 0 8px;
    }
    .voucher-code {
      margin: 8px 0;
      font:
        700 clamp(1.05rem, 5vw, 2rem) / 1.2 ui-monospace,
        'DejaVu Sans Mono',
        monospace;
      letter-spacing: 0.04em;
      word-break: break-all;
    }
    .voucher-qr {
      width: 200px;
      height: 200px;
      max-width: 100%;
      background: #fff;
      border-radius: 8px;
    }
    .voucher-valid,
    .voucher-hint {
      margin: 8px 0 0;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class VoucherClaim {
  readonly slug = input.required<string>();
  readonly offerId = input.required<string>();
  readonly onePerCustomer = input(false);
  readonly associationName = input('');
  readonly timeZone = input('Europe/Paris');

  private readonly data = inject(PublicCampaignData);
  private readonly errors = inject(ErrorDisplay);

  protected readonly language = inject(LanguageStore).language;
  protected readonly open = signal(false);
  protected readonly submitting = signal(false);
  protected readonly receipt = signal<Receipt | null>(null);
  protected readonly triedWithoutConsent = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.email, Validators.maxLength(254)]],
    consent: [false],
  });
  protected readonly consentMissing = computed(() => this.triedWithoutConsent());

  protected async submit(): Promise<void> {
    clearServerErrors(this.form);
    const { email, consent } = this.form.getRawValue();
    const trimmed = email.trim();
    if (this.onePerCustomer() && !trimmed) this.form.controls.email.setErrors({ required: true });
    this.triedWithoutConsent.set(!!trimmed && !consent);
    if (this.form.invalid || this.triedWithoutConsent()) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    try {
      this.receipt.set(
        await firstValueFrom(
          this.data.claimVoucher(this.slug(), {
            offerId: this.offerId(),
            email: trimmed || null,
            consent: !!trimmed && consent,
          }),
        ),
      );
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.submitting.set(false);
    }
  }
}
